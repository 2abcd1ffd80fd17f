package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Json;
import com.benchcrm.extraction.ExtractionSchemas;
import com.benchcrm.extraction.RequirementExtraction;
import com.benchcrm.extraction.ResumeExtraction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the deterministic extractor returns is valid against the JSON Schemas the Bedrock adapter gives the model. */
class ExtractionSchemaTest {

    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    static final JsonSchema REQUIREMENT = FACTORY.getSchema(ExtractionSchemas.text(ExtractionSchemas.REQUIREMENT));
    static final JsonSchema RESUME = FACTORY.getSchema(ExtractionSchemas.text(ExtractionSchemas.RESUME));
    final DeterministicExtractor rules = new DeterministicExtractor(Clock.systemUTC());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "plain-requirement.eml",
                "html-only.eml",
                "hot-list.eml",
                "forward-inline.eml",
                "forward-rfc822.eml",
                "alternative-qp.eml",
                "injection.eml",
                "broken-boundary.eml",
                "unknown-charset.eml",
                "tnef-and-zip.eml"
            })
    void requirementExtraction_validatesAgainstTheSchema(String mail) {
        RequirementExtraction x = rules.extract(Mails.input(mail));
        ObjectNode doc = Json.strict().createObjectNode();
        doc.set("requirements", Json.strict().valueToTree(x.requirements()));

        Set<ValidationMessage> errors = REQUIREMENT.validate(doc);

        assertThat(errors).as(mail + ": " + doc).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"avery-example.txt"})
    void resumeExtraction_validatesAgainstTheSchema(String file) throws Exception {
        ResumeExtraction r = rules.extractResume(null, ResumeRulesTest.resume(file));
        ObjectNode doc = Json.strict().valueToTree(r);
        for (String f : new String[] {"engine", "model", "taxonomyVersion", "usage", "notes"}) {
            doc.remove(f);
        }

        assertThat(RESUME.validate((JsonNode) doc)).as(doc.toString()).isEmpty();
    }
}
