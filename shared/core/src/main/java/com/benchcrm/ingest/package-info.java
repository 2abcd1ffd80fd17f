/**
 * Inbound mail: {@link com.benchcrm.ingest.InboxIngest} turns one raw message of a tenant into
 * deduplicated requirements with vendor provenance, consultants from attached resumes, or a filed
 * message with the reason; {@link com.benchcrm.ingest.ResumeImport} turns a resume into a
 * consultant. Ports: {@link com.benchcrm.ingest.DeadLetters} for what cannot be handled at all.
 */
@NullMarked
package com.benchcrm.ingest;

import org.jspecify.annotations.NullMarked;
