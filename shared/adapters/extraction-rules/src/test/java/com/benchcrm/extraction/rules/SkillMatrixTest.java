package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.ExtractionInput;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** A skill matrix a vendor asks to fill, and a cloud security architect's names (anonymous mails; ADR 0115, 0122). */
class SkillMatrixTest {

    final DeterministicExtractor rules =
            new DeterministicExtractor(Clock.fixed(Instant.parse("2026-12-08T00:00:00Z"), ZoneOffset.UTC));

    ExtractedRequirement only(String subject, String body) {
        var r = rules.extract(new ExtractionInput(subject, body, null, null));
        assertThat(r.requirements()).hasSize(1);
        return r.requirements().get(0);
    }

    @Test
    void aSkillMatrix_givesEachSkillItsYearsVersionAndMustOrNice() {
        // the rows were read as running text: every skill required, no years, the "Nice" column lost
        ExtractedRequirement r = only(
                "Req: Java Full Stack Dev (Angular) || Irving TX || 6+ Months || C2C",
                "Job Title: Java Full Stack Developer\nLocation: Irving, TX\n\nSkill matrix (please fill):\n"
                        + "| Skill | Years | Must/Nice |\n| Java 17 | 8 | Must |\n| Spring Boot | 6 | Must |\n"
                        + "| AWS | 3 | Nice |\nKafka | 2 yrs | Nice to have\n");

        assertThat(r.skills())
                .extracting(ExtractedSkill::name, ExtractedSkill::required, ExtractedSkill::years)
                .contains(
                        Tuple.tuple("Java", true, new BigDecimal("8")),
                        Tuple.tuple("Spring Boot", true, new BigDecimal("6")),
                        Tuple.tuple("AWS", false, new BigDecimal("3")),
                        Tuple.tuple("Kafka", false, new BigDecimal("2")));
        assertThat(r.skills())
                .filteredOn(s -> s.name().equals("Java"))
                .extracting(ExtractedSkill::version)
                .containsExactly("17");
        // a row whose other cells are neither years nor must / nice is no matrix row: a table of roles stays as it was
        ExtractedRequirement roles =
                only("Java Developer", "| Java Developer | Dallas, TX | 12 months |\nSkills: Java\n");
        assertThat(roles.skills()).extracting(ExtractedSkill::name).contains("Java");
    }

    @Test
    void aCloudSecurityArchitectsMail_namesItsTools() {
        ExtractedRequirement r = only(
                "Full time opportunity - Cloud Security Architect - Remote (US)",
                "What you will do\n• Define guardrails for AWS and Azure landing zones (SCPs, Azure Policy)\n"
                        + "• Lead threat modeling and security architecture reviews\n• Own CSPM tooling (Wiz or Prisma"
                        + " Cloud)\n\nWhat you bring\n• 10+ years in security\n• CISSP or CCSP\n"
                        + "• Hands-on IAM, KMS, GuardDuty, Security Hub, Defender for Cloud\n");

        assertThat(r.skills())
                .extracting(ExtractedSkill::name)
                .contains(
                        "Threat Modeling",
                        "CSPM",
                        "Wiz",
                        "Prisma Cloud",
                        "CCSP",
                        "AWS KMS",
                        "Amazon GuardDuty",
                        "AWS Security Hub",
                        "Microsoft Defender for Cloud",
                        "AWS Organizations")
                // Prisma alone is a JavaScript ORM; threat modeling is no threat intelligence
                .doesNotContain("Prisma", "Threat Intelligence");
    }
}
