package com.benchcrm.function.httpapi.submission;

import com.benchcrm.common.Rate;
import com.benchcrm.submission.StatusChange;
import com.benchcrm.submission.Submission;
import com.benchcrm.submission.SubmissionDetails;
import com.benchcrm.submission.SubmissionStateMachine;
import com.benchcrm.submission.SubmissionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A submission as the API answers it ({@code Submission} in the OpenAPI document): in a list only
 * its own fields, read alone with its history, interviews, offers, placement and the requirement's
 * vendors ({@code SubmissionDetails}).
 */
public record SubmissionResponse(
        UUID id,
        UUID consultantId,
        UUID requirementId,
        UUID vendorCompanyId,
        String vendorName,
        UUID vendorContactId,
        UUID recommendationId,
        SubmissionStatus status,
        SubmissionStatus heldFrom,
        String statusReason,
        List<SubmissionStatus> allowedTransitions,
        Rate billRate,
        Rate payRate,
        MarginFigures margin,
        String notes,
        Double matchScore,
        Double successProbability,
        UUID rtrId,
        Overrides overrides,
        String createdBy,
        Stages stages,
        List<HistoryEntry> history,
        List<InterviewResponse> interviews,
        List<OfferResponse> offers,
        PlacementResponse placement,
        RequirementVendors requirementVendors,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** The margin of the offered rates (bill currency, per hour, with the tenant's W2 burden). */
    public record MarginFigures(String currency, BigDecimal hourly, BigDecimal percent) {}

    /** The reasons an Admin or Owner gave to go past a guard. */
    public record Overrides(String duplicateReason, String marginReason) {}

    /** When each stage was first reached. */
    public record Stages(
            Instant submittedAt,
            Instant clientSubmittedAt,
            Instant interviewingAt,
            Instant offeredAt,
            Instant placedAt,
            Instant closedAt,
            Instant statusChangedAt) {}

    /** One status change. */
    public record HistoryEntry(SubmissionStatus from, SubmissionStatus to, String reason, String actor, Instant at) {}

    /** Every vendor that sent the requirement; {@code multipleVendors} when more than one did. */
    public record RequirementVendors(int count, boolean multipleVendors, List<Vendor> vendors) {}

    /** One vendor source of the requirement: its company, the rate it offered, its chain depth (1: it works for the end client). */
    public record Vendor(
            String vendorKey,
            UUID vendorCompanyId,
            String vendorCompany,
            String vendorEmail,
            Rate rateOffered,
            Integer chainDepth,
            Instant receivedAt) {}

    static SubmissionResponse summary(Submission s) {
        return of(s, null, null);
    }

    static SubmissionResponse of(SubmissionDetails d) {
        return of(d.submission(), d.vendorName(), d);
    }

    private static SubmissionResponse of(Submission s, String vendorName, SubmissionDetails d) {
        MarginFigures margin = s.marginHourly() == null || s.billRate() == null
                ? null
                : new MarginFigures(s.billRate().currency(), s.marginHourly(), s.marginPercent());
        Overrides overrides = s.duplicateOverride() == null && s.marginOverride() == null
                ? null
                : new Overrides(s.duplicateOverride(), s.marginOverride());
        Submission.Stages st = s.stages();
        return new SubmissionResponse(
                s.id(),
                s.consultantId(),
                s.requirementId(),
                s.vendorCompanyId(),
                vendorName,
                s.vendorContactId(),
                s.recommendationId(),
                s.status(),
                s.heldFrom(),
                s.statusReason(),
                List.copyOf(SubmissionStateMachine.allowed(s.status(), s.heldFrom())),
                s.billRate(),
                s.payRate(),
                margin,
                s.notes(),
                s.matchScore(),
                s.successProbability(),
                s.rtrId(),
                overrides,
                s.createdBy(),
                new Stages(
                        st.submittedAt(),
                        st.clientSubmittedAt(),
                        st.interviewingAt(),
                        st.offeredAt(),
                        st.placedAt(),
                        st.closedAt(),
                        st.statusChangedAt()),
                d == null
                        ? null
                        : d.history().stream().map(SubmissionResponse::entry).toList(),
                d == null
                        ? null
                        : d.interviews().stream().map(InterviewResponse::of).toList(),
                d == null ? null : d.offers().stream().map(OfferResponse::of).toList(),
                d == null || d.placement() == null ? null : PlacementResponse.of(d.placement()),
                d == null
                        ? null
                        : new RequirementVendors(
                                d.requirementVendors().size(),
                                d.requirementVendors().size() > 1,
                                d.requirementVendors().stream()
                                        .map(v -> new Vendor(
                                                v.vendorKey(),
                                                v.vendorCompanyId(),
                                                v.vendorCompany(),
                                                v.vendorEmail(),
                                                v.rateOffered(),
                                                v.chainDepth(),
                                                v.receivedAt()))
                                        .toList()),
                s.version(),
                s.createdAt(),
                s.updatedAt());
    }

    private static HistoryEntry entry(StatusChange c) {
        return new HistoryEntry(c.from(), c.to(), c.reason(), c.actorId(), c.at());
    }
}
