package com.benchcrm.local.stack;

import com.benchcrm.auth.jwt.LocalTokenIssuer;
import com.benchcrm.common.Ids;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import com.benchcrm.tenancy.UserDirectory;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * Tenant and user administration of the embedded stack, over the schema owner's connection
 * (the application role may not create tenants): what an identity provider and the CDK tenant
 * resources do in AWS.
 */
public final class TenantAdmin {

    public static final String AUDIENCE = "benchcrm";

    private final TenantDirectory tenants;
    private final UserDirectory users;
    private final LocalTokenIssuer issuer;
    private final PostgresPersistence owner;

    /** @param owner the persistence over the schema owner's connection */
    public TenantAdmin(PostgresPersistence owner, LocalTokenIssuer issuer) {
        this.tenants = new TenantDirectory(owner.transactions(), owner.tenants());
        this.users = new UserDirectory(owner.transactions(), owner.users(), new Ids(Clock.systemUTC()));
        this.issuer = issuer;
        this.owner = owner;
    }

    public TenantId ensureTenant(TenantSlug slug) {
        return tenants.ensure(slug, slug.value());
    }

    /** Every tenant's slug by id (the owner reads the registry; the application role cannot). */
    public java.util.Map<UUID, String> slugs() {
        java.util.Map<UUID, String> slugs = new java.util.HashMap<>();
        tenants.all().forEach((id, slug) -> slugs.put(id.value(), slug.value()));
        return slugs;
    }

    public java.util.Optional<TenantId> find(TenantSlug slug) {
        return tenants.resolve(slug);
    }

    /** Creates the tenant and user on first use, then mints a token for them. */
    public String token(TenantSlug slug, String email, Role role, Duration ttl) {
        TenantId tenant = ensureTenant(slug);
        UUID user = users.ensure(tenant, email, Set.of(role));
        return issuer.mint(AUDIENCE, tenant, slug.value(), user.toString(), Set.of(role), ttl);
    }

    /** As {@link #token(TenantSlug, String, Role, Duration)}, naming the user {@code displayName} unless it has a name. */
    public String token(TenantSlug slug, String email, Role role, Duration ttl, String displayName) {
        TenantId tenant = ensureTenant(slug);
        UUID user = users.ensure(tenant, email, Set.of(role));
        owner.transactions().inTenant(tenant, tx -> owner.users().nameIfUnnamed(tx, user, displayName.strip()));
        return issuer.mint(AUDIENCE, tenant, slug.value(), user.toString(), Set.of(role), ttl);
    }
}
