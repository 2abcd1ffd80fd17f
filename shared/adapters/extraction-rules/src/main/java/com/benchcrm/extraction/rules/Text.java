package com.benchcrm.extraction.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans mail text into lines the rules can read: text that went through the wrong character set
 * repaired ({@link Mojibake}), one bullet style, no markdown emphasis, no zero-width or
 * non-breaking spaces, single spaces, and soft-wrapped lines (plain-text mail wraps at about 76
 * characters) joined again.
 */
final class Text {

    private static final Pattern BULLET = Pattern.compile(
            "^\\s*(?:[•·▪●◦■□➢➤►✓✔\\u2022\\u00b7\\uf0b7\\uf0a7\\uf0d8]|[-*](?=\\s)|v(?=\\s{2,})|Ø|§|o(?=\\s{2,})|\\.(?=\\s{2,}))\\s*");
    private static final Pattern EMPHASIS =
            Pattern.compile("(?<![\\w*])\\*{1,2}|\\*{1,2}(?![\\w*])|(?<=\\s)_{1,2}|_{1,2}(?=\\s|$)");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200b-\\u200d\\u2060\\ufeff\\u00ad]");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.:;!?)]\\s*$");
    private static final Pattern LABEL_LIKE = Pattern.compile("^[A-Za-z][A-Za-z /&()-]{0,40}:\\s");
    /** A line that starts with an address or a link stands on its own (a signature's "sam@example.com" line). */
    private static final Pattern ADDRESS_LINE =
            Pattern.compile("(?i)^([^\\s@]+@[^\\s@]+\\.[a-z]{2,}|www\\.|https?://)");

    private static final Pattern URL = Pattern.compile(
            "(?i)\\bhttps?://\\S+|\\bwww\\.\\S+|<mailto:[^>]*>|\\bmailto:\\S+|\\[image:[^]]*]|\\bcid:\\S+"
                    // a link written without its scheme: "linkedin.com/in/jane-doe", "indeed.com/r/Jane/1a2b" (not
                    // "ASP.NET/C#": .net is left out)
                    + "|\\b(?:[a-z0-9-]+\\.)+(?:com|org|io|in|me|co\\.uk)/\\S*");

    private Text() {}

    /** A cleaned line; {@code bullet} when it was a list item. */
    record Line(String text, boolean bullet) {}

    static List<Line> lines(String raw) {
        return unwrap(split(raw));
    }

    /** The cleaned lines as they are, soft wraps kept (a resume's lines are its layout, not wrapped prose). */
    static List<Line> layoutLines(String raw) {
        return split(raw);
    }

    private static List<Line> split(String raw) {
        String s = INVISIBLE.matcher(Mojibake.repair(raw == null ? "" : raw)).replaceAll("");
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        List<Line> out = new ArrayList<>();
        for (String l : s.split("\n", -1)) {
            boolean bullet = BULLET.matcher(l).find()
                    && !l.trim().startsWith("--")
                    && !l.trim().matches("[-*_=.]+");
            String t = bullet ? BULLET.matcher(l).replaceFirst("") : l;
            t = EMPHASIS.matcher(t).replaceAll("");
            t = t.replace("*", " ");
            t = SPACES.matcher(t).replaceAll(" ").trim();
            out.add(new Line(t, bullet));
        }
        return out;
    }

    /** The widest a mail client hard-wraps (a little over RFC 5322's 78 characters). */
    private static final int WRAP_WIDTH_MAX = 80;

    /** Joins a line with the next when the next one continues a sentence (starts in lower case). */
    private static List<Line> unwrap(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        int lastLength = 0; // the last line as written (a joined line is longer than any wrap width)
        for (Line l : lines) {
            int physical = lastLength;
            lastLength = l.text().length();
            if (!out.isEmpty()) {
                Line prev = out.get(out.size() - 1);
                String t = l.text();
                boolean lower = !t.isEmpty() && Character.isLowerCase(t.charAt(0));
                // a mail client wraps at 72-78 characters (RFC 5322 asks for 78 at most): a longer line was written
                // as one ("Must Have:" list of 100 characters) and the line after it is no continuation
                boolean nearWrapWidth = physical >= 55
                        && physical <= WRAP_WIDTH_MAX
                        && !prev.text().matches("^[A-Za-z][A-Za-z /&()-]{0,40}:.*")
                        && !completeList(prev.text());
                boolean table = t.contains(" | ") || prev.text().contains(" | ");
                boolean continues = !table
                        && !l.bullet()
                        && !t.isEmpty()
                        && !prev.text().isEmpty()
                        && !ENDS_SENTENCE.matcher(prev.text()).matches()
                        && !LABEL_LIKE.matcher(t).find()
                        && !ADDRESS_LINE.matcher(t).find()
                        && ((lower && prev.text().length() >= 30)
                                || (nearWrapWidth && Character.isLetterOrDigit(t.charAt(0))));
                if (continues) {
                    out.set(out.size() - 1, new Line(prev.text() + " " + t, prev.bullet()));
                    continue;
                }
            }
            out.add(l);
        }
        return out;
    }

    /**
     * A line that is a list of three or more short items and does not end as if it went on ("COBOL, JCL, DB2, CICS,
     * VSAM, Endevor"): a client wrapping a list inside it leaves the comma or "and" at the line's end, so a capitalised
     * line after a complete list starts something new.
     */
    private static boolean completeList(String text) {
        String[] items = text.split("\\s*,\\s*");
        return items.length >= 3
                && Arrays.stream(items).allMatch(i -> !i.isBlank() && i.trim().split("\\s+").length <= 4)
                && !text.matches("(?is).*(,|;|&|\\b(and|or|with|in|of))\\s*$");
    }

    /** The line without links, mailto addresses and image placeholders (skills inside URLs are not skills). */
    static String withoutUrls(String s) {
        return URL.matcher(s).replaceAll(" ");
    }

    static String squash(String s) {
        return s == null
                ? null
                : SPACES.matcher(s.replace('\n', ' ')).replaceAll(" ").trim();
    }

    /** Trims punctuation and brackets that are not part of a value. */
    static String trimValue(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        t = t.replaceAll("^[\\s:;,.\\-–—|/]+", "")
                .replaceAll("[\\s:;,\\-–—|/]+$", "")
                .trim();
        if (t.endsWith(".") && !t.endsWith("..") && !t.matches(".*\\b[A-Z]\\.$")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        return t;
    }
}
