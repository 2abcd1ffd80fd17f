package com.benchcrm.requirement;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Who sent a requirement, and in which message: the vendor provenance kept with it.
 *
 * @param vendorKey what makes two sources the same vendor: the vendor's address (or company) in lower case
 * @param locations the places this vendor's mail named ("TX|dallas", "PA")
 */
public record RequirementSource(String vendorKey, String vendorEmail, String vendorName, String vendorCompany, String vendorPhone,
                                UUID inboundMessageId, String messageId, String subject, List<String> locations, Instant receivedAt) {

    public RequirementSource {
        locations = locations == null ? List.of() : List.copyOf(locations);
        if (vendorKey == null || vendorKey.isBlank()) {
            vendorKey = vendorEmail != null ? vendorEmail : vendorCompany != null ? vendorCompany : "unknown";
        }
        vendorKey = vendorKey.trim().toLowerCase(Locale.ROOT);
    }
}
