package com.benchcrm.consultant.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;

/**
 * One stored document of a consultant, as the API lists it ({@code blobKey} stays inside).
 *
 * @param source {@code IMPORT} (POST /v1/consultants/import), {@code MAIL} (a resume attached to mail) or {@code UPLOAD}
 */
public record ConsultantDocument(
        UUID id,
        UUID consultantId,
        String kind,
        String filename,
        String mediaType,
        long sizeBytes,
        String sha256,
        @JsonIgnore String blobKey,
        String source,
        UUID inboundMessageId,
        String createdBy,
        Instant createdAt) {}
