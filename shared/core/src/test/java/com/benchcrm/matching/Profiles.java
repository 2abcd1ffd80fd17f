package com.benchcrm.matching;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Location;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.consultant.Availability;
import com.benchcrm.consultant.AvailabilityStatus;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.RequirementSkill;
import com.benchcrm.requirement.RequirementStatus;
import com.benchcrm.requirement.Seniority;
import com.benchcrm.requirement.WorkMode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test builders: a requirement and a consultant that match well, to be varied one field at a time. */
final class Profiles {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private Profiles() {}

    static Rate hourly(int amount, EmploymentType type) {
        return new Rate(BigDecimal.valueOf(amount), "USD", RateUnit.HOUR, type);
    }

    static RequirementSkill req(String name) {
        return new RequirementSkill(name, true, null);
    }

    static RequirementSkill nice(String name) {
        return new RequirementSkill(name, false, null);
    }

    static ConsultantSkill has(String name, int years) {
        return new ConsultantSkill(name, BigDecimal.valueOf(years), false);
    }

    record R(
            String title,
            List<RequirementSkill> skills,
            Location location,
            WorkMode mode,
            Integer minYears,
            Seniority seniority,
            Rate budget,
            LocalDate start,
            List<WorkAuthorization> auths,
            String client,
            List<WorkAuthorization> excluded) {

        static R javaDallas() {
            return new R(
                    "Sr. Java Developer",
                    List.of(req("Java"), req("Spring Boot"), req("Kafka"), nice("AWS")),
                    new Location("Dallas", "TX", "US"),
                    WorkMode.ONSITE,
                    8,
                    Seniority.SENIOR,
                    hourly(75, EmploymentType.C2C),
                    TODAY.plusDays(14),
                    List.of(WorkAuthorization.H1B, WorkAuthorization.GREEN_CARD, WorkAuthorization.US_CITIZEN),
                    "Northwind Bank",
                    List.of());
        }

        R title(String t) {
            return new R(t, skills, location, mode, minYears, seniority, budget, start, auths, client, excluded);
        }

        R skills(List<RequirementSkill> s) {
            return new R(title, s, location, mode, minYears, seniority, budget, start, auths, client, excluded);
        }

        R at(Location l, WorkMode m) {
            return new R(title, skills, l, m, minYears, seniority, budget, start, auths, client, excluded);
        }

        R budget(Rate b) {
            return new R(title, skills, location, mode, minYears, seniority, b, start, auths, client, excluded);
        }

        R excluded(List<WorkAuthorization> x) {
            return new R(title, skills, location, mode, minYears, seniority, budget, start, auths, client, x);
        }

        R auths(List<WorkAuthorization> a) {
            return new R(title, skills, location, mode, minYears, seniority, budget, start, a, client, excluded);
        }

        R level(Seniority s, Integer min) {
            return new R(title, skills, location, mode, min, s, budget, start, auths, client, excluded);
        }

        Requirement build() {
            return new Requirement(
                    UUID.nameUUIDFromBytes(title.getBytes()),
                    null,
                    title,
                    "A role.",
                    RequirementStatus.OPEN,
                    location,
                    mode,
                    skills,
                    minYears == null ? null : BigDecimal.valueOf(minYears),
                    seniority,
                    budget,
                    12,
                    start,
                    client,
                    auths,
                    1,
                    Instant.EPOCH,
                    Instant.EPOCH,
                    null,
                    null,
                    List.of(),
                    excluded,
                    budget == null ? null : budget.employmentType(),
                    false,
                    List.of(),
                    null);
        }
    }

    record C(
            String name,
            List<ConsultantSkill> skills,
            Location location,
            WorkAuthorization auth,
            Integer years,
            Availability availability,
            Rate rate,
            String title) {

        /** The same consultant under another title (null: none on file); a title can name skills (ADR 0110). */
        C titled(String t) {
            return new C(name, skills, location, auth, years, availability, rate, t);
        }

        static C javaIrving() {
            return new C(
                    "Avery",
                    new ArrayList<>(List.of(has("Java", 10), has("Spring Boot", 7), has("Kafka", 4), has("AWS", 3))),
                    new Location("Irving", "TX", "US"),
                    WorkAuthorization.H1B,
                    10,
                    new Availability(AvailabilityStatus.AVAILABLE, null),
                    hourly(70, EmploymentType.C2C),
                    "Java Developer"); // what most tests vary around
        }

        C skills(List<ConsultantSkill> s) {
            return new C(name, s, location, auth, years, availability, rate, title);
        }

        C at(Location l) {
            return new C(name, skills, l, auth, years, availability, rate, title);
        }

        C auth(WorkAuthorization a) {
            return new C(name, skills, location, a, years, availability, rate, title);
        }

        C years(Integer y) {
            return new C(name, skills, location, auth, y, availability, rate, title);
        }

        C available(Availability a) {
            return new C(name, skills, location, auth, years, a, rate, title);
        }

        C rate(Rate r) {
            return new C(name, skills, location, auth, years, availability, r, title);
        }

        Consultant build() {
            return new Consultant(
                    UUID.nameUUIDFromBytes((name + skills + location + rate).getBytes()),
                    null,
                    name,
                    null,
                    null,
                    title,
                    null,
                    location,
                    auth,
                    years == null ? null : BigDecimal.valueOf(years),
                    skills,
                    availability,
                    rate,
                    1,
                    Instant.EPOCH,
                    Instant.EPOCH);
        }
    }
}
