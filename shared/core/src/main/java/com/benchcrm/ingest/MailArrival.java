package com.benchcrm.ingest;

import java.time.Instant;
import java.util.List;

/**
 * One message arrival as the trigger describes it: an SES receipt (recipients, SES message id,
 * verdicts; the raw copy is at {@code <prefix><messageId>}) or an S3 object-created notification
 * (bucket and key; the embedded stack's SMTP listener sends the same shape).
 *
 * @param key          the raw message's blob key ({@code raw/<slug>/<id>})
 * @param virusVerdict SES's verdict ({@code PASS}, {@code FAIL}, {@code GRAY}...), null when not scanned;
 *                     likewise {@code spamVerdict}, {@code spfVerdict}, {@code dkimVerdict}, {@code dmarcVerdict}
 */
public record MailArrival(Channel channel, List<String> recipients, String bucket, String key, String messageId,
                          String virusVerdict, String spamVerdict, String spfVerdict, String dkimVerdict, String dmarcVerdict,
                          Instant receivedAt) {

    public MailArrival {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** Without SPF, DKIM and DMARC verdicts (an S3 notification, the embedded stack's SMTP listener). */
    public MailArrival(Channel channel, List<String> recipients, String bucket, String key, String messageId, String virusVerdict,
                       String spamVerdict, Instant receivedAt) {
        this(channel, recipients, bucket, key, messageId, virusVerdict, spamVerdict, null, null, null, receivedAt);
    }

    /**
     * Why the tenant's {@code policy} refuses this message by its verdicts (kind and reason), or empty
     * to ingest it. A virus is refused in any case (and never opened).
     */
    public java.util.Optional<java.util.Map.Entry<MailKind, String>> refusal(com.benchcrm.tenancy.MailPolicy policy) {
        if (fail(virusVerdict)) {
            return java.util.Optional.of(java.util.Map.entry(MailKind.VIRUS,
                    "quarantined: SES virus verdict FAIL; the raw message is kept unopened"));
        }
        if (policy.rejectSpam() && fail(spamVerdict)) {
            return java.util.Optional.of(java.util.Map.entry(MailKind.SPAM, "refused: SES spam verdict FAIL"));
        }
        if (policy.rejectDmarcFail() && fail(dmarcVerdict)) {
            return java.util.Optional.of(java.util.Map.entry(MailKind.UNAUTHENTICATED,
                    "refused: DMARC verdict FAIL (the sender's domain does not vouch for it)"));
        }
        if (policy.rejectSpfAndDkimFail() && fail(spfVerdict) && fail(dkimVerdict)) {
            return java.util.Optional.of(java.util.Map.entry(MailKind.UNAUTHENTICATED, "refused: SPF and DKIM verdicts both FAIL"));
        }
        return java.util.Optional.empty();
    }

    private static boolean fail(String verdict) {
        return "FAIL".equalsIgnoreCase(verdict);
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
