/**
 * The e-mail ingest function ({@code functions/email-ingest}, issue 3) that every tenant's SES
 * receipt rule invokes after storing the raw mail, and its dead-letter queue
 * ({@link com.benchcrm.infra.ingest.IngestStack}).
 */
@NullMarked
package com.benchcrm.infra.ingest;

import org.jspecify.annotations.NullMarked;
