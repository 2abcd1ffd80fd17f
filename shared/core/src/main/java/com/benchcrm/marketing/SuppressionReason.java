package com.benchcrm.marketing;

/** Why an address is never mailed again. */
public enum SuppressionReason {
    UNSUBSCRIBED,
    BOUNCED,
    COMPLAINED,
    MANUAL
}
