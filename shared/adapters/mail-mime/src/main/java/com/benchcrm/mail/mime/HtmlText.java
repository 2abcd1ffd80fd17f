package com.benchcrm.mail.mime;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML mail to readable text: block elements on their own lines, list items as bullets, table
 * cells separated by " | ", links as their text, quoted replies ({@code blockquote}) prefixed with
 * {@code "> "} so the same reply stripping applies to HTML-only mail. Scripts, styles and the head
 * are dropped.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "header",
            "footer",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "table",
            "tr",
            "pre",
            "address",
            "center",
            "dl",
            "dt",
            "dd",
            "hr",
            "form",
            "fieldset");
    private static final Set<String> SKIPPED =
            Set.of("script", "style", "head", "title", "noscript", "template", "svg", "object", "iframe");

    private HtmlText() {}

    static String toText(String html) {
        Document doc = Jsoup.parse(html);
        StringBuilder out = new StringBuilder();
        walk(doc.body() == null ? doc : doc.body(), out, 0);
        return tidy(out.toString());
    }

    private static void walk(Node node, StringBuilder out, int quoteDepth) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                String s = t.getWholeText().replace('\u00a0', ' ').replaceAll("[\\r\\n\\t ]+", " ");
                append(out, s, quoteDepth);
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    newline(out, quoteDepth);
                    continue;
                }
                if (tag.equals("blockquote")) {
                    newline(out, quoteDepth);
                    walk(e, out, quoteDepth + 1);
                    newline(out, quoteDepth);
                    continue;
                }
                if (tag.equals("li")) {
                    newline(out, quoteDepth);
                    append(out, "• ", quoteDepth);
                    walk(e, out, quoteDepth);
                    newline(out, quoteDepth);
                    continue;
                }
                if (tag.equals("td") || tag.equals("th")) {
                    walk(e, out, quoteDepth);
                    append(out, " | ", quoteDepth);
                    continue;
                }
                if (tag.equals("img")) {
                    String alt = e.attr("alt");
                    if (!alt.isBlank() && !alt.startsWith("cid:")) {
                        append(out, alt, quoteDepth);
                    }
                    continue;
                }
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    newline(out, quoteDepth);
                }
                walk(e, out, quoteDepth);
                if (block) {
                    newline(out, quoteDepth);
                }
            }
        }
    }

    private static void append(StringBuilder out, String s, int quoteDepth) {
        if (s.isEmpty()) {
            return;
        }
        if (atLineStart(out)) {
            s = s.stripLeading();
            if (s.isEmpty()) {
                return;
            }
            out.append("> ".repeat(quoteDepth));
        }
        out.append(s);
    }

    private static void newline(StringBuilder out, int quoteDepth) {
        out.append('\n');
    }

    private static boolean atLineStart(StringBuilder out) {
        return out.isEmpty() || out.charAt(out.length() - 1) == '\n';
    }

    /** The line without trailing spaces, tabs and empty table cells ("a | b | | "). Linear: no regex on untrusted lines. */
    private static String withoutTrailingCells(String line) {
        int end = line.length();
        while (end > 0) {
            char c = line.charAt(end - 1);
            if (c != ' ' && c != '\t' && c != '|' && c != '\u00a0' && c != '\r') {
                break;
            }
            end--;
        }
        return line.substring(0, end);
    }

    /** Trims trailing spaces and " | " of each line and collapses runs of blank lines. */
    static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : text.split("\n", -1)) {
            String l = withoutTrailingCells(line);
            if (l.isBlank() || l.matches("(>\\s*)+")) {
                blank++;
                if (blank > 1) {
                    continue;
                }
                out.append('\n');
                continue;
            }
            blank = 0;
            out.append(l).append('\n');
        }
        return out.toString().strip();
    }
}
