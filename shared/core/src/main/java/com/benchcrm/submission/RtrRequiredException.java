package com.benchcrm.submission;

import com.benchcrm.common.BenchCrmException;
import java.util.List;
import java.util.UUID;

/**
 * The tenant requires a right to represent before a submission reaches SUBMITTED, and none covers
 * this consultant, requirement and vendor now (a 422 {@code rtr-required} naming what is missing:
 * none recorded, or each one's problem: expired, revoked, not yet valid, another rate).
 */
public final class RtrRequiredException extends BenchCrmException {

    private final UUID consultantId;
    private final UUID requirementId;
    private final UUID vendorCompanyId;
    private final List<String> problems;

    public RtrRequiredException(UUID consultantId, UUID requirementId, UUID vendorCompanyId, List<String> problems) {
        super("no valid RTR of consultant " + consultantId + " for requirement " + requirementId + " through vendor "
                + vendorCompanyId + ": "
                + (problems.isEmpty() ? "none recorded; POST /v1/rtrs first" : String.join("; ", problems)));
        this.consultantId = consultantId;
        this.requirementId = requirementId;
        this.vendorCompanyId = vendorCompanyId;
        this.problems = List.copyOf(problems);
    }

    public UUID consultantId() {
        return consultantId;
    }

    public UUID requirementId() {
        return requirementId;
    }

    public UUID vendorCompanyId() {
        return vendorCompanyId;
    }

    /** Why each recorded RTR does not cover the submission; empty when none was recorded. */
    public List<String> problems() {
        return problems;
    }
}
