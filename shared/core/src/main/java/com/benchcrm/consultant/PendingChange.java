package com.benchcrm.consultant;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A change to an existing consultant that arrived without a person behind it (a resume attached to
 * inbound mail): held until a recruiter approves or rejects it (issue 11 item 6, ADR 0056).
 *
 * @param proposed      the proposed values of {@code changedFields} ({@code title}, {@code location},
 *                      ...; {@code addedSkills}: skills the profile does not list), as JSON
 * @param baseVersion   the consultant's version when the change was proposed
 * @param source        {@code EMAIL}
 * @param sourceRef     the inbound message's blob key, when known
 */
public record PendingChange(UUID id, UUID consultantId, String source, String sourceRef, long baseVersion, JsonNode proposed,
                            List<String> changedFields, PendingChangeStatus status, String proposedBy, Instant createdAt,
                            String decidedBy, Instant decidedAt, String decisionReason) {

    public PendingChange {
        changedFields = List.copyOf(changedFields);
    }
}
