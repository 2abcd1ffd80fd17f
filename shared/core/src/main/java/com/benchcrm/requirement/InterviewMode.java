package com.benchcrm.requirement;

/** How the client interviews. */
public enum InterviewMode {
    PHONE,
    VIDEO,
    IN_PERSON
}
