package com.benchcrm.submission;

/** How an interview went; SCHEDULED until someone records it. */
public enum InterviewOutcome {
    SCHEDULED,
    PASSED,
    FAILED,
    NO_SHOW,
    CANCELLED
}
