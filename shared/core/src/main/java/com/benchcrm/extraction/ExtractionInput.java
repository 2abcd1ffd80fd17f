package com.benchcrm.extraction;

import com.benchcrm.mail.MailAddress;
import com.benchcrm.mail.ParsedMail;

/**
 * The text to extract from. For a mail: subject, body (what the vendor wrote, forwards included),
 * signature and sender; for pasted text only {@code body}.
 */
public record ExtractionInput(String subject, String body, String signature, MailAddress sender) {

    public ExtractionInput {
        body = body == null ? "" : body;
        signature = signature == null ? "" : signature;
    }

    public static ExtractionInput ofText(String text) {
        return new ExtractionInput(null, text, null, null);
    }

    /** The mail's content: a forwarded vendor mail's subject, text and sender when it is a forward. */
    public static ExtractionInput ofMail(ParsedMail mail) {
        String signature = mail.forwarded().isEmpty() ? mail.signature() : "";
        return new ExtractionInput(mail.contentSubject(), mail.contentText(), signature, mail.vendor());
    }

    /** Everything an extractor reads, for the provenance check of AI output. */
    public String allText() {
        return (subject == null ? "" : subject + "\n") + body + "\n" + signature;
    }
}
