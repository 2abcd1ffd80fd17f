package com.benchcrm.ingest;

/**
 * What a message was, as classified on arrival. {@code SPAM}, {@code UNAUTHENTICATED} and
 * {@code VIRUS} are refused by their SES verdicts under the tenant's mail policy, never ingested.
 */
public enum MailKind {
    REQUIREMENT, RESUME, NOT_A_REQUIREMENT, NEWSLETTER, AUTO_REPLY, BOUNCE, REPLY, EMPTY, UNREADABLE, TOO_LARGE,
    SPAM, UNAUTHENTICATED, VIRUS
}
