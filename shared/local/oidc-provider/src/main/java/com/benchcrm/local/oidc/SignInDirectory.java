package com.benchcrm.local.oidc;

import com.benchcrm.common.PageRequest;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.user.User;
import com.benchcrm.user.UserRepository;
import com.benchcrm.user.UserStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Who can sign in on the local sign-in page: the tenants, their users and each user's status, read
 * from the database at every sign-in and refresh (so a deactivated user is refused at once).
 *
 * <pre>{@code
 * SignInDirectory directory = SignInDirectory.of(() -> tenantsFromTheRegistry(), db.transactions(), db.users());
 * }</pre>
 */
public interface SignInDirectory {

    /** A tenant as the sign-in page lists it. */
    record Tenant(TenantId id, String slug) {}

    /** Every tenant, by slug. */
    List<Tenant> tenants();

    /** The tenant's users (at most 200, newest first). */
    List<User> users(TenantId tenant);

    Optional<User> user(TenantId tenant, UUID id);

    /** Records a sign-in (an invited user becomes active); empty when there is no such user. */
    Optional<UserStatus> signedIn(TenantId tenant, UUID id, Instant at);

    /** The directory over the tenant registry and the users store. */
    static SignInDirectory of(Supplier<List<Tenant>> tenants, Transactions transactions, UserRepository users) {
        return new SignInDirectory() {
            @Override
            public List<Tenant> tenants() {
                return tenants.get();
            }

            @Override
            public List<User> users(TenantId tenant) {
                return transactions.inTenant(tenant, tx -> users.list(tx, Optional.empty(), PageRequest.MAX_LIMIT));
            }

            @Override
            public Optional<User> user(TenantId tenant, UUID id) {
                return transactions.inTenant(tenant, tx -> users.find(tx, id));
            }

            @Override
            public Optional<UserStatus> signedIn(TenantId tenant, UUID id, Instant at) {
                return transactions.inTenant(tenant, tx -> users.signedIn(tx, id, at));
            }
        };
    }
}
