package com.benchcrm.webhook;

/** Where a delivery stands: being tried, delivered, or dead-lettered after its retries. */
public enum DeliveryStatus {
    PENDING,
    SUCCEEDED,
    FAILED
}
