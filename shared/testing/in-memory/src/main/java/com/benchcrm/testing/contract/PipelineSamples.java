package com.benchcrm.testing.contract;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import com.benchcrm.persistence.Tx;
import com.benchcrm.submission.Submission;
import com.benchcrm.submission.SubmissionStatus;
import com.benchcrm.tenancy.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Submissions with chosen stages, for the contract tests of the pipeline's repositories. */
public final class PipelineSamples {

    public static final Rate BILL = new Rate(new BigDecimal("85.00"), "USD", RateUnit.HOUR, null);
    public static final Rate PAY = new Rate(new BigDecimal("68.00"), "USD", RateUnit.HOUR, EmploymentType.C2C);

    private PipelineSamples() {}

    /** A consultant and a requirement of the tenant, stored (the submission's foreign keys). */
    public record Pair(UUID consultantId, UUID requirementId) {}

    public static Pair pair(Stores stores, TenantId tenant, String name, String title, String client, Instant at) {
        UUID consultant = Samples.id();
        UUID requirement = Samples.id();
        stores.transactions().inTenant(tenant, (Tx tx) -> {
            stores.consultants().insert(tx, consultant, Samples.consultant(name, null), at);
            stores.requirements().insert(tx, requirement, Samples.requirement(title, client), at);
            return null;
        });
        return new Pair(consultant, requirement);
    }

    public static UUID consultant(Stores stores, TenantId tenant, String name, Instant at) {
        UUID id = Samples.id();
        stores.transactions().inTenant(tenant, (Tx tx) -> {
            stores.consultants().insert(tx, id, Samples.consultant(name, null), at);
            return null;
        });
        return id;
    }

    public static UUID requirement(Stores stores, TenantId tenant, String title, String client, Instant at) {
        UUID id = Samples.id();
        stores.transactions().inTenant(tenant, (Tx tx) -> {
            stores.requirements().insert(tx, id, Samples.requirement(title, client), at);
            return null;
        });
        return id;
    }

    /** A submission in {@code status} with these stages (times at microsecond precision, as stored). */
    public static Submission submission(
            UUID consultant,
            UUID requirement,
            UUID vendor,
            SubmissionStatus status,
            String createdBy,
            Submission.Stages stages,
            Instant createdAt) {
        return new Submission(
                Samples.id(),
                consultant,
                requirement,
                vendor,
                null,
                null,
                status,
                null,
                null,
                BILL,
                PAY,
                null,
                null,
                null,
                new BigDecimal("17.0000"),
                new BigDecimal("20.0000"),
                null,
                null,
                null,
                createdBy,
                stages,
                1,
                createdAt,
                createdAt);
    }

    public static Submission.Stages stages(
            Instant submitted,
            Instant clientSubmitted,
            Instant interviewing,
            Instant offered,
            Instant placed,
            Instant closed) {
        Instant last = submitted;
        for (Instant i : new Instant[] {clientSubmitted, interviewing, offered, placed, closed}) {
            if (i != null && (last == null || i.isAfter(last))) {
                last = i;
            }
        }
        return new Submission.Stages(submitted, clientSubmitted, interviewing, offered, placed, closed, last);
    }
}
