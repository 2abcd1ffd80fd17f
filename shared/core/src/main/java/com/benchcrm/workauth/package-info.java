/**
 * Work authorization over time: the daily announcement of authorizations about to end
 * ({@link com.benchcrm.workauth.ExpiryAlerts}: {@code WorkAuthorizationExpiring}, once per expiry
 * date and lead time) and the tenant's lead time ({@link com.benchcrm.workauth.ExpirySettings}).
 * The dates themselves live on the consultant
 * ({@link com.benchcrm.consultant.WorkAuthorizationValidity}); matching flags a consultant whose
 * authorization ends before a requirement's start or end. ADR 0082.
 */
@NullMarked
package com.benchcrm.workauth;

import org.jspecify.annotations.NullMarked;
