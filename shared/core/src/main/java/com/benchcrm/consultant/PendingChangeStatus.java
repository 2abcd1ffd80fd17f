package com.benchcrm.consultant;

/** Where a pending consultant change stands. */
public enum PendingChangeStatus {
    PENDING, APPROVED, REJECTED
}
