package com.benchcrm.tenancy;

/** Whether a tenant may use the product: {@code SUSPENDED} keeps its data and refuses its requests. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED
}
