package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.ExtractionInput;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The screening a candidate must pass is a condition of the job, not a skill: anonymous lines for this project. */
class ScreeningLinesTest {

    final DeterministicExtractor rules =
            new DeterministicExtractor(Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC));

    List<String> skills(String heading, String item) {
        var r = rules.extract(new ExtractionInput(
                "Java Developer - Dallas, TX",
                "Hi,\n\nRole: Java Developer\nLocation: Dallas, TX\n\n" + heading + "\n" + item
                        + "\n* 5+ years of Java and Spring Boot\n\nThanks,\nPat Placeholder\nExample Staffing LLC\n",
                null,
                null));
        return r.requirements().get(0).skills().stream()
                .map(ExtractedSkill::name)
                .toList();
    }

    @Test
    void aBackgroundCheckOrDrugTest_isNoSkill_underAnyHeading() {
        for (String heading : List.of("Qualifications:", "Requirements:", "Must Have:")) {
            assertThat(skills(heading, "* Must be able to pass a background check and drug test"))
                    .as(heading)
                    .containsExactly("Java", "Spring Boot");
            assertThat(skills(heading, "* Candidates must clear a drug screening and BGV"))
                    .as(heading)
                    .containsExactly("Java", "Spring Boot");
        }
    }

    @Test
    void testingNamedAsWork_isStillASkill() {
        assertThat(skills("Qualifications:", "* Experience in software testing and test automation"))
                .contains("Software Testing");
    }

    @Test
    void aRequestToTheReader_isDroppedFromItsLine_notTheLine() {
        var x = rules.extract(new com.benchcrm.extraction.ExtractionInput(
                "Need Java Developer in Dallas, TX - W2 only - $60/hr",
                "Please share profiles ASAP. Must have Java 17, Spring Boot, Kafka and AWS. 10+ years.",
                null,
                null));

        // the one line of the mail was dropped whole ("please share"): no requirement at all
        assertThat(x.requirements()).singleElement().satisfies(r -> {
            assertThat(r.skills())
                    .extracting(com.benchcrm.extraction.ExtractedSkill::name)
                    .containsExactly("Java", "Spring Boot", "Kafka", "AWS");
            assertThat(r.minYears().value()).isEqualByComparingTo("10");
        });
        // a line of nothing but requests and documents still gives nothing
        var docs = rules.extract(new com.benchcrm.extraction.ExtractionInput(
                "Java Developer - Dallas, TX",
                "Role: Java Developer\nLocation: Dallas, TX\nSkills: Java\n"
                        + "Please share your resume with the DL copy. Please send me your Oracle certificate.\n",
                null,
                null));
        assertThat(docs.requirements().get(0).skills())
                .extracting(com.benchcrm.extraction.ExtractedSkill::name)
                .containsExactly("Java");
    }
}
