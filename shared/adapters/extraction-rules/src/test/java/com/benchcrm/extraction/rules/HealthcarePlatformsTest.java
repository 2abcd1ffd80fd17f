package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.ExtractionInput;
import com.benchcrm.extraction.Sourced;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Epic, Cerner and the interface standards are a healthcare desk's skills, not only a domain (anonymous mails). */
class HealthcarePlatformsTest {

    final DeterministicExtractor rules =
            new DeterministicExtractor(Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC));

    ExtractedRequirement only(String subject, String body) {
        var r = rules.extract(new ExtractionInput(subject, body, null, null));
        assertThat(r.requirements()).hasSize(1);
        return r.requirements().get(0);
    }

    @Test
    void anEpicAnalystsMail_namesEpicAndItsModule_notOnlyTheHealthcareDomain() {
        ExtractedRequirement r = only(
                "Epic Beaker Analyst - 100% Remote - Long Term",
                "Hello,\n\nOur healthcare client is looking for an Epic Beaker Analyst. Must be Epic Beaker certified."
                        + " 5+ years of Epic experience. Experience with Cerner or Sunquest conversions a plus.\n\n"
                        + "Remote, but must work CST hours. Long term contract. Pay $80-85/hr on C2C.\n\n"
                        + "Thank you,\nPat Placeholder\nExample Health Staffing\n");

        // the mail gave no skill at all: Epic and Cerner were domains, read only as "Healthcare"
        assertThat(r.skills())
                .filteredOn(ExtractedSkill::required)
                .extracting(ExtractedSkill::name)
                .contains("Epic Beaker", "Epic");
        assertThat(r.skills())
                .filteredOn(k -> !k.required())
                .extracting(ExtractedSkill::name)
                .containsExactly("Cerner");
        assertThat(r.domains()).extracting(Sourced::value).contains("Healthcare");
    }

    @Test
    void epicModules_listedUnderEpic_areItsModules() {
        ExtractedRequirement r = only(
                "Epic Analyst - Remote",
                "Location: Remote\nSkills: Epic (Beaker, Cadence), Epic Resolute HB, HL7, FHIR, Mirth\n");

        assertThat(r.skills())
                .extracting(ExtractedSkill::name)
                .contains("Epic Beaker", "Epic Cadence", "Epic Resolute", "HL7", "FHIR", "Mirth Connect");
    }

    @Test
    void anAgileEpic_amongUserStories_isNoEhrPlatform() {
        ExtractedRequirement sentence = only(
                "Business Analyst - Charlotte, NC",
                "Location: Charlotte, NC\nWrite Epics, features and user stories in Jira.\n"
                        + "Break down each Epic into stories with acceptance criteria.\n");
        ExtractedRequirement list = only(
                "Business Analyst - Charlotte, NC",
                "Location: Charlotte, NC\nRequirements: Agile BA; create Epic and Story in JIRA; SQL\n");
        var resume = rules.extractResume(
                null,
                "Pat Placeholder\nBusiness Analyst\n\nEXPERIENCE\nBusiness Analyst, Example Bank, 2019 - Present\n"
                        + "- Created Epic and User Stories in JIRA and groomed the backlog with the product owner\n");

        assertThat(sentence.skills()).extracting(ExtractedSkill::skillId).doesNotContain("epic");
        assertThat(list.skills())
                .extracting(ExtractedSkill::skillId)
                .doesNotContain("epic")
                .contains("jira");
        assertThat(resume.skills()).extracting(ExtractedSkill::skillId).doesNotContain("epic");
    }

    @Test
    void resultRoutingOrContextSwitching_isNoNetworking_butARoutingAndSwitchingItemIs() {
        var analyst = rules.extractResume(
                null,
                "Jordan Example\nEpic Beaker Analyst\n\nEXPERIENCE\nEpic Beaker Analyst, Example Health, 2021 - Present\n"
                        + "- Build Beaker CP workflows, specimen tracking and result routing\n"
                        + "- Comfortable with context switching between go-live support and build\n");
        var network = rules.extractResume(
                null,
                "Pat Placeholder\nNetwork Engineer\n\nSKILLS\nRouting, Switching, BGP, OSPF\n\nEXPERIENCE\n"
                        + "Configured routing and switching for 40 branch offices\n");

        assertThat(analyst.skills()).extracting(ExtractedSkill::skillId).doesNotContain("routing-and-switching");
        assertThat(network.skills()).extracting(ExtractedSkill::skillId).contains("routing-and-switching", "bgp");
    }

    @Test
    void aPlatformInsideAnotherWord_namesNoPlatform() {
        // "laws" held "aws", so EMR was read as Amazon EMR; "ASAP" held "sap"
        ExtractedRequirement r = only(
                "Healthcare Business Analyst - Boston, MA",
                "Location: Boston, MA\nSkills: SQL, Visio\nKnowledge of HIPAA laws and EMR systems.\n"
                        + "Start ASAP. Experience with SD and MM teams.\n");

        assertThat(r.skills()).extracting(ExtractedSkill::name).doesNotContain("Amazon EMR", "SAP SD", "SAP MM");
    }
}
