/** The KPI route ({@link com.benchcrm.function.httpapi.analytics.AnalyticsRoutes}) over {@link com.benchcrm.analytics.Analytics}. */
@NullMarked
package com.benchcrm.function.httpapi.analytics;

import org.jspecify.annotations.NullMarked;
