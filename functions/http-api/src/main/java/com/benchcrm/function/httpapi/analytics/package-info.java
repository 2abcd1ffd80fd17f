/** The KPI route ({@link com.benchcrm.function.httpapi.analytics.AnalyticsRoutes}) over {@link com.benchcrm.analytics.Analytics}. */
package com.benchcrm.function.httpapi.analytics;
