package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.ExtractionInput;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Digests whose items carry lines of their own under them: numbered rows with a skills line each, bulleted title
 * lines with sub-bullets (anonymous examples written for this project). Each item keeps its own skills; nothing
 * bleeds from one to the next.
 */
class DigestItemsTest {

    final DeterministicExtractor rules =
            new DeterministicExtractor(Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC));

    List<ExtractedRequirement> extract(String text) {
        return rules.extract(ExtractionInput.ofText(text)).requirements();
    }

    static List<String> skills(ExtractedRequirement r) {
        return r.skills().stream().map(ExtractedSkill::name).toList();
    }

    @Test
    void numberedRows_ownTheLinesUnderThem() {
        List<ExtractedRequirement> x = extract("Hi Partners,\n\nPlease find our hot requirements below.\n\n"
                + "1. Java Developer | Dallas, TX | 12 months | $60/hr C2C\n   Skills: Java, Spring Boot, Kafka\n"
                + "2. Salesforce Admin | Remote | 6 months | $55/hr C2C\n   Skills: Salesforce, Apex\n"
                + "3. Data Engineer | Charlotte, NC | Long term | $70/hr\n   Skills: Python, Spark, AWS Glue\n\n"
                + "All roles: no OPT/CPT.\n\nThanks,\nPat Placeholder\nExample Staffing\n");

        assertThat(x)
                .extracting(r -> r.title().value())
                .containsExactly("Java Developer", "Salesforce Admin", "Data Engineer");
        assertThat(skills(x.get(0))).containsExactlyInAnyOrder("Java", "Spring Boot", "Kafka");
        assertThat(skills(x.get(1))).containsExactlyInAnyOrder("Salesforce", "Apex");
        assertThat(skills(x.get(2))).containsExactlyInAnyOrder("Python", "Spark", "AWS Glue");
        // the line after the last item's block still applies to every item
        assertThat(x)
                .allSatisfy(r -> assertThat(r.visa().excluded())
                        .containsExactlyInAnyOrder(WorkAuthorization.OPT_EAD, WorkAuthorization.CPT));
    }

    @Test
    void bulletedTitleLines_namingAPlace_areItems() {
        List<ExtractedRequirement> x = extract("Hi Team,\n\nUrgent needs below. All roles are C2C.\n\n"
                + "* Java Full Stack Developer - Phoenix, AZ (Hybrid)\n  - Java, Spring Boot, React\n"
                + "* Business Analyst - Chicago, IL\n  - Healthcare domain, SQL, JIRA\n"
                + "* Network Engineer - Remote\n  - Cisco, BGP\n\nThanks & Regards,\nPat Placeholder\n");

        assertThat(x)
                .extracting(r -> r.title().value())
                .containsExactly("Java Full Stack Developer", "Business Analyst", "Network Engineer");
        assertThat(x.get(0).locations())
                .singleElement()
                .matches(l -> "Phoenix".equals(l.city()) && "AZ".equals(l.state()));
        // "Phoenix" the city is no skill (the Elixir framework), and the next items' skills stay theirs
        assertThat(skills(x.get(0))).containsExactlyInAnyOrder("Java", "Spring Boot", "React");
        assertThat(skills(x.get(2))).containsExactlyInAnyOrder("Cisco", "BGP");
    }

    @Test
    void bulletsOfSkillsOrDuties_areNoItems() {
        List<ExtractedRequirement> x = extract("Hi,\n\nRole: Java Developer\nLocation: Dallas, TX\n\nRequirements:\n"
                + "* Java Developer (8+ years)\n* Spring Boot Developer (3+ years)\n* Kafka Administrator\n"
                + "* Kafka\n\nThanks,\nPat Placeholder\n");

        assertThat(x).singleElement().extracting(r -> r.title().value()).isEqualTo("Java Developer");
    }
}
