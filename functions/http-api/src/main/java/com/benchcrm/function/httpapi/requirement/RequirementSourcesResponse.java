package com.benchcrm.function.httpapi.requirement;

import com.benchcrm.common.Rate;
import com.benchcrm.requirement.RequirementSource;
import com.benchcrm.requirement.Requirements;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /v1/requirements/{id}/sources}: every vendor mail that carried the requirement, in the
 * order received, with the company and contact each was filed under, the rate offered and the chain
 * the mail stated; {@code vendorCount} is how many vendors sent it.
 */
public record RequirementSourcesResponse(UUID requirementId, int vendorCount, List<Item> items) {

    /**
     * One vendor mail.
     *
     * @param vendorCompany as the mail named the firm; {@code vendorCompanyId} the company it was filed under
     * @param chainDepth    1 when the vendor works for the end client directly, +1 per firm the mail names between them
     */
    public record Item(
            UUID vendorCompanyId,
            String vendorCompany,
            UUID vendorContactId,
            String vendorName,
            String vendorEmail,
            String vendorPhone,
            Rate rateOffered,
            String implementationPartner,
            String primeVendor,
            String endClient,
            Integer chainDepth,
            String subject,
            String messageId,
            UUID inboundMessageId,
            List<String> locations,
            Instant receivedAt) {}

    static RequirementSourcesResponse of(Requirements.Provenance p) {
        List<Item> items =
                p.sources().stream().map(RequirementSourcesResponse::item).toList();
        return new RequirementSourcesResponse(p.requirement().id(), items.size(), items);
    }

    private static Item item(RequirementSource s) {
        return new Item(
                s.vendorCompanyId(),
                s.vendorCompany(),
                s.vendorContactId(),
                s.vendorName(),
                s.vendorEmail(),
                s.vendorPhone(),
                s.rateOffered(),
                s.implementationPartner(),
                s.primeVendor(),
                s.endClient(),
                s.chainDepth(),
                s.subject(),
                s.messageId(),
                s.inboundMessageId(),
                s.locations(),
                s.receivedAt());
    }
}
