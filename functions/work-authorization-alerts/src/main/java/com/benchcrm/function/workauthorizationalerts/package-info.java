/**
 * The work authorization alerts function ({@code workAuthorizationAlerts}), once a day on a schedule:
 * announces {@code WorkAuthorizationExpiring} for every work authorization that ends within its
 * tenant's lead time, once per expiry ({@link com.benchcrm.workauth.ExpiryAlerts}, ADR 0082).
 * {@link com.benchcrm.function.workauthorizationalerts.WorkAuthorizationAlertsComponents} builds
 * everything from {@link com.benchcrm.function.workauthorizationalerts.WorkAuthorizationAlertsConfig};
 * the handler only translates.
 */
@NullMarked
package com.benchcrm.function.workauthorizationalerts;

import org.jspecify.annotations.NullMarked;
