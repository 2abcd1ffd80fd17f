package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.extraction.ExtractionInput;
import com.benchcrm.extraction.RequirementExtraction;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A vendor asking for consultants ("let me know if you have any consultant available") is sending a requirement; a
 * bench sales mail offering them ("our consultants available immediately") is a hot list and yields none. Anonymous
 * mails written for this test.
 */
class ConsultantListOrRequestTest {

    final DeterministicExtractor rules =
            new DeterministicExtractor(Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC));

    static final String REQUIREMENT = """
            Title: Salesforce Developer
            Location: Boston, MA - Hybrid
            Duration: 12 Months
            Max Rate: $70/hr C2C

            Skills:
            Apex, Visualforce, Lightning Web Components (LWC), SOQL, Sales Cloud and Service Cloud.

            Thanks
            Sam
            """;

    RequirementExtraction mail(String opening) {
        return rules.extract(ExtractionInput.ofText("Hi,\n\n" + opening + "\n\n" + REQUIREMENT));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hope you are doing well. Please go through the requirement below and let me know if you have any"
                        + " consultant available.",
                "Do you have consultants available for the role below?",
                "Please send your available consultants for the below role.",
                "Kindly share any candidates available for this position.",
                "Let me know whether you have a consultant available for this role."
            })
    void askingForConsultants_isARequirement(String opening) {
        assertThat(mail(opening).requirements())
                .singleElement()
                .satisfies(r -> assertThat(r.normalizedTitle().value()).isEqualTo("Salesforce Developer"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Below is our updated hotlist of consultants available immediately.",
                "Please share your requirements for our available consultants.",
                "We have consultants available for new projects."
            })
    void offeringConsultants_isAHotList(String opening) {
        RequirementExtraction x = mail(opening);

        assertThat(x.requirements()).isEmpty();
        assertThat(x.notes()).anyMatch(w -> w.contains("hot list"));
    }
}
