package com.benchcrm.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A mail as text and parts, whatever its MIME structure was.
 *
 * @param messageId   the Message-ID without angle brackets, or null
 * @param headers     selected headers by lower-case name (list, auto-reply and threading headers)
 * @param text        the whole body as text (HTML converted), reply quotes and forwards included
 * @param newText     what the sender wrote in this mail: {@code text} without quoted replies,
 *                    signature and mailing-list footer
 * @param signature   the signature block (the vendor's contact details live here), or empty
 * @param htmlOnly    the body had no text/plain alternative
 * @param forwarded   messages forwarded inside this one, outermost first
 * @param problems    what was wrong with the mail and how it was handled (broken boundary, unknown
 *                    charset, TNEF not decoded); empty for a clean mail
 */
public record ParsedMail(
        String messageId,
        String subject,
        MailAddress from,
        List<MailAddress> to,
        List<MailAddress> cc,
        Instant date,
        Map<String, String> headers,
        String text,
        String newText,
        String signature,
        boolean htmlOnly,
        List<ForwardedMessage> forwarded,
        List<MailAttachment> attachments,
        List<String> problems,
        long rawSize) {

    public ParsedMail {
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        forwarded = forwarded == null ? List.of() : List.copyOf(forwarded);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        problems = problems == null ? List.of() : List.copyOf(problems);
        text = text == null ? "" : text;
        newText = newText == null ? "" : newText;
        signature = signature == null ? "" : signature;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The vendor's address: the original sender of a forwarded mail, else the sender. */
    public MailAddress vendor() {
        for (ForwardedMessage f : forwarded) {
            if (f.from() != null && f.from().email() != null) {
                return f.from();
            }
        }
        return from;
    }

    /**
     * The text to extract requirements from: what the sender wrote, then each forwarded message's
     * text (a recruiter's "FYI" above a forwarded vendor mail says little; the vendor mail says it all).
     */
    public String contentText() {
        List<String> parts = new ArrayList<>();
        if (!newText.isBlank()) {
            parts.add(newText.strip());
        }
        for (ForwardedMessage f : forwarded) {
            if (f.text() != null && !f.text().isBlank()) {
                parts.add(f.text().strip());
            }
        }
        return String.join("\n\n", parts);
    }

    /** The subject of the forwarded mail when this is a forward, else this mail's subject. */
    public String contentSubject() {
        for (ForwardedMessage f : forwarded) {
            if (f.subject() != null && !f.subject().isBlank()) {
                return f.subject();
            }
        }
        return subject;
    }
}
