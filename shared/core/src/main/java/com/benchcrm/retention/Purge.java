package com.benchcrm.retention;

import com.benchcrm.common.Ids;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.tenancy.Retention;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes every tenant's operational records past the tenant's {@link Retention} (the tenants
 * file's {@code retention}; defaults where it says nothing), in bounded batches of {@code batchSize}
 * per statement and one transaction each, for at most {@code budget} per run; what is left waits for
 * the next run. Each tenant's counts are written to its audit log ({@code data.purged}) when anything
 * was removed. Business records (consultants, requirements, submissions), the audit log and the raw
 * mail are never touched here.
 *
 * <pre>{@code
 * Purge.Report r = new Purge(relayDb.transactions(), relayDb.purge(), ids, clock, Purge.Settings.defaults()).run("purge-2026-12-06");
 * }</pre>
 */
public final class Purge {

    private static final Logger LOG = LoggerFactory.getLogger(Purge.class);

    /**
     * @param batchSize rows per statement (1..5000; the store refuses more)
     * @param budget    how long one run may take
     */
    public record Settings(int batchSize, Duration budget) {

        public Settings {
            if (batchSize < 1 || batchSize > 5000) {
                throw new IllegalArgumentException("the purge batch size is 1..5000");
            }
        }

        public static Settings defaults() {
            return new Settings(1000, Duration.ofMinutes(4));
        }
    }

    /** What one run removed, per tenant and kind, and whether it finished within its budget. */
    public record Report(Map<TenantId, Map<String, Integer>> removed, boolean complete) {

        public int total() {
            return removed.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        }
    }

    private final Transactions transactions;
    private final PurgeRepository repository;
    private final Ids ids;
    private final Clock clock;
    private final Settings settings;

    public Purge(Transactions transactions, PurgeRepository repository, Ids ids, Clock clock, Settings settings) {
        this.transactions = transactions;
        this.repository = repository;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
    }

    public Report run(String traceId) {
        return run(traceId, settings.budget());
    }

    /** As {@link #run(String)} within {@code budget} (the invocation's remaining time, when shorter). */
    public Report run(String traceId, Duration budget) {
        Instant started = clock.instant();
        Instant stopBy = started.plus(budget.compareTo(settings.budget()) < 0 ? budget : settings.budget());
        Map<TenantId, Map<String, Integer>> removed = new LinkedHashMap<>();
        boolean complete = true;
        List<PurgeRepository.TenantSettings> tenants = transactions.withoutTenant(repository::tenants);
        for (PurgeRepository.TenantSettings t : tenants) {
            Retention retention = retention(t);
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (PurgeKind kind : PurgeKind.values()) {
                Instant before = started.minus(kind.retention(retention));
                int total = 0;
                int n;
                do {
                    if (clock.instant().isAfter(stopBy)) {
                        complete = false;
                        break;
                    }
                    n = transactions.withoutTenant(tx -> repository.purge(tx, t.tenant(), kind, before, settings.batchSize()));
                    total += n;
                } while (n >= settings.batchSize());
                if (total > 0) {
                    counts.put(kind.code(), total);
                }
            }
            if (!counts.isEmpty()) {
                transactions.withoutTenant(tx -> {
                    repository.record(tx, t.tenant(), ids.next(), counts, traceId);
                    return null;
                });
                removed.put(t.tenant(), counts);
                LOG.info("purged for tenant {}: {}", t.tenant(), counts);
            }
            if (!complete) {
                LOG.warn("the purge used up its budget; the rest waits for the next run");
                break;
            }
        }
        return new Report(removed, complete);
    }

    private static Retention retention(PurgeRepository.TenantSettings t) {
        try {
            return TenantPolicy.parseSettings(t.settingsJson()).retention();
        } catch (IllegalArgumentException e) {
            LOG.warn("tenant {}: unreadable settings ({}); the default retention applies", t.tenant(), e.getMessage());
            return Retention.DEFAULTS;
        }
    }
}
