package com.benchcrm.webhook;

import com.benchcrm.tenancy.TenantId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many webhook POSTs may be in flight at once in this process, per tenant and, within a tenant,
 * per destination (scheme, host and port), so one tenant's slow receiver occupies at most its own
 * slots and never the others' (issue 11 item 4, ADR 0055). Destination slots are per tenant too:
 * tenants whose partners use one receiving service (one host) do not share them, else one tenant's
 * hung requests would hold the host's slots for everyone. A POST takes a tenant slot, then a
 * destination slot, waiting at most until the batch deadline; one that gets none is deferred
 * without counting as an attempt.
 *
 * <pre>{@code
 * DeliverySlots slots = new DeliverySlots(new DeliverySlots.Limits(4, 2), clock);
 * try (DeliverySlots.Slot slot = slots.acquire(tenant, url, deadline).orElseThrow()) { ... POST ... }
 * }</pre>
 *
 * <p>The limits hold per process (per Lambda execution environment); the event source mapping's
 * maximum concurrency bounds how many processes there are.
 */
public final class DeliverySlots {

    /**
     * @param perTenant      POSTs of one tenant at once
     * @param perDestination POSTs of one tenant to one scheme://host:port at once
     */
    public record Limits(int perTenant, int perDestination) {

        public static final Limits DEFAULTS = new Limits(4, 2);

        public Limits {
            if (perTenant < 1 || perDestination < 1) {
                throw new IllegalArgumentException("delivery slot limits must be at least 1");
            }
        }
    }

    /** One POST's slots; closing gives them back. */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    private final Limits limits;
    private final Clock clock;
    private final ConcurrentMap<TenantId, Semaphore> tenants = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Semaphore> destinations = new ConcurrentHashMap<>();

    public DeliverySlots(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** No limits (tests of other concerns). */
    public static DeliverySlots unlimited(Clock clock) {
        return new DeliverySlots(new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE), clock);
    }

    public Limits limits() {
        return limits;
    }

    /** Slots for one POST of {@code tenant} to {@code url}, or empty when none came free before {@code deadline}. */
    public Optional<Slot> acquire(TenantId tenant, URI url, Instant deadline) {
        Semaphore t = tenants.computeIfAbsent(tenant, k -> new Semaphore(limits.perTenant(), true));
        Semaphore d = destinations.computeIfAbsent(tenant.value() + " " + destination(url),
                k -> new Semaphore(limits.perDestination(), true));
        if (!tryAcquire(t, deadline)) {
            return Optional.empty();
        }
        if (!tryAcquire(d, deadline)) {
            t.release();
            return Optional.empty();
        }
        return Optional.of(new Slot() {
            private boolean closed;

            @Override
            public synchronized void close() {
                if (!closed) {
                    closed = true;
                    d.release();
                    t.release();
                }
            }
        });
    }

    private boolean tryAcquire(Semaphore s, Instant deadline) {
        long wait = Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
        try {
            return s.tryAcquire(wait, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String destination(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort() >= 0 ? url.getPort() : "http".equals(scheme) ? 80 : 443;
        return scheme + "://" + (url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT)) + ":" + port;
    }
}
