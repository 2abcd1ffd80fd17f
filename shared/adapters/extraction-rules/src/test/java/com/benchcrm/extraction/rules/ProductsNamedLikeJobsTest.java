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

/**
 * Products whose names hold a job word, network and integration products, and a client described rather than named
 * (anonymous mails written for this test; ADR 0122 and 0116 amendments).
 */
class ProductsNamedLikeJobsTest {

    final DeterministicExtractor rules =
            new DeterministicExtractor(Clock.fixed(Instant.parse("2026-12-08T00:00:00Z"), ZoneOffset.UTC));

    ExtractedRequirement only(String subject, String body) {
        var r = rules.extract(new ExtractionInput(subject, body, null, null));
        assertThat(r.requirements()).hasSize(1);
        return r.requirements().get(0);
    }

    @Test
    void aProductWhoseNameHoldsAJobWord_isASkill_butAJobIsNot() {
        // "Adobe Experience Manager", "Azure Resource Manager", "Google Tag Manager" and "Workday Report Writer" were
        // dropped from skills lists as job titles ("Manager", "Writer")
        ExtractedRequirement r = only(
                "Java Developer - Austin, TX",
                "Skills: Adobe Experience Manager, Azure Resource Manager, Google Tag Manager, Workday Report Writer,"
                        + " Java\nNice to have: scrum master experience, SQL Developer\n");

        assertThat(r.skills())
                .extracting(ExtractedSkill::name)
                .contains(
                        "Adobe Experience Manager",
                        "Azure Resource Manager",
                        "Google Tag Manager",
                        "Workday Reporting",
                        "Java")
                // a way of working beside a job word names the person; "SQL Developer" without Oracle is the job
                .doesNotContain("Scrum", "Sqldeveloper");
        // a title naming the product asks for it; a title that is a job stays one
        assertThat(only("Adobe Experience Manager Developer", "Skills: Java, Sling")
                        .skills())
                .extracting(ExtractedSkill::name)
                .contains("Adobe Experience Manager");
        assertThat(only("SQL Developer", "Skills: T-SQL, SSIS").skills())
                .extracting(ExtractedSkill::name)
                .doesNotContain("Sqldeveloper");
    }

    @Test
    void aNetworkEngineersMail_namesAciNexusAndNetworkAutomation_notTestAutomation() {
        ExtractedRequirement r = only(
                "Network Engineer (Cisco ACI / Palo Alto) -- Plano TX",
                "Title: Network Engineer III\nLocation: Plano, TX - Onsite\n\nRequired:\n* CCNP certification\n"
                        + "* Cisco ACI, Nexus 7K/9K, BGP, OSPF\n\nPreferred: Python scripting for network automation,"
                        + " Ansible.\n");

        assertThat(r.skills())
                .extracting(ExtractedSkill::name)
                .contains("Cisco ACI", "Cisco Nexus", "Network Automation", "Ansible")
                .doesNotContain("Test Automation", "SDN");
    }

    @Test
    void apiTestingAndWorkdayPeci_areTheirOwnSkills() {
        ExtractedRequirement qa = only(
                "QA Automation Lead - Remote",
                "Must have hands-on Selenium WebDriver with Java, TestNG, REST Assured for API testing, and Jenkins CI.\n");
        assertThat(qa.skills())
                .extracting(ExtractedSkill::name)
                .contains("API Testing", "REST Assured")
                .doesNotContain("API");
        ExtractedRequirement workday = only(
                "Workday HCM Integration Consultant",
                "Key skills: Workday Studio, EIB, Core Connectors, PECI, XSLT.\n");
        assertThat(workday.skills()).extracting(ExtractedSkill::name).contains("Workday PECI", "Workday EIB");
    }

    @Test
    void anEndClientWithheldInBrackets_namesNoEndClient_andADescribedClientNamesItsDomain() {
        // "(end client: confidential)" made "confidential" the end client and the client its implementation partner
        ExtractedRequirement r = only(
                "QA Automation Lead - Remote",
                "Client: Large Health Insurance company (end client: confidential)\nPosition: QA Automation Lead\n"
                        + "Skills: Selenium, Java\n");

        assertThat(r.client().value()).isEqualTo("Large Health Insurance company");
        assertThat(r.endClient()).isNull();
        assertThat(r.implementationPartner()).isNull();
        assertThat(r.domains()).extracting(Sourced::value).contains("Health Insurance");
        // a named end client in brackets still is one, and the client then the partner
        ExtractedRequirement named =
                only("QA Lead", "Client: Example Bank (End client: Example Holdings)\nSkills: Selenium, Java\n");
        assertThat(named.endClient().value()).isEqualTo("Example Holdings");
        assertThat(named.implementationPartner().value()).isEqualTo("Example Bank");
        // "healthcare payer experience" names the domain
        assertThat(only("QA Lead", "Healthcare payer experience (claims) preferred.\nSkills: Selenium, Java\n")
                        .domains())
                .extracting(Sourced::value)
                .contains("Healthcare");
    }

    @Test
    void aCityNamedLikeASkill_beforeItsState_isThePlace() {
        // "Phoenix" (the Elixir framework, an ambiguous name) was a required skill of "Our client in Phoenix, AZ"
        ExtractedRequirement r =
                only("Java Developer", "Our client in Phoenix, AZ needs a Java developer with Spring.\nSkills: Java\n");
        assertThat(r.skills())
                .extracting(ExtractedSkill::name)
                .contains("Java", "Spring")
                .doesNotContain("Phoenix");
        // the framework named as such still counts, and a run of module codes is no place
        assertThat(only("Elixir Developer", "Skills: Elixir, Phoenix, PostgreSQL\n")
                        .skills())
                .extracting(ExtractedSkill::name)
                .contains("Phoenix");
        assertThat(only("SAP FICO Consultant", "Skills: SAP FI, CO, MM, SD\n").skills())
                .extracting(ExtractedSkill::name)
                .contains("SAP FICO", "SAP MM", "SAP SD");
    }
}
