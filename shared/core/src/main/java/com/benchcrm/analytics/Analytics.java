package com.benchcrm.analytics;

import com.benchcrm.persistence.Transactions;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;

/**
 * The KPI report ({@link Permission#ANALYTICS_READ}), read in one transaction so every figure sees
 * the same rows.
 *
 * <pre>{@code
 * Kpis k = analytics.kpis(caller, new KpiQuery(from, to, Optional.of(GroupBy.VENDOR), Instant.now()));
 * }</pre>
 */
public final class Analytics {

    private final Transactions transactions;
    private final AnalyticsRepository repository;

    public Analytics(Transactions transactions, AnalyticsRepository repository) {
        this.transactions = transactions;
        this.repository = repository;
    }

    public Kpis kpis(Caller caller, KpiQuery query) {
        caller.require(Permission.ANALYTICS_READ);
        return transactions.inTenant(caller.tenant(), tx -> repository.kpis(tx, query));
    }
}
