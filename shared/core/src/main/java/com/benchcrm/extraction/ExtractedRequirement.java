package com.benchcrm.extraction;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.requirement.Seniority;
import com.benchcrm.requirement.WorkMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One requirement found in a mail or text, every field with the text it came from. Fields that
 * the text does not state are null (or empty lists): nothing is guessed without saying so (an
 * inferred seniority quotes the years it was inferred from).
 *
 * @param description the part of the text this requirement was read from
 */
public record ExtractedRequirement(
        Sourced<String> title,
        Sourced<String> normalizedTitle,
        List<ExtractedSkill> skills,
        Sourced<BigDecimal> minYears,
        Sourced<Seniority> seniority,
        List<ExtractedLocation> locations,
        Sourced<WorkMode> workMode,
        ExtractedVisa visa,
        ExtractedRate rate,
        Sourced<EmploymentType> employmentType,
        Sourced<Integer> durationMonths,
        Sourced<String> duration,
        Sourced<LocalDate> startDate,
        Sourced<String> start,
        Sourced<String> client,
        Sourced<String> endClient,
        Sourced<String> vendorCompany,
        ExtractedContact vendorContact,
        Sourced<List<InterviewMode>> interviewModes,
        List<Sourced<String>> domains,
        List<Sourced<String>> notes,
        String description) {

    public ExtractedRequirement {
        skills = skills == null ? List.of() : List.copyOf(skills);
        locations = locations == null ? List.of() : List.copyOf(locations);
        domains = domains == null ? List.of() : List.copyOf(domains);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
