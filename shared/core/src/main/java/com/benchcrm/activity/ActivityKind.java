package com.benchcrm.activity;

/** What was logged. */
public enum ActivityKind {
    NOTE,
    CALL,
    EMAIL,
    MEETING
}
