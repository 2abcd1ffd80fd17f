package com.benchcrm.requirement;

/** Where the work happens. */
public enum WorkMode {
    ONSITE,
    HYBRID,
    REMOTE
}
