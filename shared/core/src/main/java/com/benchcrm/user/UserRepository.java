package com.benchcrm.user;

import com.benchcrm.persistence.Tx;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the {@link Tx}'s tenant's users ({@code app_user}). Records in, records out, no SQL; the
 * use case ({@link Users}) holds the transaction and writes the audit entry in it.
 *
 * <pre>{@code
 * User saved = transactions.inTenant(tenant, tx -> {
 *     users.lock(tx);                         // serializes writes to this tenant's users
 *     long owners = users.activeOwners(tx);
 *     users.update(tx, changed);
 *     return changed;
 * });
 * }</pre>
 *
 * <p>It extends the tenancy port ({@code ensure}: what {@code ./benchcrm token} and the deployment use
 * to make a user), so one store serves both. Implementations: {@code PostgresUserRepository}
 * ({@code benchcrm-persistence-postgres}),
 * {@code InMemoryUserRepository} ({@code benchcrm-test-fixtures}).
 */
public interface UserRepository extends com.benchcrm.tenancy.UserRepository {

    /** The unique key on the e-mail within a tenant (the schema's constraint name). */
    String EMAIL_KEY = "app_user_email_key";

    /** Up to {@code limit} users with ids below {@code before} (all when empty), newest first (ids are time-ordered). */
    List<User> list(Tx tx, Optional<UUID> before, int limit);

    Optional<User> find(Tx tx, UUID id);

    Optional<User> findByEmail(Tx tx, String email);

    /** @throws com.benchcrm.persistence.DuplicateKeyException {@link #EMAIL_KEY} when the e-mail is taken */
    void insert(Tx tx, User user);

    /** Stores the user's role, status, times and version. */
    void update(Tx tx, User user);

    /**
     * Gives the user {@code id} the display name {@code name} when it has none; a name already there (set by an
     * invitation or the user's provider) is kept. Not audited: the demo and the stack's own users only.
     *
     * @return true when the name was set
     */
    boolean nameIfUnnamed(Tx tx, UUID id, String name);

    /** How many users are {@code ACTIVE} Owners. */
    long activeOwners(Tx tx);

    /** Holds the tenant's users lock until the transaction ends, so counting rules hold under concurrent writes. */
    void lock(Tx tx);

    /**
     * Records a sign-in: sets the last sign-in time and turns an invited user active; a deactivated
     * user is left as it is. Not audited (nobody changed the user).
     *
     * @return the user's status afterwards, empty when there is no such user
     */
    Optional<UserStatus> signedIn(Tx tx, UUID id, Instant at);
}
