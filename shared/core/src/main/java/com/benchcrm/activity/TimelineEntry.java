package com.benchcrm.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a record's timeline: an activity ({@code type} {@code activity}: its kind, subject,
 * body, contact) or a change from the audit log ({@code type} {@code change}: its action such as
 * {@code consultant.updated}, {@code consultant.tagged}, {@code submission.status-changed}).
 *
 * @param at when it happened (an activity's occurredAt, a change's time)
 */
public record TimelineEntry(
        UUID id,
        String type,
        Instant at,
        String actorId,
        String action,
        ActivityKind kind,
        String subject,
        String body,
        UUID contactId) {

    static TimelineEntry of(Activity a) {
        return new TimelineEntry(
                a.id(), "activity", a.occurredAt(), a.actorId(), null, a.kind(), a.subject(), a.body(), a.contactId());
    }

    static TimelineEntry of(com.benchcrm.audit.AuditEntry e) {
        return new TimelineEntry(e.id(), "change", e.at(), e.actorId(), e.action(), null, null, null, null);
    }
}
