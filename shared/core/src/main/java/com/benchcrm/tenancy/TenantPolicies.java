package com.benchcrm.tenancy;

import com.benchcrm.persistence.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A tenant's status and settings as the request path and the workers need them: read from the
 * tenant registry ({@link TenantRepository#policy}) and cached briefly per process, so a suspension
 * takes effect within {@code ttl} (default 30 s) without a registry read on every request.
 *
 * <pre>{@code
 * TenantPolicies policies = new TenantPolicies(db.transactions(), db.tenants(), clock);
 * policies.requireActive(caller.tenant());   // TenantSuspendedException: 403 tenant-suspended
 * }</pre>
 *
 * <p>An unknown tenant counts as suspended (fail closed): a token for a tenant that does not exist
 * gets no further than a suspended one.
 */
public final class TenantPolicies implements TenantAccess {

    public static final Duration DEFAULT_TTL = Duration.ofSeconds(30);

    private record Cached(Optional<TenantPolicy> policy, Instant until) {
    }

    private final Transactions transactions;
    private final TenantRepository tenants;
    private final Clock clock;
    private final Duration ttl;
    private final ConcurrentMap<TenantId, Cached> cache = new ConcurrentHashMap<>();

    public TenantPolicies(Transactions transactions, TenantRepository tenants, Clock clock) {
        this(transactions, tenants, clock, DEFAULT_TTL);
    }

    public TenantPolicies(Transactions transactions, TenantRepository tenants, Clock clock, Duration ttl) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The tenant's policy, at most {@code ttl} old; empty for an unknown tenant. */
    public Optional<TenantPolicy> find(TenantId tenant) {
        Instant now = clock.instant();
        Cached c = cache.get(tenant);
        if (c != null && c.until().isAfter(now)) {
            return c.policy();
        }
        Optional<TenantPolicy> read = transactions.withoutTenant(tx -> tenants.policy(tx, tenant));
        if (cache.size() > 10_000) {
            cache.clear(); // bounded: tenants are few, ids from forged tokens never reach here (verified first)
        }
        cache.put(tenant, new Cached(read, now.plus(ttl)));
        return read;
    }

    /** The tenant's policy, or the defaults of an active tenant with this id when it is unknown. */
    public TenantPolicy policyOrDefaults(TenantId tenant) {
        return find(tenant).orElseGet(() -> new TenantPolicy(tenant, null, TenantStatus.SUSPENDED, Retention.DEFAULTS, MailPolicy.DEFAULTS));
    }

    @Override
    public void requireActive(TenantId tenant) {
        if (!isActive(tenant)) {
            throw new TenantSuspendedException(tenant);
        }
    }

    @Override
    public boolean isActive(TenantId tenant) {
        return find(tenant).map(TenantPolicy::active).orElse(false);
    }

    /** Forgets what was cached (tests, or after this process changed a tenant's status itself). */
    public void invalidate() {
        cache.clear();
    }
}
