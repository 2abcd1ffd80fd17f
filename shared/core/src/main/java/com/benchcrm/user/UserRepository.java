package com.benchcrm.user;

import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.security.Caller;
import com.benchcrm.tenancy.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: where a tenant's users are kept. Records in, records out, no SQL. Every write also appends
 * its audit entry (actor, action, before/after) in the same transaction, and a write to one tenant's
 * users is serialized with the other writes to them, so the rules of {@link Users} that count users
 * (the last active Owner) hold under concurrent requests.
 *
 * <pre>{@code
 * User saved = repository.insert(caller, invited, "user.invited", u -> identity.invited(caller.tenant(), u));
 * Optional<User> changed = repository.update(caller, id, (current, activeOwners) -> ..., "user.deactivated", ...);
 * }</pre>
 *
 * <p>Implementations: {@code PostgresUserRepository} (persistence module), {@code InMemoryUserRepository}
 * (tests).
 */
public interface UserRepository {

    /** Newest first (ids are time-ordered). */
    Page<User> list(TenantId tenant, PageRequest page);

    Optional<User> find(TenantId tenant, UUID id);

    /**
     * Stores a new user and its audit entry ({@code action}); {@code inTransaction} runs after the
     * row is written and before the commit, and may run again if the transaction is retried.
     *
     * @throws com.benchcrm.common.ConflictException {@code duplicate} when the tenant has a user with that e-mail
     */
    User insert(Caller actor, User user, String action, InTransaction inTransaction);

    /**
     * Loads user {@code id} and counts the tenant's active Owners (under the tenant's user lock),
     * applies {@code change}, and stores the result with its audit entry unless it is the same user.
     *
     * @return the stored user, or empty when the tenant has no user {@code id}
     */
    Optional<User> update(Caller actor, UUID id, Change change, InTransaction inTransaction);

    /** The status of user {@code id}, or empty when the tenant has no such user (the request path asks this). */
    Optional<UserStatus> status(TenantId tenant, UUID id);

    /**
     * Records a sign-in: sets {@code last_sign_in_at} and turns an invited user active. Not audited
     * (a sign-in is not a change anyone made). Does nothing to a deactivated or unknown user.
     *
     * @return the user's status afterwards, empty when there is no such user
     */
    Optional<UserStatus> signedIn(TenantId tenant, UUID id, Instant at);

    /** A rule of {@link Users} applied to the current user, knowing how many active Owners the tenant has. */
    @FunctionalInterface
    interface Change {
        /** @return the changed user, or {@code current} itself for no change; throws to refuse */
        User apply(User current, long activeOwners);

        /** The audit action of a change from {@code before} to {@code after}. */
        default String action(User before, User after) {
            if (before.status() != after.status()) {
                return after.status() == UserStatus.DEACTIVATED ? "user.deactivated" : "user.reactivated";
            }
            return "user.role-changed";
        }
    }

    /** Work that must commit or roll back with the write (telling the identity provider). */
    @FunctionalInterface
    interface InTransaction {
        InTransaction NONE = user -> { };

        void run(User stored);
    }
}
