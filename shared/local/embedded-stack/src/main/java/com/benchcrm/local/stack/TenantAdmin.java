package com.benchcrm.local.stack;

import com.benchcrm.auth.jwt.LocalTokenIssuer;
import com.benchcrm.common.Ids;
import com.benchcrm.security.Role;
import com.benchcrm.sql.SqlPort;
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

    private final SqlPort ownerSql;
    private final LocalTokenIssuer issuer;

    public TenantAdmin(SqlPort ownerSql, LocalTokenIssuer issuer) {
        this.ownerSql = ownerSql;
        this.issuer = issuer;
    }

    public TenantId ensureTenant(TenantSlug slug) {
        return new TenantDirectory(ownerSql).ensure(slug, slug.value());
    }

    /** Every tenant's slug by id (the owner reads the registry; the application role cannot). */
    public java.util.Map<UUID, String> slugs() {
        java.util.Map<UUID, String> slugs = new java.util.HashMap<>();
        ownerSql.withoutTenant(s -> s.query("select id, slug from benchcrm.tenant", com.benchcrm.sql.SqlParams.none()))
                .forEach(r -> slugs.put(r.uuid("id"), r.string("slug")));
        return slugs;
    }

    public java.util.Optional<TenantId> find(TenantSlug slug) {
        return new TenantDirectory(ownerSql).resolve(slug);
    }

    /** Creates the tenant and user on first use, then mints a token for them. */
    public String token(TenantSlug slug, String email, Role role, Duration ttl) {
        TenantId tenant = ensureTenant(slug);
        UUID user = new UserDirectory(ownerSql, new Ids(Clock.systemUTC())).ensure(tenant, email, Set.of(role));
        return issuer.mint(AUDIENCE, tenant, slug.value(), user.toString(), Set.of(role), ttl);
    }
}
