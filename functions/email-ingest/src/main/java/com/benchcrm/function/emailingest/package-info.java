/**
 * The e-mail ingest function: SES receipt events (raw MIME already in S3) and S3 object-created
 * events in, {@link com.benchcrm.ingest.MailDelivery} per message, results out. The embedded
 * stack runs the same function for its SMTP listener and {@code ./benchcrm ingest}.
 */
@NullMarked
package com.benchcrm.function.emailingest;

import org.jspecify.annotations.NullMarked;
