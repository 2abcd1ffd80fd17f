package com.benchcrm.ingest;

import java.time.Instant;
import java.util.List;

/**
 * One message arrival as the trigger describes it: an SES receipt (recipients, SES message id,
 * verdicts; the raw copy is at {@code <prefix><messageId>}) or an S3 object-created notification
 * (bucket and key; the embedded stack's SMTP listener sends the same shape).
 *
 * @param key          the raw message's blob key ({@code raw/<slug>/<id>})
 * @param virusVerdict SES's verdict ({@code PASS}, {@code FAIL}, {@code GRAY}...), null when not scanned
 */
public record MailArrival(Channel channel, List<String> recipients, String bucket, String key, String messageId,
                          String virusVerdict, String spamVerdict, Instant receivedAt) {

    public MailArrival {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** The tenant slug the key names ({@code raw/<slug>/...}), or null. */
    public String slugFromKey() {
        if (key == null) {
            return null;
        }
        String[] parts = key.split("/");
        return parts.length >= 3 && parts[0].equals("raw") ? parts[1] : null;
    }
}
