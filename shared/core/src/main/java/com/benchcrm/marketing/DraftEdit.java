package com.benchcrm.marketing;

import com.benchcrm.common.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recruiter's edit of a draft before approval (ADR 0105, {@code PATCH /v1/outreach/drafts/{id}}):
 * a new subject, a new plain text, or both (null leaves that part as it is). The plain text is what the
 * recruiter writes; when it changes, the HTML body is made again from it (each blank-line paragraph a
 * {@code <p>}, line breaks kept, everything escaped): a hot list's table does not survive an edit of its
 * text. A subject-only edit keeps the HTML (its {@code <title>} follows the subject). The footer (sender,
 * postal address, one-click unsubscribe) is not part of the draft: it is added to every recipient's copy
 * at sending, so no edit can remove it. Nothing is filled in at sending either: a placeholder the edit
 * brings in ({@code {{consultant}}}, {@code [Your Name]}, {@code TBD}) is refused, as for an AI-written body
 * (one the generated text already had, such as a consultant's availability "TBD", is left alone).
 *
 * <pre>{@code
 * DraftEdit.Text t = new DraftEdit("Re: Java lead", null).applyTo(draft);
 * }</pre>
 */
public record DraftEdit(String subject, String bodyText) {

    /** The longest subject, in characters. */
    public static final int MAX_SUBJECT_CHARS = 200;

    /** The longest text, in characters: room for a hot list of 500 consultants (about 75,000). */
    public static final int MAX_BODY_CHARS = 100_000;

    private static final Pattern TITLE = Pattern.compile("<title>.*?</title>", Pattern.DOTALL);

    /** The draft's parts after the edit, and which of them changed. */
    public record Text(String subject, String bodyText, String bodyHtml, List<String> changed) {

        public Text {
            changed = List.copyOf(changed);
        }
    }

    /**
     * Checks the edit and applies it to {@code draft}'s text.
     *
     * @throws ValidationException naming {@code /subject} or {@code /bodyText}, or the body when neither is given
     */
    public Text applyTo(OutreachDraft draft) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (subject == null && bodyText == null) {
            errors.add(new ValidationException.FieldError("", "give subject, bodyText or both"));
        }
        String newSubject = draft.subject();
        if (subject != null) {
            String s = subject.strip();
            if (s.isEmpty()) {
                errors.add(new ValidationException.FieldError("/subject", "must not be blank"));
            } else if (s.length() > MAX_SUBJECT_CHARS) {
                errors.add(new ValidationException.FieldError(
                        "/subject", "has " + s.length() + " characters, more than " + MAX_SUBJECT_CHARS));
            } else if (s.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                errors.add(new ValidationException.FieldError(
                        "/subject", "must be one line (no line breaks or control characters)"));
            } else {
                newSubject = s;
            }
        }
        String newText = draft.bodyText();
        if (bodyText != null) {
            String t = bodyText.replace("\r\n", "\n").replace('\r', '\n').strip();
            if (t.isEmpty()) {
                errors.add(new ValidationException.FieldError("/bodyText", "must not be blank"));
            } else if (t.length() > MAX_BODY_CHARS) {
                errors.add(new ValidationException.FieldError(
                        "/bodyText", "has " + t.length() + " characters, more than " + MAX_BODY_CHARS));
            } else if (!t.equals(draft.bodyText().strip())) {
                List<String> before = SubmissionMail.placeholdersIn(draft.bodyText());
                var placeholder = SubmissionMail.placeholdersIn(t).stream()
                        .filter(p -> !before.contains(p))
                        .findFirst();
                if (placeholder.isPresent()) {
                    errors.add(new ValidationException.FieldError(
                            "/bodyText",
                            "an unresolved placeholder is left: " + placeholder.get()
                                    + " (nothing is filled in at sending: write the text as it goes out)"));
                } else {
                    newText = t + "\n";
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<String> changed = new ArrayList<>();
        if (!newSubject.equals(draft.subject())) {
            changed.add("subject");
        }
        String newHtml = draft.bodyHtml();
        if (!newText.equals(draft.bodyText())) {
            changed.add("bodyText");
            newHtml = html(newSubject, newText);
        } else if (changed.contains("subject")) {
            newHtml = TITLE.matcher(newHtml).replaceFirst(Matcher.quoteReplacement(title(newSubject)));
        }
        return new Text(newSubject, newText, newHtml, changed);
    }

    /** The HTML body made from a plain text: a {@code <p>} per blank-line paragraph, line breaks as {@code <br>}. */
    static String html(String subject, String text) {
        StringBuilder html = new StringBuilder(128 + text.length() * 2);
        html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\">")
                .append(title(subject))
                .append("</head><body>");
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            html.append("<p>")
                    .append(Html.text(paragraph.strip()).replace("\n", "<br>"))
                    .append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String title(String subject) {
        return "<title>" + Html.text(subject) + "</title>";
    }
}
