package com.benchcrm.submission;

import java.time.Instant;
import java.util.List;

/**
 * A submission with everything a board shows about it: its history, interviews, offers, the
 * placement, the vendor's name, and every vendor that sent the requirement (when several did, the
 * recruiter picks one: the shortest chain, the best rate).
 */
public record SubmissionDetails(
        Submission submission,
        String vendorName,
        List<StatusChange> history,
        List<Interview> interviews,
        List<Offer> offers,
        Placement placement,
        List<VendorOption> requirementVendors) {

    public SubmissionDetails {
        history = List.copyOf(history);
        interviews = List.copyOf(interviews);
        offers = List.copyOf(offers);
        requirementVendors = List.copyOf(requirementVendors);
    }

    /**
     * One vendor that sent the requirement, as its provenance keeps it: the company (linked when
     * known), the rate it offered and how many firms stand between it and the end client.
     */
    public record VendorOption(
            String vendorKey,
            java.util.UUID vendorCompanyId,
            String vendorCompany,
            String vendorEmail,
            com.benchcrm.common.Rate rateOffered,
            Integer chainDepth,
            Instant receivedAt) {}
}
