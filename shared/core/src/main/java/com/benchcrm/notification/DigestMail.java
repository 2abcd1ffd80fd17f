package com.benchcrm.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A daily digest mail, plain text and HTML, rendered from a user's unread notifications.
 *
 * <pre>{@code
 * DigestMail mail = DigestMail.render(user, notifications, "https://crm.example.com", LocalDate.now());
 * }</pre>
 */
public record DigestMail(String to, String subject, String text, String html) {

    public static DigestMail render(
            NotificationRepository.DigestUser user, List<Notification> items, String consoleUrl, LocalDate day) {
        String base = consoleUrl.endsWith("/") ? consoleUrl.substring(0, consoleUrl.length() - 1) : consoleUrl;
        String subject =
                "BenchCRM: " + items.size() + (items.size() == 1 ? " notification" : " notifications") + " for " + day;
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        String greeting = user.name() == null || user.name().isBlank() ? "Hello," : "Hello " + user.name() + ",";
        text.append(greeting).append("\n\nWhat happened since yesterday:\n\n");
        html.append("<!doctype html><html><body style=\"font-family:sans-serif\"><p>")
                .append(escape(greeting))
                .append("</p><p>What happened since yesterday:</p><ul>");
        for (Notification n : items) {
            String link = base + n.link();
            text.append("- ").append(n.title());
            if (n.body() != null && !n.body().isBlank()) {
                text.append("\n  ").append(n.body());
            }
            text.append("\n  ").append(link).append("\n");
            html.append("<li><a href=\"")
                    .append(escape(link))
                    .append("\">")
                    .append(escape(n.title()))
                    .append("</a>");
            if (n.body() != null && !n.body().isBlank()) {
                html.append("<br>").append(escape(n.body()));
            }
            html.append(" <small>(")
                    .append(n.kind().name().replace('_', ' ').toLowerCase(Locale.ROOT))
                    .append(")</small></li>");
        }
        text.append("\nChange what you receive under Settings, Notifications: ")
                .append(base)
                .append("/settings#notifications\n");
        html.append("</ul><p><a href=\"")
                .append(escape(base + "/settings#notifications"))
                .append("\">Change what you receive</a></p></body></html>");
        return new DigestMail(user.email(), subject, text.toString(), html.toString());
    }

    /** HTML text and attribute escaping of the five significant characters. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
