package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractionInput;
import com.benchcrm.extraction.Sourced;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A contract meant to end in a hire is said in a note, however the vendor writes it (anonymous lines). */
class ContractToHireTest {

    final DeterministicExtractor rules =
            new DeterministicExtractor(Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC));

    ExtractedRequirement with(String line) {
        var r = rules.extract(new ExtractionInput(
                "Java Developer - Remote",
                "Hi,\n\nRole: Java Developer\nLocation: Remote\n" + line
                        + "\nSkills: Java, Spring Boot\n\nThanks,\nPat Placeholder\nExample Staffing LLC\n",
                null,
                null));
        assertThat(r.requirements()).as(line).hasSize(1);
        return r.requirements().get(0);
    }

    @Test
    void contractToHire_isANote_whateverTheSpelling() {
        for (String line : new String[] {
            "Type: C2H (6 months contract then conversion)",
            "Duration: 6 months contract-to-hire",
            "This is a contract to hire position.",
            "Employment: Temp to perm",
            "Position type: CTH"
        }) {
            ExtractedRequirement r = with(line);
            assertThat(r.notes()).as(line).extracting(Sourced::value).contains("Contract to hire");
            assertThat(r.notes().stream()
                            .filter(n -> n.value().equals("Contract to hire"))
                            .findFirst()
                            .orElseThrow()
                            .source())
                    .as(line)
                    .contains(line.substring(0, 8));
        }
    }

    @Test
    void aLineThatIsANoteOfItsOwn_staysOne() {
        String line = "We have an urgent contract-to-hire opening with our direct client.";
        assertThat(with(line).notes())
                .extracting(Sourced::value)
                .contains("Contract to hire", line.replaceAll("\\.$", ""));
    }

    @Test
    void contractToHire_inTheSubjectOnly_isANoteToo() {
        var r = rules.extract(new ExtractionInput(
                "Java Developer - C2H - Remote",
                "Hi,\n\nRole: Java Developer\nSkills: Java, Spring Boot\n\nThanks,\nPat Placeholder\n",
                null,
                null));
        assertThat(r.requirements().get(0).notes()).extracting(Sourced::value).contains("Contract to hire");
    }

    @Test
    void aPlainContract_isNoContractToHire() {
        assertThat(with("Duration: 12 months contract").notes())
                .extracting(Sourced::value)
                .doesNotContain("Contract to hire");
        // "hire" alone, or a "contract" beside another word, is no such note
        assertThat(with("We hire contract developers for a 12 month project.").notes())
                .extracting(Sourced::value)
                .doesNotContain("Contract to hire");
    }
}
