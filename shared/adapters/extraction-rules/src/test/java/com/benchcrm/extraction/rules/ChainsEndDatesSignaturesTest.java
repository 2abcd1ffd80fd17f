package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractionInput;
import com.benchcrm.extraction.Sourced;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The client and its partner on one "Client:" line, a client named in a sentence, a contract that runs to a date,
 * a visa line of one weak status, and signature lines that hold the firm beside a name or a job: anonymous mails
 * written for this project in formats real vendors use (none of them is in the evaluation sets).
 */
class ChainsEndDatesSignaturesTest {

    /** "Today" for the dates: 6 December 2026. */
    final DeterministicExtractor rules =
            new DeterministicExtractor(Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC));

    ExtractedRequirement mail(String body) {
        var r = rules.extract(new ExtractionInput("Requirement: Java Developer", body, null, null));
        assertThat(r.requirements()).hasSize(1);
        return r.requirements().get(0);
    }

    ExtractedRequirement with(String lines) {
        return mail("Hi,\n\nRole: Java Developer\nLocation: Plano, TX\n" + lines
                + "\nSkills: Java, Spring Boot, AWS\n\nThanks,\nPat Placeholder\n");
    }

    static String value(Sourced<String> s) {
        return s == null ? null : s.value();
    }

    @Test
    void aClientLineNamesThePartnerItComesThrough() {
        ExtractedRequirement via = with("Client - Capital One (via Cognizant)");
        assertThat(value(via.client())).isEqualTo("Capital One");
        assertThat(value(via.implementationPartner())).isEqualTo("Cognizant");

        ExtractedRequirement through = with("Client: Example Insurance through Sample Infotech");
        assertThat(value(through.client())).isEqualTo("Example Insurance");
        assertThat(value(through.implementationPartner())).isEqualTo("Sample Infotech");

        // a label for the partner wins over the client line's
        ExtractedRequirement labelled =
                with("Client: Example Insurance via Sample Infotech\nImplementation Partner: Other Partner Inc");
        assertThat(value(labelled.implementationPartner())).isEqualTo("Other Partner Inc");
    }

    @Test
    void aQualifierInBracketsIsNoPartOfTheClientsName() {
        ExtractedRequirement r = with("Client: Example Energy (Direct client)");
        assertThat(value(r.client())).isEqualTo("Example Energy");
        assertThat(r.implementationPartner()).isNull();
        assertThat(r.notes()).extracting(Sourced::value).contains("Direct client");
        // a name with "through" in lower case is no chain unless a capitalized name follows
        assertThat(value(with("Client: Example Retail through our partner network")
                        .client()))
                .isEqualTo("Example Retail through our partner network");
    }

    @Test
    void aClientNamedInASentence() {
        assertThat(value(mail("Hi,\n\nWe have an immediate opening with our client Example Airlines for a Java "
                                + "Developer in Dallas, TX. Skills: Java, Spring Boot.\n\nThanks,\nPat Placeholder\n")
                        .client()))
                .isEqualTo("Example Airlines");
        assertThat(value(mail("Hi,\n\nOur client, Example Bank, is looking for a Java Developer in Chicago, IL. "
                                + "Skills: Java, Kafka.\n\nThanks,\nPat Placeholder\n")
                        .client()))
                .isEqualTo("Example Bank");
        // no name: an anonymous client, a place
        assertThat(mail("Hi,\n\nOur direct client, a Fortune 500 retailer, needs a Java Developer in Austin, TX. "
                                + "Skills: Java, Kafka.\n\nThanks,\nPat Placeholder\n")
                        .client())
                .isNull();
        assertThat(mail("Hi,\n\nOur client in Dallas, TX needs a Java Developer. Skills: Java, Kafka.\n\n"
                                + "Thanks,\nPat Placeholder\n")
                        .client())
                .isNull();
    }

    @Test
    void aContractThatRunsToADate_isTheMonthsFromNow() {
        assertThat(with("Duration: till Dec 2027").durationMonths().value()).isEqualTo(12);
        assertThat(with("Duration: Through June 30, 2027").durationMonths().value())
                .isEqualTo(6);
        assertThat(with("Contract Duration: Through 12/31/2027")
                        .durationMonths()
                        .value())
                .isEqualTo(12);
        assertThat(with("Duration: until end of 2027").durationMonths().value()).isEqualTo(12);
        assertThat(with("This contract runs through March 2027 with likely extension.")
                        .durationMonths()
                        .value())
                .isEqualTo(3);
        // the text stays as written; a length in months still wins over a date beside it
        assertThat(with("Duration: till Dec 2027").duration().value()).isEqualTo("till Dec 2027");
        assertThat(with("Duration: 6 months (till June 2027)").durationMonths().value())
                .isEqualTo(6);
        // a span with its start counts both months
        assertThat(with("Duration: Jan 2027 - Dec 2027").durationMonths().value())
                .isEqualTo(12);
        assertThat(with("Duration: Feb 2027 to Sep 2027").durationMonths().value())
                .isEqualTo(8);
        assertThat(with("The contract runs from March 2027 to August 2027.")
                        .durationMonths()
                        .value())
                .isEqualTo(6);
        // a date that has passed, and a bare date outside a duration label, give no months
        assertThat(with("Duration: till Jan 2026").durationMonths()).isNull();
        assertThat(with("Project kickoff meeting in March 2027.").durationMonths())
                .isNull();
    }

    @Test
    void aVisaLineWithOneWeakStatus() {
        assertThat(with("Candidates with TN visa are welcome.").visa().accepted())
                .containsExactly(WorkAuthorization.TN);
        // "TN" after a city is a state, also on a line that says "visa"
        assertThat(with("Office in Nashville, TN. Visa: USC/GC").visa().accepted())
                .containsExactlyInAnyOrder(WorkAuthorization.US_CITIZEN, WorkAuthorization.GREEN_CARD);
    }

    @Test
    void signatureLinesWithTheFirmBesideANameOrAJob() {
        String body = "Hi,\n\nRole: Java Developer\nLocation: Plano, TX\nSkills: Java, Spring Boot\n\nCheers,\n";
        ExtractedRequirement bars =
                mail(body + "Casey Example | Example Consulting Group | casey@examplecg.com | 555-010-4444\n");
        assertThat(bars.vendorContact().name()).isEqualTo("Casey Example");
        assertThat(value(bars.vendorCompany())).isEqualTo("Example Consulting Group");

        ExtractedRequirement jobComma =
                mail(body + "Riley Placeholder\nLead Recruiter, Example Workforce Inc.\nriley@exampleworkforce.com\n");
        assertThat(value(jobComma.vendorCompany())).isEqualTo("Example Workforce Inc");

        ExtractedRequirement talent = mail(body + "Jordan Example\nSr. Technical Recruiter | Example Talent Partners\n"
                + "jordan@exampletalent.com\n");
        assertThat(value(talent.vendorCompany())).isEqualTo("Example Talent Partners");

        // a firm whose legal suffix follows a comma keeps it
        ExtractedRequirement legal = mail(body + "Sam Doe\nExample Workforce, Inc.\nsam@exampleworkforce.com\n");
        assertThat(value(legal.vendorCompany())).isEqualTo("Example Workforce, Inc");
    }

    @Test
    void aFirmAfterAJobWithACommaDashOrAt_andAnAddressLineThatStandsAlone() {
        String body =
                "Hi,\n\nRole: Java Developer\nLocation: Plano, TX\nSkills: Java, Spring Boot\n\nThanks & Regards,\n";
        // the address line below a line of 30+ characters is its own line, not the firm line's continuation
        for (String job : List.of(
                "Sr. Recruiter, Example Staffing LLC",
                "Sr. Recruiter - Example Staffing LLC",
                "Senior Recruiter at Example Staffing LLC")) {
            ExtractedRequirement r = mail(body + "Karen Example\n" + job + "\nkaren@examplestaffing.com\n");
            assertThat(value(r.vendorCompany())).as(job).isEqualTo("Example Staffing LLC");
            assertThat(r.vendorContact().name()).as(job).isEqualTo("Karen Example");
            assertThat(r.vendorContact().email()).as(job).isEqualTo("karen@examplestaffing.com");
        }
    }

    @Test
    void aNameWithAnInitialForTheLastName() {
        ExtractedRequirement r = mail("Hi,\n\nRole: Java Developer\nLocation: Plano, TX\nSkills: Java, Spring Boot\n\n"
                + "Best,\nRahul K\nTalent Acquisition | Example Systems\nrahul.k@examplesystems.com\n");

        assertThat(r.vendorContact().name()).isEqualTo("Rahul K");
        assertThat(value(r.vendorCompany())).isEqualTo("Example Systems");
    }
}
