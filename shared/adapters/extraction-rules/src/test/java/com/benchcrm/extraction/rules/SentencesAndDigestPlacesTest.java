package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.extraction.ExtractedLocation;
import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.ExtractionInput;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nice-to-have said by one sentence of a paragraph, and a digest's place said once before its items: anonymous
 * mails written for this project in formats real vendors use.
 */
class SentencesAndDigestPlacesTest {

    final DeterministicExtractor rules =
            new DeterministicExtractor(Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC));

    List<ExtractedRequirement> extract(String subject, String body) {
        return rules.extract(new ExtractionInput(subject, body, null, null)).requirements();
    }

    static boolean required(ExtractedRequirement r, String skill) {
        return r.skills().stream()
                .filter(s -> s.name().equals(skill))
                .map(ExtractedSkill::required)
                .findFirst()
                .orElseThrow(() -> new AssertionError(skill + " not found in " + r.skills()));
    }

    @Test
    void aPlusInOneSentence_makesOnlyThatSentencesSkillsNiceToHave() {
        ExtractedRequirement r = extract(
                        "SAP FICO Consultant - Houston, TX",
                        "Hi,\n\nRole: SAP FICO Consultant\nLocation: Houston, TX\n\nJob Description:\nThe consultant "
                                + "configures SAP FI and CO. Must have two full S/4HANA implementations. Experience "
                                + "with SAP Fiori is a plus.\n\nThanks,\nPat Placeholder\n")
                .get(0);
        assertThat(required(r, "SAP S/4HANA")).isTrue();
        assertThat(required(r, "SAP Fiori")).isFalse();
    }

    @Test
    void digestItemsWithoutAPlace_shareTheOneSaidBeforeThem() {
        List<ExtractedRequirement> items = extract(
                "Multiple positions",
                "Hi All,\n\nWe have the following open positions with our client in Dallas, TX. All roles are "
                        + "hybrid and 12+ months.\n\nPosition 1: Java Full Stack Developer\nSkills: Java, Spring "
                        + "Boot, React\nRate: $65/hr C2C\n\nPosition 2: Data Analyst\nSkills: SQL, Tableau, Python\n"
                        + "Rate: $50/hr C2C\n\nPosition 3: QA Engineer\nLocation: Austin, TX\nSkills: Selenium, "
                        + "Java\n\nThanks,\nCasey Example\nExample Systems Group\n");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).locations()).extracting(ExtractedLocation::city).containsExactly("Dallas");
        assertThat(items.get(1).locations()).extracting(ExtractedLocation::city).containsExactly("Dallas");
        // an item's own place wins
        assertThat(items.get(2).locations()).extracting(ExtractedLocation::city).containsExactly("Austin");
    }

    @Test
    void digestItemsWithoutAPlace_shareTheSubjects_butNotAPlaceInTheClosingLines() {
        String items = "Hi,\n\nPlease share profiles for the roles below.\n\n1. Java Developer\nSkills: Java, Spring "
                + "Boot\n\n2. Data Engineer\nSkills: Python, Spark\n\n";
        List<ExtractedRequirement> fromSubject =
                extract("Multiple positions - Phoenix, AZ", items + "Thanks,\nCasey Example\n");
        assertThat(fromSubject).hasSize(2);
        assertThat(fromSubject)
                .allSatisfy(r -> assertThat(r.locations())
                        .extracting(ExtractedLocation::city)
                        .containsExactly("Phoenix"));

        List<ExtractedRequirement> office = extract(
                "Multiple positions",
                items + "All roles are C2C.\nOur office is in Edison, NJ.\n\nThanks,\nCasey Example\n");
        assertThat(office).hasSize(2);
        assertThat(office).allSatisfy(r -> assertThat(r.locations()).isEmpty());
    }
}
