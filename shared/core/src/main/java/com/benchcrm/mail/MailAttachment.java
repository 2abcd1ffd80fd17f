package com.benchcrm.mail;

/**
 * A file attached to a mail. The content is kept for documents (a resume feeds the consultant
 * path) up to the parser's limit; other kinds keep only their metadata (the raw message, which is
 * never deleted, still holds them).
 *
 * @param content the decoded bytes, or null when not kept
 * @param inline  shown in the body (signature logos), not an attachment the sender chose
 */
public record MailAttachment(
        String filename,
        String mediaType,
        long size,
        String sha256,
        AttachmentKind kind,
        byte[] content,
        boolean inline) {}
