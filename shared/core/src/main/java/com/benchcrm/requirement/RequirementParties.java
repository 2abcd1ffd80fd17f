package com.benchcrm.requirement;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The parties of a requirement as the vendor's mail names them: the vendor company and its
 * recruiter, and the firms between the vendor and the end client (the end client itself is the
 * requirement's {@code clientName}). Names as written, kept beside the {@link RequirementChain}
 * (the links to the tenant's companies and contacts made from them), so what the mail said stays
 * readable whether or not a company was filed for it.
 *
 * <pre>{@code
 * new RequirementParties("Crestline Solutions LLC", new RequirementParties.Contact("Rowan Placeford",
 *         "rowan@crestline.example.com", "555-010-4471"), "Helix IT Partners", null);
 * }</pre>
 *
 * @param vendorCompany         the vendor that sent the requirement
 * @param vendorContact         the vendor's recruiter
 * @param implementationPartner the firm between the vendor and the end client ("Implementation partner:")
 * @param primeVendor           a prime vendor or MSP of the chain
 */
public record RequirementParties(
        String vendorCompany, Contact vendorContact, String implementationPartner, String primeVendor) {

    /** A person to talk to at the vendor. */
    public record Contact(String name, String email, String phone) {

        @JsonIgnore
        public boolean isEmpty() {
            return blank(name) && blank(email) && blank(phone);
        }
    }

    public RequirementParties {
        vendorContact = vendorContact == null || vendorContact.isEmpty() ? null : vendorContact;
    }

    /** Nothing known: stored and returned as no parties at all. */
    @JsonIgnore
    public boolean isEmpty() {
        return blank(vendorCompany) && vendorContact == null && blank(implementationPartner) && blank(primeVendor);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
