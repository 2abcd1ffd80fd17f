package com.benchcrm.consultant;

/** Whether a consultant can be marketed. */
public enum AvailabilityStatus {
    AVAILABLE,
    ON_PROJECT,
    NOT_AVAILABLE
}
