package com.benchcrm.audit;

import java.time.Instant;
import java.util.UUID;

/** One audited mutation. Hashes are SHA-256 of the canonical JSON before and after; null when absent. */
public record AuditEntry(
        UUID id,
        Instant at,
        String actorId,
        String action,
        String entity,
        UUID entityId,
        String beforeHash,
        String afterHash,
        String traceId) {}
