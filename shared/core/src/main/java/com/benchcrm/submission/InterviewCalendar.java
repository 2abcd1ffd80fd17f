package com.benchcrm.submission;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An interview as an iCalendar file (RFC 5545), for {@code GET /v1/interviews/{id}.ics}. No
 * maintained iCalendar library resolves from the Maven mirror here, so the text is written by hand,
 * with the rules that matter spelled out and tested: CRLF line ends, lines folded at 75 octets
 * (never inside a UTF-8 sequence), TEXT values escaped ({@code \\ ; , } and newlines), times in UTC
 * (no VTIMEZONE needed; the zone it was scheduled in is named in the description), a stable UID and
 * the interview's version as SEQUENCE, so a rescheduled interview updates the same calendar entry,
 * and a cancelled one is {@code STATUS:CANCELLED}.
 *
 * <pre>{@code
 * String ics = InterviewCalendar.render(entry, Instant.now());
 * }</pre>
 */
public final class InterviewCalendar {

    /** The media type of the file. */
    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    /** The interview and the names its calendar entry shows. */
    public record Entry(
            Interview interview,
            String consultantName,
            String requirementTitle,
            String clientName,
            String vendorName) {}

    private InterviewCalendar() {}

    public static String render(Entry e, Instant now) {
        Interview i = e.interview();
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//BenchCRM//Interviews//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + i.id() + "@benchcrm.dev");
        lines.add("DTSTAMP:" + UTC.format(now));
        lines.add("DTSTART:" + UTC.format(i.startsAt()));
        lines.add("DTEND:" + UTC.format(i.startsAt().plusSeconds(60L * i.durationMinutes())));
        lines.add("SEQUENCE:" + (i.version() - 1));
        lines.add("SUMMARY:"
                + text("Interview round " + i.round() + ": " + e.consultantName() + " for " + e.requirementTitle()
                        + (e.clientName() == null ? "" : " at " + e.clientName())));
        StringBuilder description = new StringBuilder();
        description.append("Mode: ").append(i.mode().name().toLowerCase(java.util.Locale.ROOT));
        description
                .append("\nScheduled for ")
                .append(i.localStart())
                .append(" ")
                .append(i.timeZone());
        if (i.interviewer() != null) {
            description.append("\nInterviewer: ").append(i.interviewer());
        }
        if (e.vendorName() != null) {
            description.append("\nVendor: ").append(e.vendorName());
        }
        description.append("\nOutcome: ").append(i.outcome().name());
        lines.add("DESCRIPTION:" + text(description.toString()));
        if (i.location() != null) {
            lines.add("LOCATION:" + text(i.location()));
        }
        lines.add("STATUS:" + (i.outcome() == InterviewOutcome.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(fold(line)).append("\r\n");
        }
        return out.toString();
    }

    /** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, and line breaks as \n. */
    static String text(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case ';' -> sb.append("\\;");
                case ',' -> sb.append("\\,");
                case '\n' -> sb.append("\\n");
                case '\r' -> {
                    if (k + 1 >= value.length() || value.charAt(k + 1) != '\n') {
                        sb.append("\\n");
                    }
                }
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Folds a content line so no line is longer than 75 octets (RFC 5545 3.1), continuing with a space. */
    static String fold(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_OCTETS) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int k = 0; k < line.length(); ) {
            int cp = line.codePointAt(k);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(cp);
            octets += size;
            k += Character.charCount(cp);
        }
        return out.toString();
    }
}
