package com.benchcrm.marketing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders hot list lines as a mail body, HTML and plain text, the same facts in both. Every value is
 * escaped ({@link Html#text}); nothing a consultant record holds is written raw. The footer with
 * the postal address and the unsubscribe link is the sender's ({@code OutboundMail}), per recipient.
 *
 * <pre>{@code
 * RenderedHotList r = HotListRenderer.render(hotList.id(), "Java bench", lines, 0);
 * }</pre>
 */
public final class HotListRenderer {

    private HotListRenderer() {}

    public static RenderedHotList render(
            java.util.UUID hotListId, String listName, List<HotListLine> lines, int excludedOptedOut) {
        String subject = "Hot list: " + oneLine(listName) + " (" + lines.size() + " consultant"
                + (lines.size() == 1 ? "" : "s") + " available)";
        StringBuilder html = new StringBuilder(256 + lines.size() * 400);
        StringBuilder text = new StringBuilder(128 + lines.size() * 200);
        html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(Html.text(subject))
                .append("</title></head><body>");
        html.append("<h1>").append(Html.text(listName)).append("</h1>");
        html.append("<p>Consultants available now. Reply with the reference code for a full profile.</p>");
        text.append(listName).append("\n\n");
        text.append("Consultants available now. Reply with the reference code for a full profile.\n\n");
        if (lines.isEmpty()) {
            html.append("<p>Nobody on this list is available at the moment.</p>");
            text.append("Nobody on this list is available at the moment.\n");
        } else {
            html.append("<table role=\"presentation\"><thead><tr>")
                    .append("<th>Ref</th><th>Title</th><th>Key skills</th><th>Work authorization</th>")
                    .append("<th>Location</th><th>Availability</th><th>Rate</th></tr></thead><tbody>");
            for (HotListLine l : lines) {
                html.append("<tr><td>")
                        .append(Html.text(l.referenceCode()))
                        .append("</td><td>")
                        .append(Html.text(l.title()))
                        .append("</td><td>")
                        .append(Html.text(skills(l)))
                        .append("</td><td>")
                        .append(Html.text(workAuthorization(l)))
                        .append("</td><td>")
                        .append(Html.text(location(l)))
                        .append("</td><td>")
                        .append(Html.text(l.availability()))
                        .append("</td><td>")
                        .append(Html.text(l.rate() == null ? "on request" : l.rate()))
                        .append("</td></tr>");
                List<String> parts = new ArrayList<>();
                parts.add(l.referenceCode());
                parts.add(l.title() == null ? "(no title)" : oneLine(l.title()));
                if (!l.skills().isEmpty()) {
                    parts.add(skills(l));
                }
                parts.add(workAuthorization(l));
                if (!location(l).isEmpty()) {
                    parts.add(location(l));
                }
                if (l.availability() != null) {
                    parts.add(l.availability());
                }
                parts.add(l.rate() == null ? "rate on request" : l.rate());
                text.append("- ").append(String.join(" | ", parts)).append('\n');
            }
            html.append("</tbody></table>");
        }
        html.append("</body></html>");
        return new RenderedHotList(hotListId, subject, html.toString(), text.toString(), lines, excludedOptedOut);
    }

    static String skills(HotListLine l) {
        return l.skills().stream()
                .map(s -> s.years() == null ? s.name() : s.name() + " (" + years(s.years()) + " y)")
                .collect(Collectors.joining(", "));
    }

    static String workAuthorization(HotListLine l) {
        return l.workAuthorization() == null
                ? "work authorization on request"
                : l.workAuthorization().name().replace('_', ' ');
    }

    static String location(HotListLine l) {
        String where = l.location() == null ? "" : l.location();
        String relocation = l.relocationText();
        if (relocation == null) {
            return where;
        }
        return where.isEmpty() ? relocation : where + ", " + relocation;
    }

    private static String years(BigDecimal y) {
        return y.stripTrailingZeros().toPlainString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\t]+", " ").trim();
    }
}
