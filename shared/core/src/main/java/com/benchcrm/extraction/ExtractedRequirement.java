package com.benchcrm.extraction;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.requirement.InterviewMode;
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
 * <p>The parties of a vendor chain: {@code vendorCompany} and {@code vendorContact} sent the mail
 * (from its signature and sender); {@code client} is a "Client:" the mail names, {@code endClient}
 * the company the work is for ("End client:", or the only client named),
 * {@code implementationPartner} the firm between the vendor and the end client
 * ("Implementation partner:", or the "Client:" of a mail that also names an end client),
 * {@code primeVendor} a prime vendor or MSP named in the chain.
 *
 * @param title          the title as written, seniority word included ("Sr. Java Developer")
 * @param normalizedTitle the title without the seniority word, abbreviations expanded ("Java Developer")
 * @param seniority      the level, apart from the title
 * @param durationMonths the contract length in months, when stated as a number
 * @param longTerm       true when the mail calls the contract long term (with or without months)
 * @param description    the part of the text this requirement was read from
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
        Sourced<Boolean> longTerm,
        Sourced<LocalDate> startDate,
        Sourced<String> start,
        Sourced<String> client,
        Sourced<String> endClient,
        Sourced<String> implementationPartner,
        Sourced<String> primeVendor,
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
