package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.ExtractionInput;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Experience written as a bare number under its label, the headings over nice-to-have items, terms labels and a
 * certifications label (anonymous mails).
 */
class ExperienceAndNiceHeadingsTest {

    final DeterministicExtractor rules =
            new DeterministicExtractor(Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC));

    List<ExtractedRequirement> extract(String subject, String body) {
        return rules.extract(new ExtractionInput(subject, body, null, null)).requirements();
    }

    ExtractedRequirement only(String subject, String body) {
        List<ExtractedRequirement> r = extract(subject, body);
        assertThat(r).hasSize(1);
        return r.get(0);
    }

    @Test
    void experienceLabel_withABareNumberOrRange_isTheMinimumYears() {
        ExtractedRequirement range = only(
                "SAP FICO Consultant || Houston, TX",
                "Title: SAP FICO Consultant\nLocation: Houston, TX\nYears of experience: 10-12\nVisa: H1B\n");
        ExtractedRequirement bare = only(
                "Java Developer - Dallas, TX", "Location: Dallas, TX\nYears of Experience: 8\nSkills: Java, Kafka\n");
        ExtractedRequirement plus =
                only("Java Developer - Dallas, TX", "Location: Dallas, TX\nExp: 7+\nSkills: Java, Kafka\n");

        assertThat(range.minYears().value()).isEqualByComparingTo("10");
        assertThat(bare.minYears().value()).isEqualByComparingTo("8");
        assertThat(plus.minYears().value()).isEqualByComparingTo("7");
    }

    @Test
    void experienceLevel_isNoNumberOfYears() {
        ExtractedRequirement r =
                only("Java Developer - Dallas, TX", "Location: Dallas, TX\nExperience level: 3\nSkills: Java, Kafka\n");

        assertThat(r.minYears()).isNull();
    }

    @Test
    void aSkillsLabel_isTheBody_evenWhenTheTitleNamesTheSkill() {
        // the first line is the years, the second the title's own skill: both were lost, and the mail imported nothing
        ExtractedRequirement r = only("Java Developer - Dallas, TX", "Years of Experience: 10\nSkills: Java\n");

        assertThat(r.minYears().value()).isEqualByComparingTo("10");
        assertThat(r.skills()).extracting(ExtractedSkill::name).containsExactly("Java");
    }

    @Test
    void desiredAndSecondarySkillsHeadings_overTheirItems_makeThemNiceToHave() {
        for (String heading :
                List.of("Desired Skills:", "Secondary skills", "Good to have skills:", "Optional (a plus):")) {
            ExtractedRequirement r = only(
                    "Senior .NET Developer - Atlanta, GA",
                    "Position: Senior .NET Developer\nLocation: Atlanta, GA\n\nMandatory Skills:\nC#, SQL Server\n\n"
                            + heading + "\nAngular, Redis\n");

            assertThat(r.skills())
                    .as(heading)
                    .filteredOn(ExtractedSkill::required)
                    .extracting(ExtractedSkill::name)
                    .contains("C#", "SQL Server")
                    .doesNotContain("Angular", "Redis");
            assertThat(r.skills())
                    .as(heading)
                    .filteredOn(k -> !k.required())
                    .extracting(ExtractedSkill::name)
                    .contains("Angular", "Redis");
        }
    }

    @Test
    void termsLabels_giveNoSkills_andACertificationsLabel_givesThePlatformsCertification() {
        ExtractedRequirement qa = only(
                "Sr. QA Automation Engineer - Dallas, TX",
                "Position: Sr. QA Automation Engineer\nLocation: Dallas, TX\nRate: $55/hr on C2C (Max)\n"
                        + "Start: ASAP\n\nRequired Skills:\n- Selenium WebDriver with Java\n");
        // "(Max)" was the Max language
        assertThat(qa.skills())
                .extracting(ExtractedSkill::name)
                .contains("Selenium")
                .doesNotContain("Max");
        assertThat(qa.rate().amount()).isEqualByComparingTo("55");

        ExtractedRequirement admin = only(
                "Salesforce Admin - Remote",
                "Requirement: Salesforce Administrator\nLocation: Remote\n"
                        + "Certifications: Salesforce Administrator (ADM 201) required, Platform App Builder preferred\n");
        assertThat(admin.skills())
                .filteredOn(ExtractedSkill::required)
                .extracting(ExtractedSkill::name)
                .contains("Salesforce Certification");
    }

    @Test
    void aSkillsYears_areTheNearestBeforeIt_inItsSentence() {
        ExtractedRequirement r = only(
                "Azure Cloud Architect - Irving, TX",
                "Role: Azure Cloud Architect\nLocation: Irving, TX\n\nRequired:\n"
                        + "12+ yrs IT, 5+ yrs Azure architecture (AKS, Bicep)\n"
                        + "3+ years of Terraform. Experience with Ansible is a plus.\n");

        // Azure had the 12 years of IT; Ansible, in the next sentence, had Terraform's 3
        assertThat(years(r, "Azure")).isEqualByComparingTo("5");
        assertThat(years(r, "Bicep")).isNull();
        assertThat(years(r, "Terraform")).isEqualByComparingTo("3");
        assertThat(years(r, "Ansible")).isNull();
    }

    static java.math.BigDecimal years(ExtractedRequirement r, String skill) {
        return r.skills().stream()
                .filter(s -> s.name().equals(skill))
                .findFirst()
                .orElseThrow(() -> new AssertionError(skill + " not in " + r.skills()))
                .years();
    }
}
