package com.benchcrm.consultant;

import com.benchcrm.common.Location;
import com.benchcrm.common.Rate;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.lifecycle.Versioned;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A consultant on the bench, as stored and as the API returns it. */
public record Consultant(
        UUID id,
        String externalId,
        String fullName,
        String email,
        String phone,
        String title,
        String summary,
        Location location,
        WorkAuthorization workAuthorization,
        BigDecimal yearsExperience,
        List<ConsultantSkill> skills,
        Availability availability,
        Rate rate,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    public Consultant {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
