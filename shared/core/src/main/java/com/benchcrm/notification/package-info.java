/**
 * Notifications: what a user is told (a requirement matching one of the user's consultants above
 * the user's threshold, an interview tomorrow, a work authorization expiring, a submission that
 * changed status, a reply to outreach), kept per user, read and dismissed through the API, and an
 * optional daily e-mail digest.
 *
 * <ul>
 *   <li>{@link com.benchcrm.notification.NotificationFanOut}: one domain event to the notifications of the
 *       users it concerns, once per event id (the {@code notify} consumer).</li>
 *   <li>{@link com.benchcrm.notification.DailyNotifications}: interviews tomorrow and the digests (the
 *       {@code notificationsDaily} schedule).</li>
 *   <li>{@link com.benchcrm.notification.Notifications}: a user's list, read, read-all, dismiss and
 *       preferences (the API).</li>
 *   <li>{@link com.benchcrm.notification.NotificationRepository}: the port; SQL lives in
 *       {@code benchcrm-persistence-postgres}. {@link com.benchcrm.notification.NotificationMailer}: the
 *       digest's mail (SES in AWS, a folder locally).</li>
 * </ul>
 * ADRs 0096-0098.
 */
@NullMarked
package com.benchcrm.notification;

import org.jspecify.annotations.NullMarked;
