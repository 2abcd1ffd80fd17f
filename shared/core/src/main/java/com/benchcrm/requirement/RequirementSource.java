package com.benchcrm.requirement;

import com.benchcrm.common.Rate;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Who sent a requirement, and in which message: the vendor provenance kept with it.
 *
 * @param vendorKey              what makes two sources the same vendor: the vendor's address (or company) in lower case
 * @param locations              the places this vendor's mail named ("TX|dallas", "PA")
 * @param vendorCompanyId        the company the vendor was filed under (null: not known)
 * @param vendorContactId        the contact the sender was filed under
 * @param rateOffered            the rate this vendor's mail offered
 * @param implementationPartner  the chain as this mail stated it (names), and its {@link ChainDepth depth}
 */
public record RequirementSource(
        String vendorKey,
        String vendorEmail,
        String vendorName,
        String vendorCompany,
        String vendorPhone,
        UUID inboundMessageId,
        String messageId,
        String subject,
        List<String> locations,
        Instant receivedAt,
        UUID vendorCompanyId,
        UUID vendorContactId,
        Rate rateOffered,
        String implementationPartner,
        String primeVendor,
        String endClient,
        Integer chainDepth) {

    public RequirementSource {
        locations = locations == null ? List.of() : List.copyOf(locations);
        if (vendorKey == null || vendorKey.isBlank()) {
            vendorKey = vendorEmail != null ? vendorEmail : vendorCompany != null ? vendorCompany : "unknown";
        }
        vendorKey = vendorKey.trim().toLowerCase(Locale.ROOT);
    }

    /** A source without company links, rate or chain (what the mail header alone tells). */
    public RequirementSource(
            String vendorKey,
            String vendorEmail,
            String vendorName,
            String vendorCompany,
            String vendorPhone,
            UUID inboundMessageId,
            String messageId,
            String subject,
            List<String> locations,
            Instant receivedAt) {
        this(
                vendorKey,
                vendorEmail,
                vendorName,
                vendorCompany,
                vendorPhone,
                inboundMessageId,
                messageId,
                subject,
                locations,
                receivedAt,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** This source filed under a company and contact. */
    public RequirementSource linkedTo(UUID companyId, UUID contactId) {
        return new RequirementSource(
                vendorKey,
                vendorEmail,
                vendorName,
                vendorCompany,
                vendorPhone,
                inboundMessageId,
                messageId,
                subject,
                locations,
                receivedAt,
                companyId,
                contactId,
                rateOffered,
                implementationPartner,
                primeVendor,
                endClient,
                chainDepth);
    }

    /** This source with the rate offered and the chain the mail stated. */
    public RequirementSource withOffer(Rate rate, String implementationPartner, String primeVendor, String endClient) {
        return new RequirementSource(
                vendorKey,
                vendorEmail,
                vendorName,
                vendorCompany,
                vendorPhone,
                inboundMessageId,
                messageId,
                subject,
                locations,
                receivedAt,
                vendorCompanyId,
                vendorContactId,
                rate,
                implementationPartner,
                primeVendor,
                endClient,
                ChainDepth.of(implementationPartner, primeVendor));
    }
}
