package com.benchcrm.submission;

/** How an interview is held. */
public enum InterviewMode {
    PHONE,
    VIDEO,
    ONSITE
}
