package com.benchcrm.marketing;

import com.benchcrm.tenancy.TenantId;

/**
 * Port: sends one mail. Adapters: a folder of .eml files under the stack's home (the embedded
 * default, listed at {@code GET /v1/outreach/sent}); SES v2 in AWS with the tenant's configuration
 * set and verified domain.
 */
public interface MailSender {

    /**
     * Sends {@code mail}; returns where it is kept (a file name, a provider's message id).
     *
     * @throws MailSendException when the mail could not be handed over (the message is marked FAILED)
     */
    String send(TenantId tenant, OutboundMail mail);

    /** A send the provider refused or could not take. */
    final class MailSendException extends RuntimeException {
        public MailSendException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
