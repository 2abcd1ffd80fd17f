package com.benchcrm.mail.mime;

import com.benchcrm.mail.ForwardedMessage;
import com.benchcrm.mail.MailAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text-level mail handling, independent of MIME: where a reply's quoted original starts, where the
 * signature starts, mailing-list footers, and forwarded messages quoted inline.
 *
 * <pre>{@code
 * String reply = MailTexts.stripReply("Hello\n\nOn Mon, Apr 2, 2012 at 6:26 PM, Megan <m@x.com> wrote:\n> Hi");  // "Hello"
 * MailTexts.Split s = MailTexts.splitSignature("Role: Java Dev\n--\nThanks & Regards\nAvery");  // body, signature
 * }</pre>
 */
public final class MailTexts {

    private static final Pattern WROTE = Pattern.compile(
            "(?iU).*\\b(wrote|writes|schrieb|a écrit|escribió|scrisse|написал|napisał|skrev|schreef)\\s*:?\\s*$");
    private static final Pattern ON_START =
            Pattern.compile("(?i)^\\s*(on|am|le|el|il|em|op|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})\\b.*");
    private static final Pattern ORIGINAL = Pattern.compile("(?i)^\\s*-{2,}\\s*original message\\s*-{2,}\\s*$");
    private static final Pattern UNDERSCORES = Pattern.compile("^\\s*_{10,}\\s*$");
    private static final Pattern HEADER_FROM = Pattern.compile("(?i)^\\s*\\*?from\\s*:\\*?\\s*(.+)$");
    private static final Pattern HEADER_SENT = Pattern.compile("(?i)^\\s*\\*?(sent|date)\\s*:\\*?\\s*.+$");
    private static final Pattern HEADER_LINE =
            Pattern.compile("(?i)^\\s*\\*?(from|to|cc|bcc|date|sent|subject|reply-to)\\s*:\\*?\\s*(.*)$");
    private static final Pattern FORWARD_MARKER = Pattern.compile(
            "(?i)^\\s*(-{3,}\\s*forwarded message\\s*-{3,}|begin forwarded message\\s*:|-{3,}\\s*forwarded by .*-{3,}"
                    + "|-{3,}\\s*weitergeleitete nachricht\\s*-{3,}|-{3,}\\s*message transféré\\s*-{3,})\\s*$");
    private static final Pattern SIG_DASHES = Pattern.compile("^\\s*--\\s*$");
    private static final Pattern SENT_FROM = Pattern.compile(
            "(?i)^\\s*(sent from my |sent from (mail|outlook|yahoo|samsung)|get outlook for |sent with sparrow|sent via ).*$");
    private static final Pattern CLOSING = Pattern.compile(
            "(?i)^\\s*[*_]*\\s*(thanks\\s*(&|and)\\s*regards|thanks\\s*&\\s*rgds|best\\s+regards|warm\\s+regards|kind\\s+regards"
                    + "|regards|thanks|thank\\s+you|sincerely|cheers|best|respectfully)\\s*[.,!:]*\\s*[.,]*[*_]*\\s*$");
    private static final Pattern LIST_FOOTER = Pattern.compile(
            "(?i)^\\s*(you received this (message|email) because you are subscribed|to unsubscribe from this group"
                    + "|to post to this group|visit this group at|this message was sent to .* mailing list"
                    + "|_{5,}\\s*$|unsubscribe\\s*:|--\\s*you received this)");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]{1,64}+@[A-Za-z0-9.-]{1,253}(?<=\\.[A-Za-z]{2,63})");

    private MailTexts() {}

    /**
     * What the sender wrote: the text above the first reply marker ("On ... wrote:", "-----Original
     * Message-----", an Outlook header block, a run of {@code >} lines). When the quote comes first
     * (bottom posting), the quote is removed and the rest kept. Signatures are kept.
     */
    public static String stripReply(String text) {
        List<String> lines = lines(text);
        int marker = replyMarker(lines, 0);
        if (marker < 0) {
            return removeQuotedLines(lines).strip();
        }
        String above = join(lines.subList(0, marker)).strip();
        if (!above.isEmpty()) {
            return above;
        }
        // bottom posting: skip the marker and the quoted lines, keep what follows
        int i = skipMarker(lines, marker);
        while (i < lines.size() && (lines.get(i).startsWith(">") || lines.get(i).isBlank())) {
            i++;
        }
        return stripReply(join(lines.subList(i, lines.size())));
    }

    /** The body and the signature block (from "-- ", "Thanks &amp; Regards", "Sent from my iPhone"...). */
    public record Split(String body, String signature) {}

    public static Split splitSignature(String text) {
        List<String> lines = lines(stripListFooter(text));
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            String l = lines.get(i);
            if (SIG_DASHES.matcher(l).matches() || SENT_FROM.matcher(l).matches()) {
                return new Split(
                        join(lines.subList(0, i)).strip(),
                        join(lines.subList(i, n)).strip());
            }
        }
        // a closing phrase in the last part of the mail starts the signature (vendor signatures with
        // logos, social links and disclaimers run long: look at the last 40% or 40 lines)
        int from = Math.max(1, Math.min(n - 15, n - Math.max(40, n * 2 / 5)));
        from = Math.max(from, Math.min(3, n - 1));
        for (int i = from; i < n; i++) {
            if (CLOSING.matcher(lines.get(i)).matches()) {
                return new Split(
                        join(lines.subList(0, i)).strip(),
                        join(lines.subList(i, n)).strip());
            }
        }
        return new Split(text.strip(), "");
    }

    /**
     * The note above a forward and its sign-off: a forwarder's note is a line or two ("Please see below and send
     * candidates today. Thanks, Dana"), so its closing counts wherever it stands, and what follows it is the
     * forwarder's signature, not part of the vendor's mail (read after the note, a "Thanks," would otherwise start
     * the signature of everything forwarded).
     */
    public static Split splitNoteSignature(String note) {
        List<String> lines = lines(note);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (SIG_DASHES.matcher(l).matches()
                    || SENT_FROM.matcher(l).matches()
                    || CLOSING.matcher(l).matches()) {
                return new Split(
                        join(lines.subList(0, i)).strip(),
                        join(lines.subList(i, lines.size())).strip());
            }
        }
        return new Split(note.strip(), "");
    }

    /** The text without a mailing-list footer ("You received this message because you are subscribed..."). */
    public static String stripListFooter(String text) {
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            if (LIST_FOOTER.matcher(lines.get(i)).find() && !lines.get(i).matches("^\\s*_{5,}\\s*$")) {
                int cut = i;
                while (cut > 0
                        && (lines.get(cut - 1).isBlank()
                                || SIG_DASHES.matcher(lines.get(cut - 1)).matches())) {
                    cut--;
                }
                return join(lines.subList(0, cut)).strip();
            }
        }
        return text;
    }

    /** The text before an inline forward, and the forwarded messages (nested forwards in order). */
    public record Forwards(String note, List<ForwardedMessage> messages) {}

    /**
     * Finds inline forwards: "---------- Forwarded message ---------", "Begin forwarded message:",
     * and, when {@code subjectSaysForward} (Fwd:/FW:), an "-----Original Message-----" or Outlook
     * header block. The header block after the marker (From, Date, Subject, To) becomes the
     * forwarded message's metadata.
     */
    public static Forwards findForwards(String text, boolean subjectSaysForward) {
        List<String> lines = lines(text);
        int marker = forwardMarker(lines, 0, subjectSaysForward);
        if (marker < 0) {
            return new Forwards(text, List.of());
        }
        String note = join(lines.subList(0, marker)).strip();
        List<ForwardedMessage> out = new ArrayList<>();
        int start = marker;
        while (start >= 0 && start < lines.size()) {
            int i = start;
            if (FORWARD_MARKER.matcher(lines.get(i)).matches()
                    || ORIGINAL.matcher(lines.get(i)).matches()
                    || UNDERSCORES.matcher(lines.get(i)).matches()) {
                i++;
            }
            while (i < lines.size() && lines.get(i).isBlank()) {
                i++;
            }
            MailAddress from = null;
            String subject = null;
            String date = null;
            while (i < lines.size()) {
                Matcher h = HEADER_LINE.matcher(lines.get(i));
                if (!h.matches()) {
                    break;
                }
                String key = h.group(1).toLowerCase(java.util.Locale.ROOT);
                StringBuilder value = new StringBuilder(h.group(2).trim());
                // folded header values continue on lines that are not headers and not blank
                while (i + 1 < lines.size()
                        && !lines.get(i + 1).isBlank()
                        && !HEADER_LINE.matcher(lines.get(i + 1)).matches()
                        && key.matches("to|cc")
                        && lines.get(i + 1).contains("@")) {
                    value.append(' ').append(lines.get(++i).trim());
                }
                switch (key) {
                    case "from" -> from = address(value.toString());
                    case "subject" ->
                        subject = value.toString().replace("*", "").trim();
                    case "date", "sent" -> date = value.toString();
                    default -> {
                        // to, cc: not needed
                    }
                }
                i++;
            }
            int next = forwardMarker(lines, i, true);
            int end = next < 0 ? lines.size() : next;
            String body = join(lines.subList(Math.min(i, end), end)).strip();
            out.add(new ForwardedMessage(from, subject, date, stripListFooter(body)));
            start = next;
        }
        return new Forwards(note, out);
    }

    /** Parses "Name &lt;a@b.c&gt;", "a@b.c" or "Name [mailto:a@b.c]". */
    static MailAddress address(String raw) {
        String value = raw.length() > 2000 ? raw.substring(0, 2000) : raw;
        Matcher m = EMAIL.matcher(value);
        if (value.indexOf('@') < 0 || !m.find()) {
            return new MailAddress(clean(value), null);
        }
        String email = m.group();
        String name =
                value.substring(0, m.start()).replaceAll("[<\\[\"]|mailto:", "").trim();
        if (name.isEmpty()) {
            name = null;
        }
        return new MailAddress(name == null ? null : clean(name), email);
    }

    private static String clean(String s) {
        String c = s.replaceAll("[*\"<>\\[\\]]", "").trim();
        return c.isEmpty() ? null : c;
    }

    private static int forwardMarker(List<String> lines, int from, boolean subjectSaysForward) {
        for (int i = from; i < lines.size(); i++) {
            String l = lines.get(i);
            if (FORWARD_MARKER.matcher(l).matches()) {
                return i;
            }
            if (subjectSaysForward
                    && (ORIGINAL.matcher(l).matches()
                            || (UNDERSCORES.matcher(l).matches()
                                    && i + 1 < lines.size()
                                    && HEADER_FROM.matcher(lines.get(i + 1)).matches()))) {
                return i;
            }
            if (subjectSaysForward && isOutlookHeaderBlock(lines, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int replyMarker(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String l = lines.get(i);
            if (ORIGINAL.matcher(l).matches() || FORWARD_MARKER.matcher(l).matches()) {
                return i;
            }
            if (UNDERSCORES.matcher(l).matches()
                    && i + 1 < lines.size()
                    && HEADER_FROM.matcher(lines.get(i + 1)).matches()) {
                return i;
            }
            if (isOutlookHeaderBlock(lines, i)) {
                return i;
            }
            if (ON_START.matcher(l).matches() || l.startsWith(">")) {
                String joined = l.startsWith(">") ? l.replaceFirst("^>+\\s*", "") : l;
                if (WROTE.matcher(joined).matches()) {
                    return i;
                }
                // "On Mon, Apr 2, 2012 at 6:26 PM, Megan One <" + next line "megan@x.com> wrote:"
                if (!l.startsWith(">")
                        && i + 1 < lines.size()
                        && WROTE.matcher(l + " " + lines.get(i + 1)).matches()
                        && l.length() < 200) {
                    return i;
                }
            }
            if (l.startsWith(">") && quoteRunLength(lines, i) >= 1 && i > 0 && restIsQuotedOrBlank(lines, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int skipMarker(List<String> lines, int marker) {
        String l = lines.get(marker);
        if (!WROTE.matcher(l).matches()
                && marker + 1 < lines.size()
                && WROTE.matcher(l + " " + lines.get(marker + 1)).matches()) {
            return marker + 2;
        }
        return marker + 1;
    }

    private static boolean isOutlookHeaderBlock(List<String> lines, int i) {
        if (!HEADER_FROM.matcher(lines.get(i)).matches()) {
            return false;
        }
        for (int j = i + 1; j < Math.min(lines.size(), i + 5); j++) {
            if (HEADER_SENT.matcher(lines.get(j)).matches()) {
                return true;
            }
        }
        return false;
    }

    private static int quoteRunLength(List<String> lines, int i) {
        int n = 0;
        while (i + n < lines.size() && lines.get(i + n).startsWith(">")) {
            n++;
        }
        return n;
    }

    private static boolean restIsQuotedOrBlank(List<String> lines, int i) {
        for (int j = i; j < lines.size(); j++) {
            String l = lines.get(j);
            if (!l.isBlank() && !l.startsWith(">") && !SENT_FROM.matcher(l).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String removeQuotedLines(List<String> lines) {
        List<String> kept = new ArrayList<>();
        for (String l : lines) {
            if (!l.startsWith(">")) {
                kept.add(l);
            }
        }
        return join(kept);
    }

    static List<String> lines(String text) {
        return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    static String join(List<String> lines) {
        return String.join("\n", lines);
    }
}
