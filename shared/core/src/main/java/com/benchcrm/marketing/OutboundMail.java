package com.benchcrm.marketing;

import java.util.Map;

/**
 * One mail to one recipient, as the {@link MailSender} sends it: the envelope, the Message-ID, the
 * headers every marketing mail carries ({@code List-Unsubscribe}, {@code List-Unsubscribe-Post}) and
 * the bodies with the footer (postal address, unsubscribe link) already added.
 */
public record OutboundMail(
        String from,
        String fromName,
        String to,
        String subject,
        String text,
        String html,
        String messageId,
        Map<String, String> headers) {

    public OutboundMail {
        headers = Map.copyOf(headers);
    }
}
