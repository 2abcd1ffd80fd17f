package com.benchcrm.marketing;

import java.time.Instant;
import java.util.UUID;

/**
 * A drafted outreach mail: a hot list to a distribution list ({@code HOT_LIST}), or a submission to
 * its vendor contact ({@code SUBMISSION}, ADR 0101). {@code DRAFT} until a person approves it; the
 * subject and bodies are frozen from then on, and they are exactly what every recipient receives
 * (above the per-recipient footer).
 *
 * @param rtrId          SUBMISSION only: the right to represent attached to the mail (its recorded document)
 * @param attachmentName SUBMISSION only: the attachment's file name, as the recruiter saw it on the draft
 * @param generatorNote  why an AI draft fell back to the template ({@code invalid-output: ...},
 *                       {@code daily-token-cap: ...}), or null
 * @param editedBy       who last edited the subject or text while it was a draft (ADR 0105), or null when never edited
 * @param editedAt       when, or null
 */
public record OutreachDraft(
        UUID id,
        Kind kind,
        UUID hotListId,
        UUID distributionListId,
        UUID submissionId,
        UUID contactId,
        String subject,
        String bodyText,
        String bodyHtml,
        Generator generator,
        Status status,
        String approvedBy,
        Instant approvedAt,
        String createdBy,
        long version,
        Instant createdAt,
        Instant updatedAt,
        UUID rtrId,
        String attachmentName,
        String generatorNote,
        String editedBy,
        Instant editedAt) {

    public enum Kind {
        HOT_LIST,
        SUBMISSION
    }

    /** Who wrote the text: the deterministic templates (the default) or Bedrock through the AI gateway. */
    public enum Generator {
        TEMPLATE,
        BEDROCK
    }

    public enum Status {
        DRAFT,
        APPROVED,
        DISCARDED
    }

    public OutreachDraft approved(String by, Instant at) {
        return new OutreachDraft(
                id,
                kind,
                hotListId,
                distributionListId,
                submissionId,
                contactId,
                subject,
                bodyText,
                bodyHtml,
                generator,
                Status.APPROVED,
                by,
                at,
                createdBy,
                version + 1,
                createdAt,
                at,
                rtrId,
                attachmentName,
                generatorNote,
                editedBy,
                editedAt);
    }

    /** This draft with a new subject and bodies, edited by {@code by} at {@code at}: the next version, still a draft. */
    public OutreachDraft edited(String newSubject, String newText, String newHtml, String by, Instant at) {
        return new OutreachDraft(
                id,
                kind,
                hotListId,
                distributionListId,
                submissionId,
                contactId,
                newSubject,
                newText,
                newHtml,
                generator,
                status,
                approvedBy,
                approvedAt,
                createdBy,
                version + 1,
                createdAt,
                at,
                rtrId,
                attachmentName,
                generatorNote,
                by,
                at);
    }
}
