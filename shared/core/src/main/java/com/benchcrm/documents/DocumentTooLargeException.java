package com.benchcrm.documents;

/**
 * A document over a reading limit: more pages, text, uncompressed bytes or archive entries than a
 * resume has (a "bomb": a small file that expands to gigabytes or burns minutes of CPU). An
 * {@link UnreadableDocumentException}, so every path that records an unreadable document records
 * this one too; the HTTP API answers it with 413.
 */
public final class DocumentTooLargeException extends UnreadableDocumentException {

    public DocumentTooLargeException(String message) {
        super(message);
    }
}
