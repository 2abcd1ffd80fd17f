package com.benchcrm.requirement;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;

/**
 * Who stands between the tenant and the work, where known: the vendor company and contact that sent
 * the requirement, then the implementation partner, the prime vendor (or MSP) and the end client.
 * Every id names a company (the contact: a contact) of the same tenant.
 *
 * <pre>
 * tenant -> vendor (vendorCompanyId, vendorContactId) -> implementation partner -> prime vendor -> end client
 * </pre>
 */
public record RequirementChain(
        UUID vendorCompanyId,
        UUID vendorContactId,
        UUID implementationPartnerId,
        UUID primeVendorId,
        UUID endClientId) {

    public static final RequirementChain EMPTY = new RequirementChain(null, null, null, null, null);

    @JsonIgnore
    public boolean isEmpty() {
        return vendorCompanyId == null
                && vendorContactId == null
                && implementationPartnerId == null
                && primeVendorId == null
                && endClientId == null;
    }

    /** This chain with the gaps filled from {@code other} (what a later mail or an earlier link adds). */
    public RequirementChain orElse(RequirementChain other) {
        if (other == null) {
            return this;
        }
        return new RequirementChain(
                vendorCompanyId != null ? vendorCompanyId : other.vendorCompanyId,
                vendorContactId != null ? vendorContactId : other.vendorContactId,
                implementationPartnerId != null ? implementationPartnerId : other.implementationPartnerId,
                primeVendorId != null ? primeVendorId : other.primeVendorId,
                endClientId != null ? endClientId : other.endClientId);
    }

    /** Null for an empty chain, so a requirement without links has no {@code chain} field. */
    static RequirementChain orNull(RequirementChain chain) {
        return chain == null || chain.isEmpty() ? null : chain;
    }
}
