package com.benchcrm.function.emailingest;

import com.benchcrm.ingest.Channel;
import com.benchcrm.ingest.MailArrival;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the events that announce a message: SES receipt events (the Lambda action of a receipt
 * rule that first stored the message with its S3 action under {@code raw/<slug>/}) and S3
 * object-created notifications (also what the embedded stack's SMTP listener and
 * {@code ./benchcrm ingest} send, with the local folder as the bucket).
 */
final class MailEvents {

    /** The event is neither: nothing to ingest. */
    static final class NotAMailEventException extends RuntimeException {
        NotAMailEventException(String message) {
            super(message);
        }
    }

    private MailEvents() {
    }

    static List<MailArrival> arrivals(JsonNode event, String rawBucket) {
        JsonNode records = event.path("Records");
        if (!records.isArray() || records.isEmpty()) {
            throw new NotAMailEventException("no Records: not an SES or S3 event");
        }
        List<MailArrival> out = new ArrayList<>();
        for (JsonNode r : records) {
            if (r.has("ses")) {
                out.add(ses(r.path("ses"), rawBucket));
            } else if (r.has("s3")) {
                out.add(s3(r));
            } else {
                throw new NotAMailEventException("a record that is neither SES nor S3: " + r.path("eventSource").asText("?"));
            }
        }
        return out;
    }

    private static MailArrival ses(JsonNode ses, String rawBucket) {
        JsonNode mail = ses.path("mail");
        JsonNode receipt = ses.path("receipt");
        List<String> recipients = new ArrayList<>();
        receipt.path("recipients").forEach(x -> recipients.add(x.asText()));
        if (recipients.isEmpty()) {
            mail.path("destination").forEach(x -> recipients.add(x.asText()));
        }
        String messageId = mail.path("messageId").asText(null);
        String slug = recipients.isEmpty() ? null : localPart(recipients.get(0));
        // the tenant's receipt rule stored the message under raw/<slug>/ with the SES message id as the name
        String key = slug == null || messageId == null ? null : "raw/" + slug + "/" + messageId;
        return new MailArrival(Channel.SES, recipients, rawBucket, key, messageId, receipt.path("virusVerdict").path("status").asText(null),
                receipt.path("spamVerdict").path("status").asText(null), receipt.path("spfVerdict").path("status").asText(null),
                receipt.path("dkimVerdict").path("status").asText(null), receipt.path("dmarcVerdict").path("status").asText(null),
                instant(mail.path("timestamp").asText(null)));
    }

    private static MailArrival s3(JsonNode r) {
        JsonNode s3 = r.path("s3");
        String rawKey = s3.path("object").path("key").asText(null);
        String key = rawKey == null ? null : URLDecoder.decode(rawKey.replace("+", "%2B"), StandardCharsets.UTF_8);
        String source = r.path("eventSource").asText("aws:s3");
        Channel channel = switch (source) {
            case "benchcrm:smtp" -> Channel.SMTP;
            case "benchcrm:cli" -> Channel.CLI;
            default -> Channel.SES;
        };
        List<String> recipients = new ArrayList<>();
        r.path("benchcrm").path("recipients").forEach(x -> recipients.add(x.asText()));
        String id = key == null ? null : key.substring(key.lastIndexOf('/') + 1);
        return new MailArrival(channel, recipients, s3.path("bucket").path("name").asText(null), key, id, null, null,
                instant(r.path("eventTime").asText(null)));
    }

    private static String localPart(String address) {
        String a = address.trim();
        int at = a.lastIndexOf('@');
        String local = at < 0 ? a : a.substring(0, at);
        int plus = local.indexOf('+');
        return (plus > 0 ? local.substring(0, plus) : local).toLowerCase(java.util.Locale.ROOT);
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
