package com.benchcrm.testing.contract;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Location;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.consultant.Availability;
import com.benchcrm.consultant.AvailabilityStatus;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.requirement.RequirementInput;
import com.benchcrm.requirement.RequirementSkill;
import com.benchcrm.requirement.RequirementStatus;
import com.benchcrm.requirement.Seniority;
import com.benchcrm.requirement.WorkMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Anonymous example records for the contract and use-case tests (invented people and firms). */
public final class Samples {

    private Samples() {}

    private static final java.util.concurrent.atomic.AtomicLong LAST_MILLIS =
            new java.util.concurrent.atomic.AtomicLong();

    /**
     * A UUID version 7 like the product's ids, strictly increasing across calls (each a millisecond
     * after the last at least), so tests can rely on newest-first order.
     */
    public static UUID id() {
        long millis = LAST_MILLIS.updateAndGet(last -> Math.max(System.currentTimeMillis(), last + 1));
        long msb = ((millis & 0xFFFF_FFFF_FFFFL) << 16)
                | 0x7000L
                | (java.util.concurrent.ThreadLocalRandom.current().nextInt() & 0x0FFF);
        long lsb = 0x8000_0000_0000_0000L
                | (java.util.concurrent.ThreadLocalRandom.current().nextLong() & 0x3FFF_FFFF_FFFF_FFFFL);
        return new UUID(msb, lsb);
    }

    public static ConsultantInput consultant(String fullName, String email) {
        return new ConsultantInput(
                null,
                fullName,
                email,
                "+1 555 0100",
                "Senior Java Developer",
                "Builds payment systems.",
                new Location("Austin", "TX", "US"),
                WorkAuthorization.H1B,
                new BigDecimal("9"),
                List.of(
                        new ConsultantSkill("Java", new BigDecimal("9"), true),
                        new ConsultantSkill("Kafka", new BigDecimal("3"), null)),
                new Availability(AvailabilityStatus.AVAILABLE, LocalDate.of(2026, 12, 1)),
                new Rate(new BigDecimal("72.50"), "USD", RateUnit.HOUR, EmploymentType.C2C));
    }

    public static ConsultantInput withExternalId(ConsultantInput in, String externalId) {
        return new ConsultantInput(
                externalId,
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
                in.rate());
    }

    public static RequirementInput requirement(String title, String client) {
        return new RequirementInput(
                null,
                title,
                "Build and run streaming services.",
                RequirementStatus.OPEN,
                new Location("Dallas", "TX", "US"),
                WorkMode.HYBRID,
                List.of(
                        new RequirementSkill("Java", true, new BigDecimal("5")),
                        new RequirementSkill("Kafka", null, null)),
                new BigDecimal("7"),
                Seniority.SENIOR,
                new Rate(new BigDecimal("80"), "USD", RateUnit.HOUR, EmploymentType.C2C),
                12,
                LocalDate.of(2027, 1, 4),
                client,
                List.of(WorkAuthorization.H1B, WorkAuthorization.GREEN_CARD));
    }

    public static RequirementInput withStatus(RequirementInput in, RequirementStatus status) {
        return new RequirementInput(
                in.externalRef(),
                in.title(),
                in.description(),
                status,
                in.location(),
                in.workMode(),
                in.skills(),
                in.minYears(),
                in.seniority(),
                in.budget(),
                in.durationMonths(),
                in.startDate(),
                in.clientName(),
                in.workAuthorizations());
    }

    public static RequirementInput withExternalRef(RequirementInput in, String ref) {
        return new RequirementInput(
                ref,
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
                in.workAuthorizations());
    }
}
