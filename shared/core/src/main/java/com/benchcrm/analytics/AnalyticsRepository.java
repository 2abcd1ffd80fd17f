package com.benchcrm.analytics;

import com.benchcrm.persistence.Tx;

/**
 * Port: the KPIs of the {@link Tx}'s tenant, computed where the rows are (PostgreSQL: aggregate
 * statements under row-level security, on the indexes of V10). The definitions are those of
 * {@link Kpis} and the OpenAPI document; the in-memory twin computes the same from its tables,
 * and one contract test holds both to the same figures.
 */
public interface AnalyticsRepository {

    Kpis kpis(Tx tx, KpiQuery query);
}
