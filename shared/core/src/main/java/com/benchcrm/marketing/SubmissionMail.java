package com.benchcrm.marketing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The mail that submits a consultant to the vendor (ADR 0101): the facts it is written from, the
 * deterministic template (the default), and the check an AI-written body must pass (ADR 0102).
 * Unlike a hot list it names the consultant: the vendor needs the name to submit them, and the
 * attached RTR names them already. It never carries the consultant's e-mail or phone.
 *
 * <pre>{@code
 * SubmissionMail.Rendered m = SubmissionMail.template(facts);
 * Optional<String> problem = SubmissionMail.problemWith(aiBody);
 * }</pre>
 */
public final class SubmissionMail {

    /** The one placeholder an AI body may (and should) use where the consultant's name goes. */
    public static final String NAME_PLACEHOLDER = "{{consultant}}";

    /** The longest AI body accepted, in characters. */
    public static final int MAX_BODY_CHARS = 4_000;

    /** Brackets or braces left in a body: {@code [Your Name]}, {@code {{rate}}}, {@code <Vendor>}, {@code XXX}. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{[^}]*}}|\\{[A-Za-z_ ]{1,40}}|\\[[A-Za-z][A-Za-z _'/-]{0,40}]|<[A-Za-z][A-Za-z _]{0,40}>|\\bX{3,}\\b|TODO|TBD");

    private SubmissionMail() {}

    /**
     * What the mail says. {@code consultantName} goes into the mail but never into an AI prompt
     * ({@link #promptFacts}).
     *
     * @param rate           the submitted bill rate as written ("85 USD/hour C2C"), or null when the submission has none
     * @param vendorReference the vendor's own reference of the requirement, or null
     * @param attachmentName the attached RTR's file name
     */
    public record Facts(
            String consultantName,
            String title,
            List<HotListLine.SkillYears> skills,
            String workAuthorization,
            String location,
            String availability,
            String rate,
            String requirementTitle,
            String vendorReference,
            String contactName,
            String attachmentName,
            String senderName) {

        public Facts {
            skills = skills == null ? List.of() : List.copyOf(skills);
        }
    }

    /** A subject and the two bodies. */
    public record Rendered(String subject, String text, String html) {}

    /** The deterministic mail: a greeting, one line per fact, the attachment named, the sender. */
    public static Rendered template(Facts f) {
        String body = greeting(f) + "\n\nPlease find below my submission of " + oneLine(f.consultantName())
                + " for " + requirement(f) + ". The signed right to represent is attached.\n\n"
                + String.join("\n", factLines(f)) + "\n\nPlease confirm receipt and let me know the next steps."
                + "\n\nBest regards,\n" + oneLine(f.senderName());
        return assemble(f, body);
    }

    /** The mail with an AI-written body (already checked by {@link #problemWith}), the name put in. */
    public static Rendered withBody(Facts f, String aiBody) {
        return assemble(f, aiBody.strip().replace(NAME_PLACEHOLDER, oneLine(f.consultantName())));
    }

    /**
     * The facts an AI may write from: everything of {@link Facts} except the consultant's name (the
     * model writes {@value #NAME_PLACEHOLDER}), the attachment's file name (it usually carries the
     * name) and anything that reaches the consultant.
     */
    public static String promptFacts(Facts f) {
        List<String> lines = new ArrayList<>();
        lines.add("Vendor contact: " + orDash(f.contactName()));
        lines.add("Requirement: " + requirement(f));
        lines.addAll(
                factLines(f).stream().filter(l -> !l.startsWith("Consultant:")).toList());
        // Not the file name: it usually carries the consultant's name ("RTR Avery.pdf").
        lines.add("Attachment: the consultant's signed right to represent");
        lines.add("Sender: " + orDash(f.senderName()));
        return String.join("\n", lines);
    }

    /** Why an AI body cannot be used (empty, too long, a placeholder left), or empty when it can. */
    public static java.util.Optional<String> problemWith(String body) {
        if (body == null || body.isBlank()) {
            return java.util.Optional.of("the model wrote nothing");
        }
        if (body.length() > MAX_BODY_CHARS) {
            return java.util.Optional.of("the body has " + body.length() + " characters, more than " + MAX_BODY_CHARS);
        }
        var m = PLACEHOLDER.matcher(body.replace(NAME_PLACEHOLDER, ""));
        if (m.find()) {
            return java.util.Optional.of("an unresolved placeholder is left: " + m.group());
        }
        return java.util.Optional.empty();
    }

    /** The placeholders in {@code text} ({@code {{consultant}}} included), in order. */
    static List<String> placeholdersIn(String text) {
        List<String> found = new ArrayList<>();
        var m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Rendered assemble(Facts f, String body) {
        String subject = "Submission: " + oneLine(f.consultantName()) + " for " + requirement(f);
        if (subject.length() > 300) {
            subject = subject.substring(0, 297) + "...";
        }
        String text = body + "\n\nAttached: " + f.attachmentName() + " (signed right to represent)\n";
        StringBuilder html = new StringBuilder(512 + body.length() * 2);
        html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(Html.text(subject))
                .append("</title></head><body>");
        for (String paragraph : body.split("\\n\\s*\\n")) {
            html.append("<p>")
                    .append(Html.text(paragraph.strip()).replace("\n", "<br>"))
                    .append("</p>");
        }
        html.append("<p>Attached: ")
                .append(Html.text(f.attachmentName()))
                .append(" (signed right to represent)</p></body></html>");
        return new Rendered(subject, text, html.toString());
    }

    private static List<String> factLines(Facts f) {
        List<String> lines = new ArrayList<>();
        lines.add("Consultant: " + oneLine(f.consultantName()));
        lines.add("Title: " + orDash(f.title()));
        if (!f.skills().isEmpty()) {
            lines.add("Key skills: "
                    + HotListRenderer.skills(
                            new HotListLine(null, null, null, f.skills(), null, null, null, null, null, null)));
        }
        lines.add("Work authorization: " + orDash(f.workAuthorization()));
        lines.add("Location: " + orDash(f.location()));
        lines.add("Availability: " + orDash(f.availability()));
        lines.add("Rate: " + (f.rate() == null ? "as discussed" : f.rate()));
        return lines;
    }

    private static String greeting(Facts f) {
        String name = oneLine(f.contactName());
        if (name.isEmpty()) {
            return "Hello,";
        }
        return "Hello " + name.split(" ")[0] + ",";
    }

    private static String requirement(Facts f) {
        String title = f.requirementTitle() == null ? "your requirement" : oneLine(f.requirementTitle());
        return f.vendorReference() == null || f.vendorReference().isBlank()
                ? title
                : title + " (your ref. " + oneLine(f.vendorReference()) + ")";
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : oneLine(s);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\t]+", " ").trim();
    }
}
