/**
 * The notifications functions: one Lambda artifact, two Spring Cloud Functions.
 *
 * <ul>
 *   <li>{@code notify}, on the notify queue that the EventBridge rule {@code notify} fills
 *       ({@code RecommendationsReady}, {@code WorkAuthorizationExpiring}, {@code SubmissionStatusChanged},
 *       {@code OutreachReplyReceived}): each event becomes the notifications of the users it concerns,
 *       once per event id ({@link com.benchcrm.notification.NotificationFanOut}, translated by
 *       {@link com.benchcrm.function.notifications.NotifyBatchHandler}); partial batch failures, poison to the DLQ.</li>
 *   <li>{@code notificationsDaily}, once a day (EventBridge Scheduler in AWS, a timer locally): interviews
 *       tomorrow and the daily digests ({@link com.benchcrm.notification.DailyNotifications}, translated by
 *       {@link com.benchcrm.function.notifications.NotificationsDailyFunction}).</li>
 * </ul>
 * {@link com.benchcrm.function.notifications.NotificationsComponents} builds everything from
 * {@link com.benchcrm.function.notifications.NotificationsConfig}. ADRs 0096-0098.
 */
@NullMarked
package com.benchcrm.function.notifications;

import org.jspecify.annotations.NullMarked;
