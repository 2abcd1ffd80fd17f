package com.benchcrm.security;

/** One action on one kind of resource. */
public enum Permission {
    CONSULTANT_READ,
    CONSULTANT_WRITE,
    REQUIREMENT_READ,
    REQUIREMENT_WRITE,
    AUDIT_READ
}
