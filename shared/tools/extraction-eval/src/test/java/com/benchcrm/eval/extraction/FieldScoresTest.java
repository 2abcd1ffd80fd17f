package com.benchcrm.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Json;
import com.benchcrm.extraction.ExtractionInput;
import com.benchcrm.extraction.RequirementExtraction;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class FieldScoresTest {

    static RequirementExtraction extract(String text) {
        return ExtractionEval.rules().extractRequirements(ExtractionEval.TENANT, ExtractionInput.ofText(text));
    }

    static JsonNode label(String json) throws Exception {
        return Json.strict().readTree(json);
    }

    @Test
    void absentKey_isNotScored_nullKey_makesAnExtractedValueAFalsePositive() throws Exception {
        RequirementExtraction x =
                extract("Role: Java Developer\nLocation: Dallas, TX\nVisa: USC, GC\nRate: $60/hr C2C");

        FieldScores unscored = new FieldScores();
        unscored.add("m", label("{\"requirements\": [{\"title\": \"Java Developer\"}]}"), x);
        FieldScores stated = new FieldScores();
        stated.add(
                "m", label("{\"requirements\": [{\"title\": \"Java Developer\", \"visa\": [], \"rate\": null}]}"), x);

        assertThat(unscored.count("visa").fp()).isZero();
        assertThat(unscored.count("title").tp()).isEqualTo(1);
        assertThat(stated.count("visa").fp()).isEqualTo(2);
        assertThat(stated.count("rate").fp()).isEqualTo(1);
    }

    @Test
    void aDigestReadAsOneRequirement_countsTheMissedOnes() throws Exception {
        RequirementExtraction one = extract("Role: Java Developer\nLocation: Dallas, TX\nSkills: Java, Spring");
        FieldScores s = new FieldScores();
        s.add(
                "m",
                label(
                        "{\"requirements\": [{\"title\": \"Java Developer\"}, {\"title\": \"Data Engineer\"}, {\"title\": \"QA Analyst\"}]}"),
                one);

        assertThat(s.count("requirements").tp()).isEqualTo(1);
        assertThat(s.count("requirements").fn()).isEqualTo(2);
        assertThat(s.count("title").fn()).isEqualTo(2);
    }

    @Test
    void hashedNames_areComparedHashed_phonesByTheirLastTenDigits() throws Exception {
        RequirementExtraction x =
                extract("Role: Java Developer\nLocation: Dallas, TX\n\nThanks,\nJordan Sample\nExample Staffing LLC\n"
                        + "Phone: +1 (555) 010-2233 Ext 12\njordan@example.com");
        String name = FieldScores.hashed(FieldScores.norm("Jordan Sample"));

        FieldScores s = new FieldScores();
        s.add(
                "m",
                label("{\"requirements\": [{\"title\": \"Java Developer\", \"vendorContact\": \"" + name
                        + "\", \"vendorPhone\": \"555-010-2233\", \"vendorCompany\": \"Example Staffing\"}]}"),
                x);

        assertThat(s.count("vendorContact").tp()).isEqualTo(1);
        assertThat(s.count("vendorPhone").tp()).isEqualTo(1);
        assertThat(s.count("vendorCompany").tp()).isEqualTo(1); // legal suffixes do not count
    }
}
