package com.benchcrm.extraction.rules;

import static com.benchcrm.common.WorkAuthorization.GC_EAD;
import static com.benchcrm.common.WorkAuthorization.GREEN_CARD;
import static com.benchcrm.common.WorkAuthorization.H4_EAD;
import static com.benchcrm.common.WorkAuthorization.L2_EAD;
import static com.benchcrm.common.WorkAuthorization.US_CITIZEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractionInput;
import com.benchcrm.extraction.Sourced;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Party labels written with an abbreviation, a slash or no space, a second field after a bar, an end client in
 * brackets; "visa independent" and two weak statuses in a list: anonymous lines written for this project.
 */
class PartyLabelsAndVisaPhrasesTest {

    final DeterministicExtractor rules =
            new DeterministicExtractor(Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC));

    ExtractedRequirement with(String line) {
        var r = rules.extract(new ExtractionInput(
                "Java Developer - Dallas, TX",
                "Hi,\n\nRole: Java Developer\nLocation: Dallas, TX\nDuration: 12 months\n" + line
                        + "\nSkills: Java, Spring Boot\n\nThanks,\nPat Placeholder\nExample Staffing LLC\n",
                null,
                null));
        assertThat(r.requirements()).as(line).hasSize(1);
        return r.requirements().get(0);
    }

    static String value(Sourced<String> s) {
        return s == null ? null : s.value();
    }

    @Test
    void partyLabels_withAnAbbreviationASlashOrNoSpace() {
        assertThat(value(with("Implementation Partner (IP): Sample Tech").implementationPartner()))
                .isEqualTo("Sample Tech");
        assertThat(value(with("Client/Customer: Example Health").client())).isEqualTo("Example Health");
        assertThat(value(with("EndClient: Example Health").endClient())).isEqualTo("Example Health");
        assertThat(value(with("Prime Vendor/IP: Sample Tech").primeVendor())).isEqualTo("Sample Tech");
        // "Partner" alone, in a vendor's chain of parties, is the implementation partner
        assertThat(value(with("Client: Example Bank\nPartner: Sample Tech").implementationPartner()))
                .isEqualTo("Sample Tech");
    }

    @Test
    void aBarEndsAFirmsName_andAnEndClientInBracketsIsTheEndClient() {
        assertThat(value(with("Client - Example Bank | Vendor - Sample Tech").client()))
                .isEqualTo("Example Bank");
        ExtractedRequirement r = with("Client: Example Bank (End client: Example Holdings)");
        assertThat(value(r.endClient())).isEqualTo("Example Holdings");
        // the client of a mail that also names an end client is the implementation partner (ADR 0070)
        assertThat(value(r.implementationPartner())).isEqualTo("Example Bank");
    }

    @Test
    void aChainNamedInASentence_givesTheClientAndTheFirmBetween() {
        ExtractedRequirement prime = with(
                "Sharing the JD for the Java Developer role with Example Bank through Sample Global (prime vendor).");
        assertThat(value(prime.client())).isEqualTo("Example Bank");
        assertThat(value(prime.primeVendor())).isEqualTo("Sample Global");
        assertThat(prime.implementationPartner()).isNull();
        ExtractedRequirement partner = with("This role is with Example Bank via Sample Tech.");
        assertThat(value(partner.client())).isEqualTo("Example Bank");
        assertThat(value(partner.implementationPartner())).isEqualTo("Sample Tech");
        ExtractedRequirement ours =
                with("We have an opening with our client Example Airlines through Sample Consulting.");
        assertThat(value(ours.client())).isEqualTo("Example Airlines");
        assertThat(value(ours.implementationPartner())).isEqualTo("Sample Consulting");
        // no word for the job before "with": a technology, not a chain
        ExtractedRequirement tech = with("Experience working with Kafka through Confluent Cloud is a plus.");
        assertThat(tech.client()).isNull();
        assertThat(tech.implementationPartner()).isNull();
        assertThat(with("The role is with the platform team via Teams calls.").client())
                .isNull();
    }

    @Test
    void visaIndependent_isTheStatusesThatNeedNoEmployersVisa_unlessTheLineListsThem() {
        assertThat(with("Visa: Visa independent candidates only").visa().accepted())
                .containsExactlyInAnyOrder(US_CITIZEN, GREEN_CARD, GC_EAD, H4_EAD, L2_EAD);
        assertThat(with("Visa Independent only (USC, GC, GC EAD)").visa().accepted())
                .containsExactlyInAnyOrder(US_CITIZEN, GREEN_CARD, GC_EAD);
        // a refusal beside it names no accepted status: the independent ones stand
        ExtractedRequirement refusal = with("Visa independent candidates only. No OPT/CPT.");
        assertThat(refusal.visa().accepted()).containsExactlyInAnyOrder(US_CITIZEN, GREEN_CARD, GC_EAD, H4_EAD, L2_EAD);
        assertThat(refusal.visa().excluded())
                .containsExactlyInAnyOrder(
                        com.benchcrm.common.WorkAuthorization.OPT_EAD, com.benchcrm.common.WorkAuthorization.CPT);
    }

    @Test
    void twoWeakStatusesInAList_nameStatuses_oneAloneDoesNot() {
        assertThat(with("Need GC or Citizen").visa().accepted()).containsExactlyInAnyOrder(GREEN_CARD, US_CITIZEN);
        assertThat(with("Tuned GC pauses on the JVM.").visa()).isNull();
    }

    @Test
    void whatAStatusHoldersMustSend_isNoTermOfTheRequirement() {
        // "any visa except" accepts every other status: a line asking H1B holders for their passport does not make
        // the requirement H1B-only (nor add H1B to a label's list)
        ExtractedRequirement any = with("Visa: Any visa except OPT/CPT\nPassport number mandatory for H1B candidates");
        assertThat(any.visa().accepted()).isEmpty();
        assertThat(any.visa().excluded())
                .containsExactlyInAnyOrder(
                        com.benchcrm.common.WorkAuthorization.OPT_EAD, com.benchcrm.common.WorkAuthorization.CPT);
        assertThat(with("Visa: USC/GC\nFor H1B candidates please share the I-797 and visa copy.")
                        .visa()
                        .accepted())
                .containsExactlyInAnyOrder(US_CITIZEN, GREEN_CARD);
        // a clause that states terms beside one that asks for a document still counts, its line the source
        ExtractedRequirement both = with("H1B and GC EAD are fine. Need DL copy with the resume.");
        assertThat(both.visa().accepted()).containsExactlyInAnyOrder(com.benchcrm.common.WorkAuthorization.H1B, GC_EAD);
        assertThat(both.visa().source()).isEqualTo("H1B and GC EAD are fine. Need DL copy with the resume.");
        // only a document request names a status: no terms at all
        assertThat(with("GC holders: please attach the GC copy and a photo ID proof")
                        .visa())
                .isNull();
    }

    @Test
    void sponsorshipTermsWithoutAStatus_areKeptAsTheTerms_andRefuseNothingOfTheirOwn() {
        for (String line : java.util.List.of(
                "Visa: Must be authorized to work in the US without sponsorship now or in the future",
                "Sponsorship is not available for this role.",
                "We are unable to sponsor at this time.")) {
            ExtractedRequirement r = with(line);
            assertThat(r.visa()).as(line).isNotNull();
            assertThat(r.visa().terms()).as(line).containsIgnoringCase("sponsor");
            assertThat(r.visa().accepted()).as(line).isEmpty();
            assertThat(r.visa().excluded()).as(line).isEmpty();
        }
    }
}
