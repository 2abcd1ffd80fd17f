/**
 * The notification routes: a user's own notifications ({@code /v1/notifications}), preferences
 * ({@code /v1/me/notification-preferences}) and a consultant's owner ({@code /v1/consultants/{id}/owner}),
 * translated to {@link com.benchcrm.notification.Notifications}.
 */
@NullMarked
package com.benchcrm.function.httpapi.notification;

import org.jspecify.annotations.NullMarked;
