package com.benchcrm.extraction.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the requirements of a mail are: one block, or several (a digest). A digest is recognized
 * by its shape, whatever its wording:
 *
 * <ul>
 *   <li>a table (HTML tables arrive as "cell | cell" lines): a header row naming a title column and
 *       other fields ("Job Title | Location | Duration | Skills"), then one row per requirement; or
 *       numbered rows without a header ("1) Java Developer | Dallas, TX | 12 months | Java, Spring");</li>
 *   <li>numbered title lines ("1. Data Engineer - Charlotte, NC", "Position #2: Scrum Master",
 *       "Requirement 1: Azure Architect") and short title headings followed by the fields of their
 *       requirement ("Tableau Developer (Baltimore, MD)" then "Duration: 6 months");</li>
 *   <li>repeated title labels ("Role: ..." ... "Role: ...").</li>
 * </ul>
 *
 * <p>What comes before the first requirement (the preamble: "All positions are C2C, no OPT/CPT")
 * and after the last one's block (the postamble: "Visa: USC, GC for every role") applies to every
 * requirement; a requirement's own lines apply to it alone, so nothing bleeds from one to the next.
 * The signature (from the closing phrase on) is never requirement text.
 *
 * <p>Headings and table cells become labels of their lines, like the mail's own "Label: value"
 * lines, so the rest of the extractor reads them the same way.
 */
final class Layout {

    /** [start, end) line ranges of one requirement each. */
    record Segment(int start, int end) {}

    /**
     * @param preambleEnd    lines before it apply to every requirement
     * @param postambleStart lines from it to {@code contentEnd} apply to every requirement
     * @param contentEnd     where the signature starts (the lines from there are the vendor's details)
     */
    record Result(
            List<Segment> segments, List<Labels.Label> labels, int preambleEnd, int postambleStart, int contentEnd) {}

    private static final Pattern CELL_SPLIT = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*(?:\\(?\\d{1,2}\\s*[).:]|#\\s*\\d{1,2}\\s*[:.)-]?|(?:position|requirement|req|role|job|opening|opportunity|vacancy)\\s*(?:#|no\\.?)?\\s*\\d{1,2}\\s*[:.)-]?)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING_SPLIT =
            Pattern.compile("\\s+[-–—|]\\s+|\\s*\\(|\\s*\\|\\s*|,\\s+(?=[A-Z][a-z]+,?\\s+[A-Z]{2}\\b)|\\s+@\\s+");
    private static final Pattern SENTENCE_WORD = Pattern.compile(
            "(?i)\\b(we|our|you|your|i|please|thanks|regards|is|are|will|with|who|that|looking|seeking|need|needs|hiring|share|send)\\b");
    private static final Pattern CONNECTOR = Pattern.compile("(?i)^(of|and|&|/|-|for|in|to)$");
    private static final Pattern CONSULTANT_LIST = Pattern.compile(
            "(?i)\\b(available consultants|consultants? (are )?available|available (immediately|for (new )?projects)|bench (list|consultants|sales list)|"
                    + "hot ?list of (our )?consultants|our (available )?consultants|consultants? on (our )?bench|candidates available)\\b");

    private Layout() {}

    static Result of(List<Text.Line> lines) {
        int contentEnd = Signatures.start(lines);
        List<Labels.Label> labels = new ArrayList<>(Labels.find(lines.subList(0, contentEnd)));
        Result table = table(lines, labels, contentEnd);
        if (table != null) {
            return table;
        }
        List<Integer> starts = new ArrayList<>();
        Set<String> titles = new LinkedHashSet<>();
        List<Labels.Label> synthetic = new ArrayList<>();
        for (int i = 0; i < contentEnd; i++) {
            Labels.Label titleLabel = labelAt(labels, i, Labels.Key.TITLE);
            if (titleLabel != null) {
                int start = numberedHeadingAbove(lines, i);
                if (!starts.isEmpty() && starts.get(starts.size() - 1) >= start) {
                    continue;
                }
                starts.add(start);
                titles.add(titleLabel.value().toLowerCase(Locale.ROOT));
                continue;
            }
            if (labelAt(labels, i, null) != null) {
                continue;
            }
            Heading h = heading(lines, labels, i, contentEnd);
            if (h == null) {
                continue;
            }
            // a heading and a title label just below it ("Requirement #2" / "Title: X") are one requirement
            Labels.Label below = nextTitleLabel(labels, i, Math.min(contentEnd, i + 3));
            if (below != null) {
                continue;
            }
            starts.add(i);
            titles.add(h.title().toLowerCase(Locale.ROOT));
            synthetic.addAll(h.labels());
        }
        if (starts.size() < 2 || titles.size() < 2) {
            return new Result(
                    List.of(new Segment(0, contentEnd)),
                    withSynthetic(labels, starts.size() == 1 ? synthetic : List.of()),
                    0,
                    contentEnd,
                    contentEnd);
        }
        labels = withSynthetic(labels, synthetic);
        List<Segment> segments = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : contentEnd;
            segments.add(new Segment(starts.get(k), end));
        }
        int post = postamble(lines, labels, segments, contentEnd);
        Segment last = segments.remove(segments.size() - 1);
        segments.add(new Segment(last.start(), post));
        return new Result(segments, labels, starts.get(0), post, contentEnd);
    }

    /** Whether the mail offers consultants (a bench hot list) rather than asking for them. */
    static boolean consultantList(String subject, List<Text.Line> lines) {
        if (subject != null && offersConsultants(subject)) {
            return true;
        }
        int n = 0;
        for (Text.Line l : lines) {
            if (++n > 15) {
                break;
            }
            if (offersConsultants(l.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A few words before a consultant-list phrase that make it the vendor's question rather than an offer: "let me
     * know if you have any consultant available", "do you have consultants available", "send your available
     * consultants".
     */
    private static final Pattern ASKS_FOR_CONSULTANTS = Pattern.compile(
            "(?i)\\b((if|whether|do|does)\\s+(you|u)\\s+(have|has|got)|your|any|share|send|submit)\\b(\\s+\\S+){0,3}\\s*$");

    /** A consultant-list phrase the sender offers ("our consultants", "hotlist of consultants available"). */
    private static boolean offersConsultants(String text) {
        Matcher m = CONSULTANT_LIST.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start());
            int sentence =
                    Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf("? "), before.lastIndexOf("! ")));
            if (m.group().regionMatches(true, 0, "our ", 0, 4)
                    || !ASKS_FOR_CONSULTANTS
                            .matcher(before.substring(sentence + 1))
                            .find()) {
                return true;
            }
        }
        return false;
    }

    // ----------------------------------------------------------------------------------- tables

    private static Result table(List<Text.Line> lines, List<Labels.Label> labels, int contentEnd) {
        for (int i = 0; i < contentEnd; i++) {
            List<String> header = cells(lines.get(i).text());
            if (header.size() < 3) {
                continue;
            }
            List<Labels.Key> keys = new ArrayList<>();
            int known = 0;
            boolean hasTitle = false;
            boolean names = false;
            for (String h : header) {
                Labels.Key k = Labels.keyOf(h.replaceAll("[:*]", "").trim());
                keys.add(k);
                if (k != null) {
                    known++;
                }
                hasTitle |= k == Labels.Key.TITLE;
                names |= h.toLowerCase(Locale.ROOT).matches("(consultant|candidate)?\\s*name|consultant|candidate");
            }
            if (known < 2 || !hasTitle || names) {
                continue;
            }
            List<Segment> rows = new ArrayList<>();
            List<Labels.Label> cellLabels = new ArrayList<>();
            int j = i + 1;
            for (; j < contentEnd; j++) {
                String t = lines.get(j).text();
                if (t.isBlank()) {
                    continue;
                }
                List<String> cells = cells(t);
                if (cells.size() < 2) {
                    break;
                }
                boolean any = false;
                for (int c = 0; c < cells.size() && c < keys.size(); c++) {
                    if (keys.get(c) != null && !cells.get(c).isBlank()) {
                        cellLabels.add(new Labels.Label(keys.get(c), header.get(c), cells.get(c), t, j));
                        any |= keys.get(c) == Labels.Key.TITLE;
                    }
                }
                if (any) {
                    rows.add(new Segment(j, j + 1));
                }
            }
            if (!rows.isEmpty()) {
                List<Labels.Label> all = withSynthetic(labels, cellLabels);
                return new Result(
                        rows,
                        all,
                        rows.get(0).start(),
                        rows.get(rows.size() - 1).end(),
                        contentEnd);
            }
        }
        // numbered rows without a header: "1) Title | place | length | skills"
        List<Segment> rows = new ArrayList<>();
        List<Labels.Label> cellLabels = new ArrayList<>();
        for (int i = 0; i < contentEnd; i++) {
            String t = lines.get(i).text();
            Matcher num = NUMBERED.matcher(t);
            if (!num.lookingAt()) {
                continue;
            }
            List<String> cells = cells(t.substring(num.end()));
            if (cells.size() < 3) {
                continue;
            }
            List<Labels.Label> row = Cells.classify(cells, t, i);
            if (row.stream().anyMatch(l -> l.key() == Labels.Key.TITLE)) {
                rows.add(new Segment(i, i + 1));
                cellLabels.addAll(row);
            }
        }
        if (rows.size() >= 2) {
            List<Segment> blocks = withContinuations(rows, lines, contentEnd);
            return new Result(
                    blocks,
                    withSynthetic(labels, cellLabels),
                    blocks.get(0).start(),
                    blocks.get(blocks.size() - 1).end(),
                    contentEnd);
        }
        return null;
    }

    /**
     * Numbered rows with the lines under each ("1) Java Developer | Dallas, TX | 12 months" then "Skills: Java,
     * Kafka"): a row owns the lines up to the next row or numbered line, the last one its lines up to the first blank
     * line, so a row's skills are its own and not every row's.
     */
    private static List<Segment> withContinuations(List<Segment> rows, List<Text.Line> lines, int contentEnd) {
        List<Segment> out = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            int end = rows.get(k).end();
            int limit = k + 1 < rows.size() ? rows.get(k + 1).start() : contentEnd;
            // up to the next row, but never into another numbered line (an item the rows did not take is no
            // continuation of this one); the last row up to the first blank line
            while (end < limit
                    && !NUMBERED.matcher(lines.get(end).text()).lookingAt()
                    && (k + 1 < rows.size() || !lines.get(end).text().isBlank())) {
                end++;
            }
            out.add(new Segment(rows.get(k).start(), end));
        }
        return out;
    }

    static List<String> cells(String line) {
        if (line.indexOf('|') < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String c : CELL_SPLIT.split(line.trim(), -1)) {
            out.add(c.trim());
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        while (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        return out;
    }

    // --------------------------------------------------------------------------------- headings

    /** A heading line: the title it names and the labels its other parts make (place, length). */
    record Heading(String title, List<Labels.Label> labels) {}

    /**
     * A numbered title line ("1. Data Engineer - Charlotte, NC", "Position #1: Scrum Master"), or a
     * short title line followed closely by field labels ("Tableau Developer (Baltimore, MD)").
     */
    static Heading heading(List<Text.Line> lines, List<Labels.Label> labels, int i, int end) {
        Text.Line line = lines.get(i);
        String t = line.text();
        if (t.isBlank() || t.length() > 110 || t.endsWith(":") || t.indexOf('@') >= 0) {
            return null;
        }
        Matcher num = NUMBERED.matcher(t);
        boolean numbered = num.lookingAt() && num.end() < t.length();
        String rest = numbered ? t.substring(num.end()) : t;
        rest = rest.replaceAll("^[*_\\s]+", "").replaceAll("[*_]+", "");
        String[] parts = HEADING_SPLIT.split(rest, 2);
        String title = titlePhrase(parts[0]);
        if (title == null) {
            return null;
        }
        if (!numbered && SENTENCE_WORD.matcher(rest).find()) {
            return null;
        }
        // a plain line is a heading only when fields of a requirement follow it at once; a bullet only when it
        // names a place beside the title ("• Java Developer - Phoenix, AZ (Hybrid)"), as a digest's items do and a
        // list of skills or duties does not ("• Java Developer (8+ years)" is experience, not an item)
        boolean bulletItem = !numbered && line.bullet();
        if (!numbered && !bulletItem && !fieldsFollow(labels, i, end)) {
            return null;
        }
        List<Labels.Label> out = new ArrayList<>();
        out.add(new Labels.Label(Labels.Key.TITLE, "heading", title, t, i));
        if (parts.length > 1) {
            String more = rest.substring(parts[0].length());
            for (String p : HEADING_SPLIT.split(more)) {
                String v = p.replaceAll("[()]", "").trim();
                if (v.isEmpty()) {
                    continue;
                }
                if (!Places.parse(v, t).isEmpty() || v.equalsIgnoreCase("remote")) {
                    out.add(new Labels.Label(Labels.Key.LOCATION, "heading", v, t, i));
                } else if (Fields.looksLikeDuration(v)) {
                    out.add(new Labels.Label(Labels.Key.DURATION, "heading", v, t, i));
                }
            }
        }
        if (bulletItem && out.stream().noneMatch(l -> l.key() == Labels.Key.LOCATION)) {
            return null;
        }
        return new Heading(title, out);
    }

    /** The title at the start of a heading ("Oracle EBS Functional Consultant"), or null when it is no title. */
    static String titlePhrase(String text) {
        String s = text.trim().replaceAll("[:.;,]+$", "").trim();
        if (s.isEmpty() || s.length() > 80) {
            return null;
        }
        String[] words = s.split("\\s+");
        if (words.length > 9) {
            return null;
        }
        // a trailing parenthesis is a note on the title ("Technical Architect (Manager C2)", "(Contract)"): the role
        // noun that ends the title is the last one before it
        String core = s.replaceFirst("\\s*\\([^()]*\\)$", "");
        Matcher role = Titles.ROLE.matcher(core);
        int lastRoleEnd = -1;
        while (role.find()) {
            lastRoleEnd = role.end();
        }
        if (lastRoleEnd < 0) {
            return null;
        }
        String tail = core.substring(lastRoleEnd).trim();
        if (!tail.isEmpty() && !tail.matches("(/\\s*[A-Za-z. ]{1,30}|[IVX]{1,3}|\\d|\\s*\\(.*\\))")) {
            return null;
        }
        if (!Character.isUpperCase(s.charAt(0))
                && !Character.isDigit(s.charAt(0))
                && s.charAt(0) != '.'
                && !s.startsWith("iOS")) {
            return null;
        }
        for (String w : words) {
            if (CONNECTOR.matcher(w).matches()) {
                continue;
            }
            char c = w.charAt(0);
            if (Character.isLowerCase(c) && !w.matches("(?i)(iOS|iPhone|eCommerce|e-commerce|jQuery|macOS)")) {
                return null;
            }
        }
        return s;
    }

    private static boolean fieldsFollow(List<Labels.Label> labels, int i, int end) {
        for (Labels.Label l : labels) {
            if (l.index() > i && l.index() <= Math.min(end - 1, i + 3)) {
                Labels.Key k = l.key();
                if (k == Labels.Key.LOCATION
                        || k == Labels.Key.DURATION
                        || k == Labels.Key.SKILLS
                        || k == Labels.Key.RATE
                        || k == Labels.Key.EXPERIENCE
                        || k == Labels.Key.VISA) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int numberedHeadingAbove(List<Text.Line> lines, int titleIndex) {
        int start = titleIndex;
        for (int k = titleIndex - 1; k >= Math.max(0, titleIndex - 2); k--) {
            String prev = lines.get(k).text();
            if (prev.isBlank()) {
                continue;
            }
            if (prev.matches(
                            "(?i)^\\W*(requirement|req|position|job|role|opening)\\s*(#|no\\.?)?\\s*\\d{1,2}\\s*[:.)-]?\\W*$")
                    || prev.matches("^\\s*\\(?\\d{1,2}[).]\\s*$")
                    || prev.matches("^[-=_*~]{5,}$")) {
                start = k;
            }
            break;
        }
        return start;
    }

    private static Labels.Label nextTitleLabel(List<Labels.Label> labels, int from, int to) {
        for (Labels.Label l : labels) {
            if (l.key() == Labels.Key.TITLE && l.index() > from && l.index() <= to) {
                return l;
            }
        }
        return null;
    }

    private static Labels.Label labelAt(List<Labels.Label> labels, int index, Labels.Key key) {
        for (Labels.Label l : labels) {
            if (l.index() == index && (key == null || l.key() == key)) {
                return l;
            }
        }
        return null;
    }

    /**
     * Where the last requirement's block ends: at a blank line after which comes prose, or a label
     * no other requirement of the digest has ("Visa: ..." after the last of three blocks that have
     * none applies to all three).
     */
    private static int postamble(
            List<Text.Line> lines, List<Labels.Label> labels, List<Segment> segments, int contentEnd) {
        Segment last = segments.get(segments.size() - 1);
        Set<Labels.Key> blockKeys = new LinkedHashSet<>();
        for (Segment s : segments.subList(0, segments.size() - 1)) {
            for (Labels.Label l : labels) {
                if (l.index() >= s.start() && l.index() < s.end()) {
                    blockKeys.add(l.key());
                }
            }
        }
        boolean afterBlank = false;
        for (int i = last.start() + 1; i < contentEnd; i++) {
            Text.Line l = lines.get(i);
            if (l.text().isBlank()) {
                afterBlank = true;
                continue;
            }
            if (!afterBlank) {
                continue;
            }
            afterBlank = false;
            Labels.Label label = labelAt(labels, i, null);
            if (label != null) {
                if (!blockKeys.contains(label.key())) {
                    return i;
                }
                continue;
            }
            if (!l.bullet()) {
                return i;
            }
        }
        return contentEnd;
    }

    private static List<Labels.Label> withSynthetic(List<Labels.Label> labels, List<Labels.Label> synthetic) {
        if (synthetic.isEmpty()) {
            return labels;
        }
        List<Labels.Label> all = new ArrayList<>();
        for (Labels.Label l : labels) {
            boolean replaced = synthetic.stream().anyMatch(s -> s.index() == l.index());
            if (!replaced) {
                all.add(l);
            }
        }
        all.addAll(synthetic);
        all.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return all;
    }
}
