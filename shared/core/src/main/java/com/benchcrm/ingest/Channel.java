package com.benchcrm.ingest;

/** How a message reached the product. */
public enum Channel {
    /** SES receipt rule: raw MIME stored in S3, the function invoked. */
    SES,
    /** The embedded stack's SMTP listener. */
    SMTP,
    /** {@code POST /v1/integrations/inbox/import}. */
    API,
    /** {@code ./benchcrm ingest <file.eml>}. */
    CLI
}
