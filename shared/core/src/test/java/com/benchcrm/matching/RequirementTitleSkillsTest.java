package com.benchcrm.matching;

import static com.benchcrm.matching.Profiles.has;
import static com.benchcrm.matching.Profiles.req;
import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.matching.Profiles.C;
import com.benchcrm.matching.Profiles.R;
import com.benchcrm.requirement.Requirement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A requirement that lists no skills: what its title names stands in as nice-to-have skills (ADR 0111). */
class RequirementTitleSkillsTest {

    private final MatchEngine engine = new MatchEngine(Profiles.CLOCK);

    private static Requirement titled(String title) {
        return R.javaDallas().title(title).skills(List.of()).build();
    }

    private MatchResult score(Requirement r, C c) {
        return engine.score(
                MatchInput.of(r, c.titled("Systems Engineer").build()).withSimilarity(0.5, "m"), MatchSettings.DEFAULT);
    }

    @Test
    void theTitlesTechnologiesAndPractices_count_butNotTheWordForTheJob() {
        assertThat(MatchEngine.skillsAskedBy("Security Administrator")).containsExactly("Security");
        assertThat(MatchEngine.skillsAskedBy("IT Helpdesk Manager"))
                .contains("Help Desk")
                .doesNotContain("Manager");
        assertThat(MatchEngine.skillsAskedBy("Senior CRM Developer"))
                .containsExactly("CRM"); // not Software Development, read from "Developer"
        assertThat(MatchEngine.skillsAskedBy("Computer Associate")).doesNotContain("Associate");
    }

    @Test
    void aConsultantHoldingWhatTheTitleNames_scoresHigherSkills_thanOneWhoDoesNot() {
        Requirement r = titled("Security Administrator");
        MatchResult holder = score(r, C.javaIrving().skills(List.of(has("Security", 4), has("Linux", 6))));
        MatchResult other = score(r, C.javaIrving().skills(List.of(has("Backup and Recovery", 4), has("Linux", 6))));

        assertThat(holder.factor(Factor.SKILLS).value())
                .isGreaterThan(other.factor(Factor.SKILLS).value());
        assertThat(holder.matchScore()).isGreaterThan(other.matchScore());
        assertThat(holder.factor(Factor.SKILLS).reason())
                .startsWith("No skills listed on the requirement; its title names Security: has 1 of 1");
        assertThat(other.factor(Factor.SKILLS).reason()).contains("has 0 of 1");
    }

    @Test
    void titleSkills_areNeverRequired_soTheRequiredSkillsFilterLetsEveryoneThrough() {
        MatchResult other =
                score(titled("Security Administrator"), C.javaIrving().skills(List.of(has("Backup and Recovery", 4))));

        assertThat(other.flags()).isEmpty();
        MatchEngine.SkillOverlap o = MatchEngine.overlap(
                titled("Exchange Engineer"),
                C.javaIrving().skills(List.of(has("Java", 3))).build());
        assertThat(o.requiredTotal()).isZero();
        assertThat(o.niceTotal()).isEqualTo(1);
        assertThat(o.namedByTitle()).containsExactly("Exchange");
    }

    @Test
    void aRequirementThatListsSkills_isReadByItsListAlone() {
        Requirement r = R.javaDallas()
                .title("Security Administrator")
                .skills(List.of(req("Linux")))
                .build();

        MatchEngine.SkillOverlap o = MatchEngine.overlap(
                r, C.javaIrving().skills(List.of(has("Linux", 3))).build());

        assertThat(o.namedByTitle()).isEmpty();
        assertThat(o.requiredTotal()).isEqualTo(1);
        assertThat(o.niceTotal()).isZero();
    }

    @Test
    void aTitleNamingNothing_leavesTheSkillsFactorToTheProfileText() {
        assertThat(MatchEngine.skillsAskedBy("Intern")).isEmpty();
        assertThat(score(titled("Intern"), C.javaIrving()).factor(Factor.SKILLS).reason())
                .isEqualTo("No skills listed on the requirement; profile similarity 50%");
    }
}
