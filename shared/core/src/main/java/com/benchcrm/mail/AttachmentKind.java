package com.benchcrm.mail;

import java.util.Locale;

/** What an attachment is, as far as ingest cares. */
public enum AttachmentKind {
    PDF,
    DOCX,
    DOC,
    RTF,
    TEXT,
    HTML,
    IMAGE,
    ARCHIVE,
    TNEF,
    CALENDAR,
    MESSAGE,
    OTHER;

    /** A resume can be read from these. */
    public boolean isDocument() {
        return this == PDF || this == DOCX || this == TEXT || this == RTF || this == DOC;
    }

    /** Classifies by media type first, then by file name extension. */
    public static AttachmentKind of(String mediaType, String filename) {
        String m = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        String f = filename == null ? "" : filename.toLowerCase(Locale.ROOT).trim();
        if (m.equals("application/ms-tnef") || m.equals("application/vnd.ms-tnef") || f.equals("winmail.dat")) {
            return TNEF;
        }
        if (m.equals("application/pdf") || f.endsWith(".pdf")) {
            return PDF;
        }
        if (m.equals("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                || f.endsWith(".docx")) {
            return DOCX;
        }
        if (m.equals("application/msword") || f.endsWith(".doc")) {
            return DOC;
        }
        if (m.equals("application/rtf") || m.equals("text/rtf") || f.endsWith(".rtf")) {
            return RTF;
        }
        if (m.equals("application/zip")
                || m.equals("application/x-zip-compressed")
                || m.equals("application/x-7z-compressed")
                || m.equals("application/x-rar-compressed")
                || m.equals("application/gzip")
                || f.endsWith(".zip")
                || f.endsWith(".7z")
                || f.endsWith(".rar")
                || f.endsWith(".gz")
                || f.endsWith(".tgz")) {
            return ARCHIVE;
        }
        if (m.startsWith("image/")) {
            return IMAGE;
        }
        if (m.equals("text/calendar") || f.endsWith(".ics")) {
            return CALENDAR;
        }
        if (m.startsWith("message/")) {
            return MESSAGE;
        }
        if (m.equals("text/html") || f.endsWith(".html") || f.endsWith(".htm")) {
            return HTML;
        }
        if (m.startsWith("text/") || f.endsWith(".txt")) {
            return TEXT;
        }
        return OTHER;
    }
}
