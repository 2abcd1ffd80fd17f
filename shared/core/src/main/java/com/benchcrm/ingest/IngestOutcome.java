package com.benchcrm.ingest;

/** What was done with a message. */
public enum IngestOutcome {
    /** New requirements (or consultants) were created. */
    IMPORTED,
    /** Every requirement of it was already there: its vendor was added as a source (or was one already). */
    MERGED,
    /** Kept and classified, nothing created (newsletter, auto-reply, reply, not a requirement). */
    FILED,
    /** Could not be read (empty, too large, unreadable); kept with the reason. */
    REJECTED
}
