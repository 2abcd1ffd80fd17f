package com.benchcrm.extraction;

/** How the client interviews. */
public enum InterviewMode {
    PHONE, VIDEO, IN_PERSON
}
