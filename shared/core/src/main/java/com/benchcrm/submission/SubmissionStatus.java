package com.benchcrm.submission;

/**
 * Where a submission is in the pipeline. The happy path is DRAFT, SUBMITTED (sent to the vendor),
 * CLIENT_SUBMITTED (the vendor passed it on to the client), INTERVIEWING, OFFERED, PLACED; a
 * submission can instead end REJECTED or WITHDRAWN, or wait ON_HOLD and return to where it was.
 * {@link SubmissionStateMachine} says which moves are legal.
 */
public enum SubmissionStatus {
    DRAFT,
    SUBMITTED,
    CLIENT_SUBMITTED,
    INTERVIEWING,
    OFFERED,
    PLACED,
    REJECTED,
    WITHDRAWN,
    ON_HOLD;

    /** PLACED, REJECTED and WITHDRAWN: nothing follows them. */
    public boolean terminal() {
        return this == PLACED || this == REJECTED || this == WITHDRAWN;
    }

    /** Whether a submission in this status has been sent to a vendor (SUBMITTED or any later stage). */
    public boolean sent() {
        return this != DRAFT;
    }
}
