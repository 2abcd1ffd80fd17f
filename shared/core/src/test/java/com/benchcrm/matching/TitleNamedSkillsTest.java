package com.benchcrm.matching;

import static com.benchcrm.matching.Profiles.has;
import static com.benchcrm.matching.Profiles.req;
import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.matching.Profiles.C;
import com.benchcrm.matching.Profiles.R;
import com.benchcrm.requirement.Requirement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A skill named by the consultant's title counts as held, credited at the depth floor (ADR 0110). */
class TitleNamedSkillsTest {

    private static Requirement qa() {
        return R.javaDallas()
                .title("QA Automation Engineer")
                .skills(List.of(req("Quality Assurance"), req("Selenium"), req("Python")))
                .build();
    }

    @Test
    void aQaAutomationEngineer_holdsQualityAssurance_throughTheTitle() {
        MatchEngine.SkillOverlap o = MatchEngine.overlap(
                qa(),
                C.javaIrving()
                        .skills(List.of(has("Selenium", 6)))
                        .titled("Senior QA Automation Engineer")
                        .build());

        assertThat(o.requiredHeld()).isEqualTo(2);
        assertThat(o.missingRequired()).containsExactly("Python");
    }

    @Test
    void theTaxonomyReadsTheTitle_asTheExtractorReadsARequirementTitle() {
        assertThat(MatchEngine.skillsNamedBy("Senior QA Automation Engineer"))
                .contains(com.benchcrm.common.SkillNames.key("Test Automation"));
        Requirement r = R.javaDallas()
                .title("QA Automation Engineer")
                .skills(List.of(req("Test Automation"), req("Cucumber")))
                .build();

        MatchEngine.SkillOverlap o = MatchEngine.overlap(
                r,
                C.javaIrving()
                        .skills(List.of(has("Selenium", 6)))
                        .titled("Senior QA Automation Engineer")
                        .build());

        assertThat(o.missingRequired()).containsExactly("Cucumber");
    }

    @Test
    void theSameSkillsUnderAnotherTitle_stayMissing() {
        MatchEngine.SkillOverlap o = MatchEngine.overlap(
                qa(),
                C.javaIrving()
                        .skills(List.of(has("Selenium", 6)))
                        .titled("Business Analyst")
                        .build());

        assertThat(o.requiredHeld()).isEqualTo(1);
        assertThat(o.missingRequired()).containsExactly("Quality Assurance", "Python");
    }

    @Test
    void aListedSkill_outranksTheTitle_whichOutranksNeither() {
        Requirement r = R.javaDallas()
                .title("Python Developer")
                .skills(List.of(req("Python")))
                .build();
        C django = C.javaIrving().skills(List.of(has("Django", 8)));
        double listed = MatchEngine.overlap(
                        r,
                        C.javaIrving()
                                .skills(List.of(has("Python", 1)))
                                .titled("Python Developer")
                                .build())
                .jaccard();
        double fromTitle = MatchEngine.overlap(
                        r, django.titled("Sr. Python Developer").build())
                .jaccard();
        double neither =
                MatchEngine.overlap(r, django.titled("Java Developer").build()).jaccard();

        assertThat(listed).isGreaterThan(fromTitle);
        assertThat(fromTitle).isGreaterThan(neither);
    }

    @Test
    void namedIn_needsTheWholeSkillInARow_andNeverOneLetter() {
        List<String> words = TitleOccupations.words("Objective-C Developer (Data Warehouse)");
        assertThat(MatchEngine.namedIn(words, "Data Warehouse")).isTrue();
        assertThat(MatchEngine.namedIn(words, "Data Warehousing")).isFalse();
        assertThat(MatchEngine.namedIn(words, "C")).isFalse();
        assertThat(MatchEngine.namedIn(words, "Warehouse Data")).isFalse();
        assertThat(MatchEngine.namedIn(TitleOccupations.words(".NET Developer"), ".NET"))
                .isTrue();
        assertThat(MatchEngine.namedIn(List.of(), "Java")).isFalse();
    }
}
