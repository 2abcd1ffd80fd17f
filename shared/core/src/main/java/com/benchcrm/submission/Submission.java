package com.benchcrm.submission;

import com.benchcrm.common.Rate;
import com.benchcrm.lifecycle.Versioned;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A consultant put forward for a requirement through a vendor, as stored.
 *
 * @param recommendationId the recommendation it was created from, if any (what calibration joins outcomes on)
 * @param heldFrom         ON_HOLD only: the status it returns to
 * @param statusReason     why it was last rejected, withdrawn or put on hold
 * @param billRate         what the vendor pays the firm for the consultant (no employment type)
 * @param payRate          what the firm pays the consultant; its employment type decides the W2 burden
 * @param marginHourly     the margin of the two rates per hour (bill currency), null until both are known
 * @param marginPercent    gross margin in percent of the bill rate, null until both rates are known
 * @param rtrId            the RTR that covered the move to SUBMITTED
 * @param duplicateOverride the reason an Admin or Owner gave to submit despite an earlier submission
 * @param marginOverride   the reason an Admin or Owner gave to submit below the margin floor
 * @param createdBy        the recruiter (user id) who created it: the KPIs' {@code groupBy=recruiter}
 */
public record Submission(
        UUID id,
        UUID consultantId,
        UUID requirementId,
        UUID vendorCompanyId,
        UUID vendorContactId,
        UUID recommendationId,
        SubmissionStatus status,
        SubmissionStatus heldFrom,
        String statusReason,
        Rate billRate,
        Rate payRate,
        String notes,
        Double matchScore,
        Double successProbability,
        BigDecimal marginHourly,
        BigDecimal marginPercent,
        UUID rtrId,
        String duplicateOverride,
        String marginOverride,
        String createdBy,
        Stages stages,
        long version,
        Instant createdAt,
        Instant updatedAt)
        implements Versioned {

    public Submission {
        stages = stages == null ? Stages.NONE : stages;
    }

    /**
     * When each stage was first reached; {@code closedAt} is when it was rejected or withdrawn,
     * {@code statusChangedAt} its latest status change.
     */
    public record Stages(
            Instant submittedAt,
            Instant clientSubmittedAt,
            Instant interviewingAt,
            Instant offeredAt,
            Instant placedAt,
            Instant closedAt,
            Instant statusChangedAt) {

        public static final Stages NONE = new Stages(null, null, null, null, null, null, null);

        /** These stages after a move to {@code to} at {@code at}: the first time a stage is reached counts. */
        public Stages reached(SubmissionStatus to, Instant at) {
            return new Stages(
                    to == SubmissionStatus.SUBMITTED && submittedAt == null ? at : submittedAt,
                    to == SubmissionStatus.CLIENT_SUBMITTED && clientSubmittedAt == null ? at : clientSubmittedAt,
                    to == SubmissionStatus.INTERVIEWING && interviewingAt == null ? at : interviewingAt,
                    to == SubmissionStatus.OFFERED && offeredAt == null ? at : offeredAt,
                    to == SubmissionStatus.PLACED && placedAt == null ? at : placedAt,
                    (to == SubmissionStatus.REJECTED || to == SubmissionStatus.WITHDRAWN) ? at : closedAt,
                    at);
        }
    }

    /** A copy in {@code status} (held from {@code heldFrom} when ON_HOLD), one version later. */
    Submission moved(SubmissionStatus to, SubmissionStatus held, String reason, Instant at) {
        return new Submission(
                id,
                consultantId,
                requirementId,
                vendorCompanyId,
                vendorContactId,
                recommendationId,
                to,
                held,
                reason == null ? statusReason : reason,
                billRate,
                payRate,
                notes,
                matchScore,
                successProbability,
                marginHourly,
                marginPercent,
                rtrId,
                duplicateOverride,
                marginOverride,
                createdBy,
                stages.reached(to, at),
                version + 1,
                createdAt,
                at);
    }

    Submission withChecks(UUID rtr, String duplicateReason, String marginReason) {
        return new Submission(
                id,
                consultantId,
                requirementId,
                vendorCompanyId,
                vendorContactId,
                recommendationId,
                status,
                heldFrom,
                statusReason,
                billRate,
                payRate,
                notes,
                matchScore,
                successProbability,
                marginHourly,
                marginPercent,
                rtr == null ? rtrId : rtr,
                duplicateReason == null ? duplicateOverride : duplicateReason,
                marginReason == null ? marginOverride : marginReason,
                createdBy,
                stages,
                version,
                createdAt,
                updatedAt);
    }
}
