package com.benchcrm.ingest;

import com.benchcrm.mail.ParsedMail;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Classifies what a message is before (headers) and after (what extraction found) extraction. A
 * list header alone does not make a newsletter: vendors post requirements to mailing lists too; a
 * message is a requirement when requirements were found in it.
 */
public final class MailClassifier {

    private static final Pattern AUTO_SUBJECT = Pattern.compile(
            "(?i)^\\s*(automatic reply|auto(matic)?[- ]?(reply|response)|out of (the )?office|ooo\\b|auto:|away from|on vacation)");
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile(
            "(?i)^\\s*(undeliverable|undelivered mail|delivery status notification|mail delivery (failed|failure|subsystem)|returned mail|"
                    + "failure notice|delivery failure)");
    private static final Pattern REPLY_SUBJECT = Pattern.compile("(?i)^\\s*(re|aw|sv|antw)\\s*(\\[\\d+])?\\s*:");

    private MailClassifier() {}

    /** A kind decided from headers and size alone, or empty when extraction has to decide. */
    public static Optional<MailKind> beforeExtraction(ParsedMail mail) {
        if (mail.problems().stream().anyMatch(p -> p.startsWith("empty message"))) {
            return Optional.of(MailKind.EMPTY);
        }
        if (mail.problems().stream().anyMatch(p -> p.contains("byte limit"))) {
            return Optional.of(MailKind.TOO_LARGE);
        }
        String subject = mail.subject() == null ? "" : mail.subject();
        String from = mail.from() == null || mail.from().email() == null
                ? ""
                : mail.from().email();
        if (from.startsWith("mailer-daemon@")
                || from.startsWith("postmaster@")
                || BOUNCE_SUBJECT.matcher(subject).find()
                || mail.header("content-type")
                        .map(c -> c.toLowerCase(Locale.ROOT).contains("multipart/report"))
                        .orElse(false)) {
            return Optional.of(MailKind.BOUNCE);
        }
        String auto = mail.header("auto-submitted").orElse("no").toLowerCase(Locale.ROOT);
        if (!auto.startsWith("no")
                || mail.header("x-autoreply").isPresent()
                || mail.header("x-autorespond").isPresent()
                || AUTO_SUBJECT.matcher(subject).find()) {
            return Optional.of(MailKind.AUTO_REPLY);
        }
        if (mail.text().isBlank()
                && mail.attachments().isEmpty()
                && mail.forwarded().isEmpty()) {
            boolean unreadable =
                    mail.problems().stream().anyMatch(p -> p.contains("binary") || p.contains("not parseable"));
            return Optional.of(unreadable ? MailKind.UNREADABLE : MailKind.EMPTY);
        }
        return Optional.empty();
    }

    /** The kind of a message in which extraction found no requirement. */
    public static MailKind withoutRequirements(ParsedMail mail, boolean hasResumes) {
        if (hasResumes) {
            return MailKind.RESUME;
        }
        String subject = mail.subject() == null ? "" : mail.subject();
        if (REPLY_SUBJECT.matcher(subject).find() || mail.header("in-reply-to").isPresent()) {
            return MailKind.REPLY;
        }
        String precedence = mail.header("precedence").orElse("").toLowerCase(Locale.ROOT);
        if (mail.header("list-unsubscribe").isPresent()
                || mail.header("list-id").isPresent()
                || precedence.equals("bulk")
                || precedence.equals("list")) {
            return MailKind.NEWSLETTER;
        }
        return MailKind.NOT_A_REQUIREMENT;
    }
}
