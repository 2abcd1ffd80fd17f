package com.benchcrm.marketing;

import java.time.Instant;
import java.util.UUID;

/**
 * One recipient of an approved draft: queued once (unique per draft and recipient), sent once, with
 * the Message-ID the mail carried (what a reply's In-Reply-To names) and where the sent mail is kept
 * ({@code location}: the .eml file locally, the SES message id in AWS).
 */
public record OutreachMessage(
        UUID id,
        UUID draftId,
        String recipient,
        UUID contactId,
        String messageId,
        Status status,
        String detail,
        Instant queuedAt,
        Instant sentAt,
        String location) {

    public enum Status {
        QUEUED,
        SENT,
        SUPPRESSED,
        FAILED
    }
}
