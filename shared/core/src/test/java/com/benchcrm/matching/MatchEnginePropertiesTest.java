package com.benchcrm.matching;

import static com.benchcrm.matching.Profiles.has;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Location;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.consultant.Availability;
import com.benchcrm.consultant.AvailabilityStatus;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.matching.Profiles.C;
import com.benchcrm.matching.Profiles.R;
import com.benchcrm.requirement.RequirementSkill;
import com.benchcrm.requirement.Seniority;
import com.benchcrm.requirement.WorkMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Properties over many random requirement/consultant pairs (fixed seeds, so failures reproduce). */
class MatchEnginePropertiesTest {

    private static final List<String> SKILLS = List.of(
            "Java",
            "Spring Boot",
            "Kafka",
            "AWS",
            "Docker",
            "Kubernetes",
            "SQL",
            "Python",
            "React",
            "Terraform",
            "Go",
            "Scala",
            "Redis",
            "Jenkins",
            "Git");
    private static final List<Location> PLACES = List.of(
            new Location("Dallas", "TX", "US"),
            new Location("Seattle", "WA", "US"),
            new Location("Edison", "NJ", "US"),
            new Location("Chicago", "IL", "US"),
            new Location("Smallville", "KS", "US"),
            new Location("Toronto", "ON", "CA"));

    private final MatchEngine engine = new MatchEngine(Profiles.CLOCK);

    record Pair(R r, C c) {}

    private static Pair random(Random rnd) {
        List<String> pool = new ArrayList<>(SKILLS);
        java.util.Collections.shuffle(pool, rnd);
        int n = 1 + rnd.nextInt(8);
        List<RequirementSkill> rs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rs.add(new RequirementSkill(
                    pool.get(i),
                    rnd.nextDouble() < 0.7,
                    rnd.nextBoolean() ? null : BigDecimal.valueOf(1 + rnd.nextInt(6))));
        }
        List<ConsultantSkill> cs = new ArrayList<>();
        for (String s : pool) {
            if (rnd.nextDouble() < 0.45) {
                cs.add(has(s, 1 + rnd.nextInt(10)));
            }
        }
        WorkMode mode = WorkMode.values()[rnd.nextInt(3)];
        R r = R.javaDallas()
                .skills(rs)
                .at(PLACES.get(rnd.nextInt(PLACES.size())), mode)
                .budget(Profiles.hourly(50 + rnd.nextInt(60), EmploymentType.values()[rnd.nextInt(3)]))
                .level(Seniority.values()[rnd.nextInt(5)], rnd.nextBoolean() ? null : 2 + rnd.nextInt(10))
                .auths(rnd.nextBoolean() ? List.of() : List.of(WorkAuthorization.US_CITIZEN, WorkAuthorization.H1B));
        C c = C.javaIrving()
                .skills(cs)
                .at(PLACES.get(rnd.nextInt(PLACES.size())))
                .years(rnd.nextInt(4) == 0 ? null : 1 + rnd.nextInt(25))
                .auth(WorkAuthorization.values()[rnd.nextInt(WorkAuthorization.values().length)])
                .rate(Profiles.hourly(40 + rnd.nextInt(80), EmploymentType.values()[rnd.nextInt(3)]))
                .available(new Availability(
                        AvailabilityStatus.values()[rnd.nextInt(3)],
                        rnd.nextBoolean() ? null : Profiles.TODAY.plusDays(rnd.nextInt(90))));
        return new Pair(r, c);
    }

    @Test
    void holdingOneMoreRequiredSkill_neverLowersTheSkillFactor_orTheScore() {
        Random rnd = new Random(42);
        int checked = 0;
        for (int i = 0; i < 2000; i++) {
            Pair p = random(rnd);
            MatchResult before = engine.score(
                    MatchInput.of(p.r.build(), p.c.build()).withSimilarity(rnd.nextDouble(), "m"),
                    MatchSettings.DEFAULT);
            double cos = before.factor(Factor.SKILLS).inputs().getOrDefault("embeddingCosine", 0.0);
            for (RequirementSkill s : p.r.skills()) {
                boolean held = p.c.skills().stream().anyMatch(k -> k.name().equals(s.name()));
                if (!Boolean.FALSE.equals(s.required()) && !held) {
                    List<ConsultantSkill> more = new ArrayList<>(p.c.skills());
                    more.add(has(s.name(), 1 + rnd.nextInt(10)));
                    MatchResult after = engine.score(
                            MatchInput.of(p.r.build(), p.c.skills(more).build()).withSimilarity(cos, "m"),
                            MatchSettings.DEFAULT);
                    assertThat(after.factor(Factor.SKILLS).value())
                            .isGreaterThan(before.factor(Factor.SKILLS).value());
                    assertThat(after.matchScore()).isGreaterThanOrEqualTo(before.matchScore());
                    checked++;
                    break;
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void everyResult_isInRange_sumsItsContributions_andItsReasonsMatchItsFactors() {
        Random rnd = new Random(7);
        Pattern held = Pattern.compile("Has (\\d+) of (\\d+) required skills");
        for (int i = 0; i < 2000; i++) {
            Pair p = random(rnd);
            MatchResult m = engine.score(MatchInput.of(p.r.build(), p.c.build()), MatchSettings.DEFAULT);
            assertThat(m.matchScore()).isBetween(0.0, 1.0);
            assertThat(m.successProbability()).isBetween(0.0, 1.0);
            assertThat(m.factors().stream()
                            .mapToDouble(FactorScore::contribution)
                            .sum())
                    .isCloseTo(m.matchScore(), within(1e-9));
            assertThat(m.factors().stream().mapToDouble(FactorScore::weight).sum())
                    .isCloseTo(1.0, within(1e-9));

            // every factor's sentence is among the reasons, after the flags' sentences
            assertThat(m.reasons())
                    .containsAll(m.factors().stream().map(FactorScore::reason).toList());
            assertThat(m.reasons().subList(0, m.flags().size()))
                    .containsExactlyElementsOf(
                            m.flags().stream().map(MatchFlag::reason).toList());

            // the skills sentence states the same counts as the factor's inputs
            FactorScore skills = m.factor(Factor.SKILLS);
            Matcher x = held.matcher(skills.reason());
            if (x.find()) {
                assertThat(Double.parseDouble(x.group(1)))
                        .isEqualTo(skills.inputs().get("requiredHeld"));
                assertThat(Double.parseDouble(x.group(2)))
                        .isEqualTo(skills.inputs().get("requiredTotal"));
            }
            // the rate sentence says "within" exactly when the normalized rate is at or under budget
            FactorScore rate = m.factor(Factor.RATE);
            if (rate.inputs().containsKey("headroom")) {
                assertThat(rate.reason().contains("within budget"))
                        .isEqualTo(rate.inputs().get("headroom") >= -1e-9);
                assertThat(rate.value() > 0.5).isEqualTo(rate.inputs().get("headroom") > -0.05);
            }
            // an excluded result has an EXCLUDE flag whose reason leads
            if (m.excluded()) {
                assertThat(m.flags().get(0).reason()).isEqualTo(m.reasons().get(0));
            }
        }
    }

    @Test
    void aCheaperRate_neverLowersTheRateFactor() {
        Random rnd = new Random(3);
        for (int i = 0; i < 500; i++) {
            Pair p = random(rnd);
            int amount = 40 + rnd.nextInt(80);
            EmploymentType t = EmploymentType.values()[rnd.nextInt(3)];
            double dear = engine.score(
                            MatchInput.of(
                                    p.r.build(),
                                    p.c.rate(Profiles.hourly(amount + 5, t)).build()),
                            MatchSettings.DEFAULT)
                    .factor(Factor.RATE)
                    .value();
            double cheap = engine.score(
                            MatchInput.of(
                                    p.r.build(),
                                    p.c.rate(Profiles.hourly(amount, t)).build()),
                            MatchSettings.DEFAULT)
                    .factor(Factor.RATE)
                    .value();
            assertThat(cheap).isGreaterThanOrEqualTo(dear);
        }
    }
}
