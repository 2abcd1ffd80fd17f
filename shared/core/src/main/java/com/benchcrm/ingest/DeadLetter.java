package com.benchcrm.ingest;

import java.time.Instant;

/**
 * A message that could not be handled, for an operator: where its raw copy is (it is never
 * deleted), the stable reason code and what went wrong.
 *
 * @param reason {@code unknown-tenant}, {@code raw-message-missing}, {@code not-an-ingest-event},
 *               {@code processing-failed}
 */
public record DeadLetter(
        String reason, String detail, String blobKey, String recipient, String messageId, String traceId, Instant at) {}
