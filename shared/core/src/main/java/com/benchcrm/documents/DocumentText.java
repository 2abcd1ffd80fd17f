package com.benchcrm.documents;

import com.benchcrm.mail.AttachmentKind;

/**
 * Port: the text of a document (a resume as PDF, DOCX, RTF or plain text). Adapter:
 * {@code shared/adapters/document-text} (Apache PDFBox; DOCX read as its XML).
 *
 * <pre>{@code
 * String text = documents.text(bytes, AttachmentKind.PDF);
 * }</pre>
 *
 * @throws UnreadableDocumentException when the bytes are not a readable document of that kind
 */
public interface DocumentText {

    /** No resume has more text than this (~500 pages); more is a {@link DocumentTooLargeException}. */
    int MAX_TEXT_CHARS = 1024 * 1024;

    /**
     * @throws DocumentTooLargeException over a reading limit (text, pages, memory, inflated bytes)
     */
    String text(byte[] bytes, AttachmentKind kind);

    /** The kind of a document from its first bytes ({@code %PDF}, a ZIP with word/document.xml, {@code {\rtf}), else TEXT. */
    static AttachmentKind sniff(byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            return AttachmentKind.PDF;
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return AttachmentKind.DOCX;
        }
        if (bytes.length >= 5
                && bytes[0] == '{'
                && bytes[1] == '\\'
                && bytes[2] == 'r'
                && bytes[3] == 't'
                && bytes[4] == 'f') {
            return AttachmentKind.RTF;
        }
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11) {
            return AttachmentKind.DOC;
        }
        return AttachmentKind.TEXT;
    }
}
