package com.benchcrm.extraction.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of a table row without a header ("Java Developer | Dallas, TX | 12 months | Java,
 * Spring"), each made the label of the field it holds: the first a title, then places, lengths,
 * rates, work authorization, and skill lists.
 */
final class Cells {

    private static final Pattern LABELLED = Pattern.compile("^([A-Za-z][A-Za-z /&()-]{1,30}?)\\s*[:=-]\\s*(.+)$");
    private static final Pattern RATE = Pattern.compile("(?i)\\$\\s*\\d|\\b\\d+\\s*(/|per\\s+)(hr|hour)\\b|\\bDOE\\b");

    private Cells() {}

    static List<Labels.Label> classify(List<String> cells, String line, int index) {
        List<Labels.Label> out = new ArrayList<>();
        String first = cells.get(0).replaceAll("[*_]", "").trim();
        String title = Layout.titlePhrase(first);
        if (title == null
                && Titles.ROLE.matcher(first).find()
                && first.split("\\s+").length <= 12
                && !first.contains(":")) {
            title = first; // a cell is a title field: written as the posting wrote it ("iSeries AS-400 Admin")
        }
        if (title == null) {
            return out;
        }
        out.add(new Labels.Label(Labels.Key.TITLE, "cell", title, line, index));
        for (String cell : cells.subList(1, cells.size())) {
            String c = cell.trim();
            if (c.isEmpty()) {
                continue;
            }
            Matcher m = LABELLED.matcher(c);
            if (m.matches()) {
                Labels.Key key = Labels.keyOf(m.group(1));
                if (key != null) {
                    out.add(new Labels.Label(key, m.group(1), m.group(2).trim(), line, index));
                    continue;
                }
            }
            String lower = c.toLowerCase(Locale.ROOT);
            if (lower.matches("(100%\\s*)?remote.*|onsite|on-site|hybrid")
                    || (!Places.parse(c, line).isEmpty() && c.split(",").length <= 3 && !c.contains("$"))) {
                out.add(new Labels.Label(Labels.Key.LOCATION, "cell", c, line, index));
            } else if (Fields.looksLikeDuration(c)) {
                out.add(new Labels.Label(Labels.Key.DURATION, "cell", c, line, index));
            } else if (RATE.matcher(c).find()) {
                out.add(new Labels.Label(Labels.Key.RATE, "cell", c, line, index));
            } else if (Visas.mentions(c) && c.split("[,/]").length <= 8 && !c.matches(".*\\b(Java|Python|SQL)\\b.*")) {
                out.add(new Labels.Label(Labels.Key.VISA, "cell", c, line, index));
            } else {
                out.add(new Labels.Label(Labels.Key.SKILLS, "cell", c, line, index));
            }
        }
        return out;
    }
}
