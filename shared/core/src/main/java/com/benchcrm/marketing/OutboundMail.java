package com.benchcrm.marketing;

import java.util.List;
import java.util.Map;

/**
 * One mail to one recipient, as the {@link MailSender} sends it: the envelope, the Message-ID, the
 * headers every marketing mail carries ({@code List-Unsubscribe}, {@code List-Unsubscribe-Post}) and
 * the bodies with the footer (postal address, unsubscribe link) already added, and any attachments.
 */
public record OutboundMail(
        String from,
        String fromName,
        String to,
        String subject,
        String text,
        String html,
        String messageId,
        Map<String, String> headers,
        List<Attachment> attachments) {

    public OutboundMail {
        headers = Map.copyOf(headers);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A mail without attachments (hot lists). */
    public OutboundMail(
            String from,
            String fromName,
            String to,
            String subject,
            String text,
            String html,
            String messageId,
            Map<String, String> headers) {
        this(from, fromName, to, subject, text, html, messageId, headers, List.of());
    }

    /**
     * A file sent with the mail (a submission's signed RTR, ADR 0101): the mail becomes
     * {@code multipart/mixed} with the bodies first and this part after them.
     *
     * @param contentType a MIME type with its parameters ({@code text/plain; charset=UTF-8})
     */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public Attachment {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Attachment a
                    && a.fileName.equals(fileName)
                    && a.contentType.equals(contentType)
                    && java.util.Arrays.equals(a.content, content);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(fileName, contentType, java.util.Arrays.hashCode(content));
        }

        @Override
        public String toString() {
            return "Attachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
        }
    }
}
