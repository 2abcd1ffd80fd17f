package com.benchcrm.requirement;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Location;
import com.benchcrm.common.Rate;
import com.benchcrm.common.SkillNames;
import com.benchcrm.common.Validator;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.lifecycle.EntityInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The writable fields of a requirement. A missing status means {@code OPEN}. {@code chain} links the
 * requirement to companies and a contact of the tenant; the use case checks, in the write's
 * transaction, that each exists, has the kind its place in the chain needs, and that the contact
 * works for the vendor company. A missing {@code longTerm} means false; {@code employmentType} may be
 * given alone (a C2C role without a rate) or with the budget, and when both say one they must agree.
 * {@code parties} are the names the vendor's mail gives (the vendor, its recruiter, the
 * implementation partner and prime vendor), kept as written.
 */
public record RequirementInput(
        String externalRef,
        String title,
        String description,
        RequirementStatus status,
        Location location,
        WorkMode workMode,
        List<RequirementSkill> skills,
        BigDecimal minYears,
        Seniority seniority,
        Rate budget,
        Integer durationMonths,
        LocalDate startDate,
        String clientName,
        List<WorkAuthorization> workAuthorizations,
        RequirementChain chain,
        List<WorkAuthorization> excludedWorkAuthorizations,
        EmploymentType employmentType,
        Boolean longTerm,
        List<InterviewMode> interviewModes,
        RequirementParties parties)
        implements EntityInput {

    public static final int MAX_SKILLS = 100;

    public RequirementInput {
        skills = skills == null ? List.of() : List.copyOf(skills);
        workAuthorizations = workAuthorizations == null ? List.of() : List.copyOf(workAuthorizations);
        status = status == null ? RequirementStatus.OPEN : status;
        chain = RequirementChain.orNull(chain);
        excludedWorkAuthorizations =
                excludedWorkAuthorizations == null ? List.of() : List.copyOf(excludedWorkAuthorizations);
        interviewModes = interviewModes == null ? List.of() : List.copyOf(interviewModes);
        longTerm = longTerm != null && longTerm;
        parties = parties == null || parties.isEmpty() ? null : parties;
    }

    /** A requirement linked to companies, without the terms mail extraction adds (issue 14). */
    public RequirementInput(
            String externalRef,
            String title,
            String description,
            RequirementStatus status,
            Location location,
            WorkMode workMode,
            List<RequirementSkill> skills,
            BigDecimal minYears,
            Seniority seniority,
            Rate budget,
            Integer durationMonths,
            LocalDate startDate,
            String clientName,
            List<WorkAuthorization> workAuthorizations,
            RequirementChain chain) {
        this(
                externalRef,
                title,
                description,
                status,
                location,
                workMode,
                skills,
                minYears,
                seniority,
                budget,
                durationMonths,
                startDate,
                clientName,
                workAuthorizations,
                chain,
                List.of(),
                null,
                false,
                List.of(),
                null);
    }

    /** A requirement without links to companies. */
    public RequirementInput(
            String externalRef,
            String title,
            String description,
            RequirementStatus status,
            Location location,
            WorkMode workMode,
            List<RequirementSkill> skills,
            BigDecimal minYears,
            Seniority seniority,
            Rate budget,
            Integer durationMonths,
            LocalDate startDate,
            String clientName,
            List<WorkAuthorization> workAuthorizations) {
        this(
                externalRef,
                title,
                description,
                status,
                location,
                workMode,
                skills,
                minYears,
                seniority,
                budget,
                durationMonths,
                startDate,
                clientName,
                workAuthorizations,
                null,
                List.of(),
                null,
                false,
                List.of(),
                null);
    }

    public static RequirementInput of(Requirement r) {
        return new RequirementInput(
                r.externalRef(),
                r.title(),
                r.description(),
                r.status(),
                r.location(),
                r.workMode(),
                r.skills(),
                r.minYears(),
                r.seniority(),
                r.budget(),
                r.durationMonths(),
                r.startDate(),
                r.clientName(),
                r.workAuthorizations(),
                r.chain(),
                r.excludedWorkAuthorizations(),
                r.employmentType(),
                r.longTerm(),
                r.interviewModes(),
                r.parties());
    }

    /** The same fields with {@code chain} (import: the companies the mail named, once filed). */
    public RequirementInput withChain(RequirementChain chain) {
        return new RequirementInput(
                externalRef,
                title,
                description,
                status,
                location,
                workMode,
                skills,
                minYears,
                seniority,
                budget,
                durationMonths,
                startDate,
                clientName,
                workAuthorizations,
                chain,
                excludedWorkAuthorizations,
                employmentType,
                longTerm,
                interviewModes,
                parties);
    }

    /** The employment type to store: the one given, else the budget's. */
    public EmploymentType effectiveEmploymentType() {
        return employmentType != null ? employmentType : budget == null ? null : budget.employmentType();
    }

    /** The chain, never null. */
    public RequirementChain chainOrEmpty() {
        return chain == null ? RequirementChain.EMPTY : chain;
    }

    @Override
    public void validate() {
        Validator v = new Validator();
        v.maxLength("/externalRef", externalRef, 200);
        v.required("/title", title, 300);
        v.maxLength("/description", description, 100_000);
        if (location != null) {
            location.validate("/location", v);
        }
        v.years("/minYears", minYears, 50);
        v.check(
                durationMonths == null || (durationMonths >= 1 && durationMonths <= 120),
                "/durationMonths",
                "must be between 1 and 120");
        v.maxLength("/clientName", clientName, 200);
        if (budget != null) {
            budget.validate("/budget", v);
        }
        v.check(skills.size() <= MAX_SKILLS, "/skills", "at most " + MAX_SKILLS + " skills");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < skills.size(); i++) {
            RequirementSkill skill = skills.get(i);
            String at = "/skills/" + i;
            if (skill == null) {
                v.add(at, "must not be null");
                continue;
            }
            v.required(at + "/name", skill.name(), 100);
            v.years(at + "/minYears", skill.minYears(), 50);
            v.maxLength(at + "/version", skill.version(), 40);
            if (skill.name() != null && !skill.name().isBlank() && !seen.add(SkillNames.key(skill.name()))) {
                v.add(at + "/name", "duplicates an earlier skill");
            }
        }
        for (int i = 0; i < workAuthorizations.size(); i++) {
            v.check(workAuthorizations.get(i) != null, "/workAuthorizations/" + i, "must not be null");
        }
        v.check(
                new HashSet<>(workAuthorizations).size() == workAuthorizations.size(),
                "/workAuthorizations",
                "must not repeat a value");
        for (int i = 0; i < excludedWorkAuthorizations.size(); i++) {
            WorkAuthorization w = excludedWorkAuthorizations.get(i);
            v.check(w != null, "/excludedWorkAuthorizations/" + i, "must not be null");
            v.check(
                    w == null || !workAuthorizations.contains(w),
                    "/excludedWorkAuthorizations/" + i,
                    "is also in /workAuthorizations: a status is either accepted or excluded");
        }
        v.check(
                new HashSet<>(excludedWorkAuthorizations).size() == excludedWorkAuthorizations.size(),
                "/excludedWorkAuthorizations",
                "must not repeat a value");
        v.check(
                employmentType == null
                        || budget == null
                        || budget.employmentType() == null
                        || budget.employmentType() == employmentType,
                "/employmentType",
                "must match /budget/employmentType");
        for (int i = 0; i < interviewModes.size(); i++) {
            v.check(interviewModes.get(i) != null, "/interviewModes/" + i, "must not be null");
        }
        v.check(
                new HashSet<>(interviewModes).size() == interviewModes.size(),
                "/interviewModes",
                "must not repeat a value");
        if (parties != null) {
            v.maxLength("/parties/vendorCompany", parties.vendorCompany(), 200);
            v.maxLength("/parties/implementationPartner", parties.implementationPartner(), 200);
            v.maxLength("/parties/primeVendor", parties.primeVendor(), 200);
            if (parties.vendorContact() != null) {
                v.maxLength(
                        "/parties/vendorContact/name", parties.vendorContact().name(), 200);
                v.maxLength(
                        "/parties/vendorContact/email", parties.vendorContact().email(), 254);
                v.maxLength(
                        "/parties/vendorContact/phone", parties.vendorContact().phone(), 40);
            }
        }
        v.throwIfInvalid();
    }
}
