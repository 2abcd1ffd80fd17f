/**
 * Pipeline analytics: time to first submit, stage conversions, fill rate, time to fill, margin per
 * placement, the bench, vendor scorecards ({@link com.benchcrm.analytics.Kpis}), computed by the
 * store ({@link com.benchcrm.analytics.AnalyticsRepository}) under the tenant's row-level security.
 */
@NullMarked
package com.benchcrm.analytics;

import org.jspecify.annotations.NullMarked;
