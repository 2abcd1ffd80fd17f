package com.benchcrm.matching;

import static com.benchcrm.matching.Profiles.has;
import static com.benchcrm.matching.Profiles.req;
import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.matching.Profiles.C;
import com.benchcrm.matching.Profiles.R;
import com.benchcrm.requirement.Requirement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A required module shown only through its platform: it passes the required-skills filter, not the score (ADR 0123). */
class PlatformCreditTest {

    private final MatchEngine engine = new MatchEngine(Profiles.CLOCK);

    private static Requirement azureArchitect() {
        return R.javaDallas()
                .title("Azure Cloud Architect")
                .skills(List.of(
                        req("Azure"),
                        req("Azure AKS"),
                        req("Azure Front Door"),
                        req("Azure Policy"),
                        req("Azure Application Gateway"),
                        req("Bicep"),
                        req("Azure Landing Zones"),
                        req("Terraform")))
                .build();
    }

    private MatchResult score(Requirement r, C c) {
        return engine.score(
                MatchInput.of(r, c.titled("Cloud Engineer").build()).withSimilarity(0.5, "m"), MatchSettings.DEFAULT);
    }

    @Test
    void thePlatformHeld_passesTheRequiredSkillsFilter_butTheModulesHeldScoreHigher() {
        // an Azure engineer was excluded from an Azure architect's requirement that listed Azure's modules
        MatchResult platform =
                score(azureArchitect(), C.javaIrving().skills(List.of(has("Azure", 6), has("Linux", 5))));
        MatchResult modules = score(
                azureArchitect(),
                C.javaIrving()
                        .skills(List.of(
                                has("Azure", 6),
                                has("Azure Front Door", 3),
                                has("Azure Policy", 3),
                                has("Azure Application Gateway", 3))));
        MatchResult none = score(azureArchitect(), C.javaIrving().skills(List.of(has("Oracle Database", 6))));

        assertThat(platform.flags()).noneMatch(f -> f.filter() == HardFilter.REQUIRED_SKILLS);
        assertThat(none.flags()).anyMatch(f -> f.filter() == HardFilter.REQUIRED_SKILLS);
        assertThat(modules.factor(Factor.SKILLS).value())
                .isGreaterThan(platform.factor(Factor.SKILLS).value());
        assertThat(platform.factor(Factor.SKILLS).reason())
                .containsPattern("missing: [^;]*Terraform")
                .contains("only the platform of: Azure Front Door (Azure), Azure Policy (Azure)");
    }

    @Test
    void aDomainIsNoPlatform_forItsProducts() {
        // Epic's parent is the Healthcare domain: a consultant with healthcare experience does not hold Epic
        MatchEngine.SkillOverlap o = MatchEngine.overlap(
                R.javaDallas().skills(List.of(req("Epic"))).build(),
                C.javaIrving().skills(List.of(has("Healthcare", 5))).build());

        assertThat(o.requiredHeld()).isZero();
        assertThat(o.missingRequired()).containsExactly("Epic");
    }
}
