package com.benchcrm.company;

/**
 * The roles a firm plays in bench sales; one company may play several. The chain of a requirement
 * runs vendor -> implementation partner -> prime vendor (or MSP) -> end client.
 */
public enum CompanyKind {
    /** Mails requirements and takes submissions (the firm the tenant works through). */
    VENDOR,
    /** The systems integrator between the vendors and the end client. */
    IMPLEMENTATION_PARTNER,
    /** The prime vendor or managed-service provider (MSP) holding the client's contract. */
    PRIME_VENDOR,
    /** The company the work is for. */
    END_CLIENT
}
