/**
 * The outreach sender function ({@code outreachSender}) on the {@code outreach} SQS queue: each
 * message names one queued recipient of an approved draft ({@link com.benchcrm.marketing.OutreachSendRequest}),
 * sent by {@link com.benchcrm.marketing.OutreachSender} at most once per (draft, recipient) (ADR 0093,
 * ADR 0095). {@link com.benchcrm.function.outreachsender.OutreachSenderComponents} builds everything from
 * {@link com.benchcrm.function.outreachsender.OutreachSenderConfig}; the handler only translates.
 */
@NullMarked
package com.benchcrm.function.outreachsender;

import org.jspecify.annotations.NullMarked;
