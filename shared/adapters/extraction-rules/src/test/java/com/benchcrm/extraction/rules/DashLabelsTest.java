package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractionInput;
import com.benchcrm.requirement.InterviewMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** "Label - value" and "Label – value" lines (anonymous examples): a known label, a dash with spaces around it. */
class DashLabelsTest {

    final DeterministicExtractor rules =
            new DeterministicExtractor(Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC));

    ExtractedRequirement only(String body) {
        var r = rules.extract(new ExtractionInput("Java Developer - Dallas, TX", body, null, null));
        assertThat(r.requirements()).hasSize(1);
        return r.requirements().get(0);
    }

    @Test
    void chainAndInterview_writtenWithDashes_areFields() {
        ExtractedRequirement r = only("Hi,\n\nJava Developer - Dallas, TX\n\nRole - Java Developer\n"
                + "Location – Dallas, TX\nEnd Client - Example Bank\nImplementation partner – Sample Consulting\n"
                + "Mode of interview - Video\nDuration - 12 months\n\nThanks,\nPat Placeholder\nExample Staffing\n");

        assertThat(r.endClient().value()).isEqualTo("Example Bank");
        assertThat(r.implementationPartner().value()).isEqualTo("Sample Consulting");
        assertThat(r.interviewModes().value()).containsExactly(InterviewMode.VIDEO);
        assertThat(r.durationMonths().value()).isEqualTo(12);
        assertThat(r.locations()).singleElement().matches(l -> "Dallas".equals(l.city()) && "TX".equals(l.state()));
    }

    @Test
    void aTitleWithADash_isNotALabel() {
        ExtractedRequirement r = only("Hi,\n\nSenior Java Developer - Dallas, TX - 12 months\n\n"
                + "Skills: Java, Spring Boot\n\nThanks,\nPat Placeholder\nExample Staffing\n");

        assertThat(r.endClient()).isNull();
        assertThat(r.implementationPartner()).isNull();
        assertThat(r.title().value()).contains("Java Developer");
    }

    @Test
    void labelsWrittenWithColonDash_orArrow_giveCleanValues() {
        ExtractedRequirement r = only("Hi,\n\nJob Title :- Java Developer\nLocation :- Jersey City, NJ\nExp :- 8+ yrs\n"
                + "Mode :- Remote\nClient :- Example Bank\nBudget => 55/hr C2C\n\nJD :-\nCore Java, Spring boot, Kafka\n"
                + "\nThanks & Regards\nPat Placeholder\n");

        // "- Java Developer" and a place without its city ("- Jersey City")
        assertThat(r.title().value()).isEqualTo("Java Developer");
        assertThat(r.locations())
                .singleElement()
                .matches(l -> "Jersey City".equals(l.city()) && "NJ".equals(l.state()));
        assertThat(r.minYears().value()).isEqualByComparingTo("8");
        assertThat(r.rate().amount()).isEqualByComparingTo("55");
    }
}
