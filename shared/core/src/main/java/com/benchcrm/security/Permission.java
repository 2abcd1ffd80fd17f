package com.benchcrm.security;

/** One action on one kind of resource. */
public enum Permission {
    CONSULTANT_READ,
    CONSULTANT_WRITE,
    REQUIREMENT_READ,
    REQUIREMENT_WRITE,
    AUDIT_READ,
    /** Create, list and delete partner webhooks and read their delivery logs. */
    WEBHOOK_MANAGE
}
