package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.ExtractionInput;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Names of 2026 requirements the sources lacked: generative AI frameworks, vector stores, network security (anonymous mails). */
class ModernStackNamesTest {

    final DeterministicExtractor rules =
            new DeterministicExtractor(Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC));

    ExtractedRequirement only(String subject, String body) {
        var r = rules.extract(new ExtractionInput(subject, body, null, null));
        assertThat(r.requirements()).hasSize(1);
        return r.requirements().get(0);
    }

    @Test
    void aGenAiDevelopersMail_namesItsFrameworksAndVectorStores() {
        ExtractedRequirement r = only(
                "Python Developer with GenAI - Remote",
                "Hi,\n\nWe are seeking a Python developer to build LLM-powered applications. You will design"
                        + " retrieval-augmented generation (RAG) pipelines and integrate with OpenAI and Azure OpenAI APIs.\n\n"
                        + "Requirements:\n- 6+ years Python\n- Vector search using Pinecone or pgvector\n"
                        + "- Work with LangChain / LlamaIndex, Hugging Face and Amazon Bedrock\n\n"
                        + "Location: Remote\nDuration: 12 months\nRate: $75/hr C2C\n");

        assertThat(r.skills())
                .extracting(ExtractedSkill::name)
                .contains(
                        "OpenAI",
                        "Azure OpenAI",
                        "Pinecone",
                        "pgvector",
                        "LangChain",
                        "LlamaIndex",
                        "Hugging Face",
                        "Amazon Bedrock",
                        "Retrieval-Augmented Generation");
    }

    @Test
    void aNetworkEngineersMail_namesPanoramaAndIse() {
        ExtractedRequirement r = only(
                "Network Engineer (Cisco/Palo Alto) - Newark, NJ",
                "Role : Network Engineer\nLoc : Newark, NJ (Onsite)\n\nMust Have:\n"
                        + " - Cisco routing and switching (BGP, OSPF)\n - Palo Alto firewalls, Panorama\n"
                        + " - Cisco ISE, wireless (Meraki)\n");

        assertThat(r.skills())
                .extracting(ExtractedSkill::name)
                .contains("Palo Alto Panorama", "Cisco ISE", "Cisco Meraki");
    }

    @Test
    void panoramaAndBedrock_asPlainWords_areNoProducts() {
        ExtractedRequirement r = only(
                "Data Analyst - Austin, TX",
                "Location: Austin, TX\nSkills: SQL, Tableau\n"
                        + "You will give leadership a panorama of the business; the bedrock of the role is SQL.\n");

        assertThat(r.skills()).extracting(ExtractedSkill::name).doesNotContain("Palo Alto Panorama", "Amazon Bedrock");
    }

    @Test
    void anAzureArchitectsServices_andAnOracleDbasOem_areNamed_butAnOemMakerIsNot() {
        ExtractedRequirement azure = only(
                "Azure Cloud Architect - Irving, TX",
                "Role: Azure Cloud Architect\nLocation: Irving, TX\n\n"
                        + "5+ yrs Azure architecture (AKS, App Gateway, Front Door, Azure Policy, Bicep)\n"
                        + "Landing zones, hub-spoke networking, Entra ID\n");
        ExtractedRequirement dba = only(
                "Oracle DBA - Remote",
                "Position : Oracle DBA\nLocation : Remote\nSkills:\nOracle 19c, RAC, Data Guard, OEM 13c, RMAN\n");
        ExtractedRequirement hardware = only(
                "Firmware Engineer - San Jose, CA",
                "Location: San Jose, CA\nSkills: C, RTOS\nYou will work with a North American OEM on switches.\n");

        assertThat(azure.skills())
                .extracting(ExtractedSkill::name)
                .contains("Azure Application Gateway", "Azure Front Door", "Azure Policy", "Azure Landing Zones")
                .doesNotContain("Gateways");
        assertThat(dba.skills()).extracting(ExtractedSkill::name).contains("Oracle Enterprise Manager");
        assertThat(hardware.skills()).extracting(ExtractedSkill::name).doesNotContain("Oracle Enterprise Manager");
    }
}
