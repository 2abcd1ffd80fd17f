package com.benchcrm.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * One logged activity, as stored and as the API returns it.
 *
 * @param entity     the kind of record it is about ({@code consultant}, {@code requirement}, {@code company}, {@code submission})
 * @param contactId  the contact it was with (a call with a vendor's recruiter), if any
 * @param occurredAt when it happened (a call logged afterwards); {@code createdAt} when it was logged
 */
public record Activity(
        UUID id,
        String entity,
        UUID entityId,
        ActivityKind kind,
        String subject,
        String body,
        UUID contactId,
        Instant occurredAt,
        String actorId,
        Instant createdAt) {}
