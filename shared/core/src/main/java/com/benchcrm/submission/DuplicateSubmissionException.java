package com.benchcrm.submission;

import com.benchcrm.common.BenchCrmException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The consultant was already submitted to the same end client or the same requirement within the
 * tenant's window, through some vendor (a 409 {@code duplicate-submission} naming each earlier
 * submission and its vendor). An Admin or Owner may go ahead with a reason.
 */
public final class DuplicateSubmissionException extends BenchCrmException {

    private final List<DuplicateGuard.Conflict> conflicts;
    private final int windowDays;

    public DuplicateSubmissionException(List<DuplicateGuard.Conflict> conflicts, int windowDays) {
        super(conflicts.stream()
                .map(c -> "submission " + c.submissionId() + " through "
                        + (c.vendorName() == null ? "an unnamed vendor" : c.vendorName()) + " on "
                        + c.submittedAt().toString().substring(0, 10) + " ("
                        + c.rule().describe() + ")")
                .collect(Collectors.joining(
                        "; ",
                        "the consultant was submitted within the last " + windowDays + " days: ",
                        "; an Admin or Owner may submit anyway with override.duplicateReason")));
        this.conflicts = List.copyOf(conflicts);
        this.windowDays = windowDays;
    }

    public List<DuplicateGuard.Conflict> conflicts() {
        return conflicts;
    }

    public int windowDays() {
        return windowDays;
    }
}
