package com.benchcrm.notification;

import com.benchcrm.tenancy.TenantId;

/**
 * Port: sends a user's daily digest. Implementations: {@code SesNotificationMailer} (SES v2, in AWS)
 * and {@code FolderNotificationMailer} (the embedded stack: one {@code .eml} file per digest under
 * {@code <home>/sent-mail/digests/}), both in {@code benchcrm-notification-mail}.
 *
 * <pre>{@code
 * mailer.send(tenant, DigestMail.render(user, items, consoleUrl, day));
 * }</pre>
 */
public interface NotificationMailer {

    /** @throws MailNotSentException when the mail could not be handed over (the caller retries later) */
    void send(TenantId tenant, DigestMail mail);

    /** A digest that did not go out; the daily job releases its claim so the next run sends it. */
    final class MailNotSentException extends RuntimeException {
        public MailNotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
