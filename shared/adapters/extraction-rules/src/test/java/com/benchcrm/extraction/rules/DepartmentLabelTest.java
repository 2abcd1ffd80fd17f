package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.ExtractionInput;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A department or work-unit line names where the job sits, not what it needs (ADR 0110): "Division/Work
 * Unit: Management Information Systems" must not make Management Information Systems a required skill, which
 * the required-skills filter would then hold against every consultant who does not list it.
 */
class DepartmentLabelTest {

    final DeterministicExtractor rules =
            new DeterministicExtractor(Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Division/Work Unit: Management Information Systems",
                "Department: Management Information Systems",
                "Dept - Management Information Systems",
                "Business Unit: Management Information Systems",
            })
    void aDepartmentLine_givesNoSkill_whileTheSkillLineStillDoes(String departmentLine) {
        var x = rules.extract(new ExtractionInput(
                "Business Analyst - Albany, NY",
                "Hi,\n\nRole: Business Analyst\nLocation: Albany, NY\n" + departmentLine + "\n"
                        + "Skills: SQL, Tableau\n\nThanks,\nPat Placeholder\nExample Staffing\n",
                null,
                null));

        assertThat(x.requirements()).hasSize(1);
        ExtractedRequirement r = x.requirements().get(0);
        assertThat(r.skills()).extracting(ExtractedSkill::name).contains("SQL", "Tableau");
        assertThat(r.skills())
                .extracting(ExtractedSkill::name)
                .noneMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("management information"));
    }
}
