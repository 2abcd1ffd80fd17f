/**
 * The {@link com.benchcrm.notification.NotificationMailer} adapters: {@link
 * com.benchcrm.notification.mail.SesNotificationMailer} (SES v2 in AWS) and {@link
 * com.benchcrm.notification.mail.FolderNotificationMailer} (the embedded stack: one {@code .eml} per
 * digest under {@code <home>/sent-mail/digests/<tenant>/}), chosen by {@link
 * com.benchcrm.notification.mail.NotificationMailers#create}.
 */
@NullMarked
package com.benchcrm.notification.mail;

import org.jspecify.annotations.NullMarked;
