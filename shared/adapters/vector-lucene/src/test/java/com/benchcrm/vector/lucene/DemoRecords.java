package com.benchcrm.vector.lucene;

import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.RequirementInput;
import java.time.Instant;
import java.util.UUID;

/** Demo-data inputs as stored records (what the SQL store would return after a create). */
final class DemoRecords {

    private DemoRecords() {}

    static Consultant consultant(UUID id, ConsultantInput in) {
        return new Consultant(
                id,
                in.externalId(),
                in.fullName(),
                in.email(),
                in.phone(),
                in.title(),
                in.summary(),
                in.location(),
                in.workAuthorization(),
                in.yearsExperience(),
                in.skills(),
                in.availability(),
                in.rate(),
                1,
                Instant.EPOCH,
                Instant.EPOCH);
    }

    static Requirement requirement(UUID id, RequirementInput in) {
        return new Requirement(
                id,
                in.externalRef(),
                in.title(),
                in.description(),
                in.status(),
                in.location(),
                in.workMode(),
                in.skills(),
                in.minYears(),
                in.seniority(),
                in.budget(),
                in.durationMonths(),
                in.startDate(),
                in.clientName(),
                in.workAuthorizations(),
                1,
                Instant.EPOCH,
                Instant.EPOCH);
    }
}
