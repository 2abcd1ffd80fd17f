package com.benchcrm.user;

import com.benchcrm.persistence.Transactions;
import com.benchcrm.security.Caller;
import com.benchcrm.security.UnauthenticatedException;
import com.benchcrm.tenancy.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The request-path check that makes a deactivated user's tokens stop working before they expire:
 * after the token verifies, the caller's user must not be deactivated. The answer is remembered for
 * {@code ttl} per user (one lookup per user and TTL, not per request); a change made through
 * {@link Users} in this process is seen at once ({@link #forget}), other processes (Lambda instances)
 * see it within the TTL.
 *
 * <p>A subject that is not a user id (service tokens, test tokens) or names no user of the tenant is
 * let through: the token itself was verified, and users the API knows are the ones it can refuse.
 * The first request of an invited user marks it active.
 *
 * <pre>{@code
 * ActiveUsers active = new ActiveUsers(transactions, repository, Duration.ofSeconds(30), clock);
 * active.require(caller); // throws UnauthenticatedException for a deactivated user
 * }</pre>
 */
public final class ActiveUsers {

    /** How long a user's status is remembered unless configured otherwise. */
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(30);

    static final int LIMIT = 10_000;

    /** Lets every caller through (a function with no users table to ask). */
    public static final ActiveUsers NONE = new ActiveUsers(null, null, Duration.ZERO, Clock.systemUTC());

    private final Transactions transactions;
    private final UserRepository repository;
    private final Duration ttl;
    private final Clock clock;
    private final ConcurrentHashMap<Key, Known> known = new ConcurrentHashMap<>();

    public ActiveUsers(Transactions transactions, UserRepository repository, Duration ttl, Clock clock) {
        this.transactions = transactions;
        this.repository = repository;
        this.ttl = ttl;
        this.clock = clock;
    }

    private record Key(TenantId tenant, UUID user) {}

    private record Known(boolean allowed, Instant until) {}

    /** @throws UnauthenticatedException when the caller's user is deactivated */
    public void require(Caller caller) {
        if (repository == null) {
            return;
        }
        Optional<UUID> id = userId(caller.userId());
        if (id.isEmpty()) {
            return;
        }
        Key key = new Key(caller.tenant(), id.get());
        Instant now = clock.instant();
        Known k = known.get(key);
        if (k == null || !now.isBefore(k.until())) {
            UUID user = id.get();
            Optional<UserStatus> status = transactions.inTenant(
                    caller.tenant(), tx -> repository.find(tx, user).map(User::status));
            if (status.equals(Optional.of(UserStatus.INVITED))) {
                status = transactions.inTenant(caller.tenant(), tx -> repository.signedIn(tx, user, now));
            }
            k = new Known(status.map(UserStatus::maySignIn).orElse(true), now.plus(ttl));
            if (known.size() >= LIMIT) {
                known.clear();
            }
            known.put(key, k);
        }
        if (!k.allowed()) {
            throw new UnauthenticatedException("this user is deactivated; ask an Owner or Admin of your organization");
        }
    }

    /** Drops what is remembered of a user (its status just changed in this process). */
    public void forget(TenantId tenant, UUID user) {
        known.remove(new Key(tenant, user));
    }

    private static Optional<UUID> userId(String subject) {
        if (subject == null || subject.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(subject));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
