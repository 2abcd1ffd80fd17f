package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractionInput;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Several labels on one line ("Location: Austin, TX | Duration: 12 months") and numbers written out ("six (6)
 * months"), as vendors write them; anonymous examples written for this project.
 */
class InlineLabelsTest {

    final DeterministicExtractor rules =
            new DeterministicExtractor(Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC));

    ExtractedRequirement only(String lines) {
        var r = rules.extract(new ExtractionInput(
                "Requirement: Java Developer",
                "Hi,\n\nPlease find the requirement below.\n\nRole: Java Developer\n" + lines
                        + "\nSkills: Java, Spring Boot, AWS\n\nThanks,\nPat Placeholder\nExample Staffing\n",
                null,
                null));
        assertThat(r.requirements()).hasSize(1);
        return r.requirements().get(0);
    }

    @Test
    void labelsSeparatedByBars_areEachTheirField() {
        ExtractedRequirement r = only("Location: Austin, TX | Duration: 12 months | Rate: $65/hr C2C\n"
                + "Client: Example Telecom | Visa: USC/GC only");

        assertThat(r.locations()).singleElement().matches(l -> "Austin".equals(l.city()) && "TX".equals(l.state()));
        assertThat(r.durationMonths().value()).isEqualTo(12);
        assertThat(r.rate().amount()).isEqualByComparingTo(new BigDecimal("65"));
        assertThat(r.employmentType().value()).isEqualTo(EmploymentType.C2C);
        assertThat(r.client().value()).isEqualTo("Example Telecom");
        assertThat(r.visa().accepted())
                .containsExactlyInAnyOrder(WorkAuthorization.US_CITIZEN, WorkAuthorization.GREEN_CARD);
    }

    @Test
    void labelsSeparatedBySemicolonsOrCommas_andAClientEndClientLabel() {
        assertThat(only("Implementation Partner: Sample Consulting; End Client: Example Bank")
                        .implementationPartner()
                        .value())
                .isEqualTo("Sample Consulting");
        assertThat(only("Implementation Partner: Sample Consulting; End Client: Example Bank")
                        .endClient()
                        .value())
                .isEqualTo("Example Bank");
        assertThat(only("Client/End Client: Example Retail").client().value()).isEqualTo("Example Retail");
        // an unknown word before a colon is no label: the value stays whole
        assertThat(only("Client: Example Bank, NA: retail division").client().value())
                .isEqualTo("Example Bank, NA: retail division");
    }

    @Test
    void aSignatureLine_withTheNameThenTheJob_givesTheName() {
        var r = rules.extract(ExtractionInput.ofText("Hi,\n\nRole: Java Developer\nLocation: Dallas, TX\n"
                        + "Skills: Java\n\nThanks & Regards,\nSam Rivera | Sr. Technical Recruiter\n"
                        + "Northwind IT Services Inc.\nDirect: (469) 555-0182 | sam.rivera@northwind.example\n"))
                .requirements()
                .get(0);

        assertThat(r.vendorContact().name()).isEqualTo("Sam Rivera");
        assertThat(r.vendorContact().email()).isEqualTo("sam.rivera@northwind.example");
        assertThat(r.vendorCompany().value()).isEqualTo("Northwind IT Services Inc");
    }

    @Test
    void contractLengthsWrittenOut_areNumbers() {
        assertThat(only("Duration: Six months").durationMonths().value()).isEqualTo(6);
        assertThat(only("Duration: six (6) months").durationMonths().value()).isEqualTo(6);
        assertThat(only("Duration: Twelve Months, extendable").durationMonths().value())
                .isEqualTo(12);
        assertThat(only("Duration: Six months").duration().value()).isEqualTo("Six months");
        assertThat(only("Duration: two years").durationMonths().value()).isEqualTo(24);
        // a word that is not followed by a unit stays a word
        assertThat(Fields.numerals("one of our clients needs 6 months")).isEqualTo("one of our clients needs 6 months");
        assertThat(Fields.numerals("twenty four (24) months")).isEqualTo("24 months");
    }

    @Test
    void labelsSetApartBySpacesAlone_areEachTheirField() {
        // tabs and runs of spaces are collapsed when the mail is read: "Frisco, TX Visa: H1B" was no place
        ExtractedRequirement r =
                only("Location: Frisco, TX      Duration: 12 months\tRate: $60/hr C2C    Visa: H1B, GC");
        assertThat(r.locations()).singleElement().matches(l -> "Frisco".equals(l.city()) && "TX".equals(l.state()));
        assertThat(r.durationMonths().value()).isEqualTo(12);
        assertThat(r.rate().amount()).isEqualByComparingTo(new BigDecimal("60"));
        assertThat(r.visa().accepted()).containsExactlyInAnyOrder(WorkAuthorization.H1B, WorkAuthorization.GREEN_CARD);
        // a label of two words is one label ("End Client", not "Client"), and an unknown word is none
        ExtractedRequirement chain = only("Implementation Partner: Sample Consulting   End Client: Example Bank");
        assertThat(chain.implementationPartner().value()).isEqualTo("Sample Consulting");
        assertThat(chain.endClient().value()).isEqualTo("Example Bank");
        assertThat(only("Location: New York City Interview Mode: Video").locations())
                .singleElement()
                .matches(l -> "New York".equals(l.city()));
    }
}
