package com.benchcrm.tenancy;

/**
 * What a tenant's ingest does with the verdicts SES puts on a received message (the tenants file's
 * {@code mail}). A virus {@code FAIL} is always refused and the raw message quarantined; the others
 * are configurable. A refused message is recorded (kind {@code SPAM} or {@code UNAUTHENTICATED},
 * outcome {@code REJECTED}, with the verdicts as the reason), never ingested.
 *
 * <pre>{@code
 * "mail": { "rejectSpam": true, "rejectDmarcFail": true, "rejectSpfAndDkimFail": false }
 * }</pre>
 *
 * @param rejectSpam           spam verdict FAIL: not ingested
 * @param rejectDmarcFail      DMARC verdict FAIL: not ingested
 * @param rejectSpfAndDkimFail SPF and DKIM both FAIL (a forged sender without DMARC): not ingested
 */
public record MailPolicy(boolean rejectSpam, boolean rejectDmarcFail, boolean rejectSpfAndDkimFail) {

    public static final MailPolicy DEFAULTS = new MailPolicy(true, true, false);
}
