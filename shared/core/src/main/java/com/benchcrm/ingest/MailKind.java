package com.benchcrm.ingest;

/** What a message was, as classified on arrival. */
public enum MailKind {
    REQUIREMENT, RESUME, NOT_A_REQUIREMENT, NEWSLETTER, AUTO_REPLY, BOUNCE, REPLY, EMPTY, UNREADABLE, TOO_LARGE
}
