package com.benchcrm.matching;

import static com.benchcrm.matching.Profiles.TODAY;
import static com.benchcrm.matching.Profiles.has;
import static com.benchcrm.matching.Profiles.hourly;
import static com.benchcrm.matching.Profiles.nice;
import static com.benchcrm.matching.Profiles.req;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Location;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.consultant.Availability;
import com.benchcrm.consultant.AvailabilityStatus;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.matching.Profiles.C;
import com.benchcrm.matching.Profiles.R;
import com.benchcrm.requirement.RequirementSkill;
import com.benchcrm.requirement.WorkMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchEngineTest {

    private final MatchEngine engine = new MatchEngine(Profiles.CLOCK);

    private MatchResult score(R r, C c) {
        return engine.score(MatchInput.of(r.build(), c.build()), MatchSettings.DEFAULT);
    }

    @Test
    void goodMatch_scoresHigh_withOneReasonPerFactor_andIsUncalibrated() {
        MatchResult m = score(R.javaDallas(), C.javaIrving());

        assertThat(m.matchScore()).isGreaterThan(0.8);
        assertThat(m.calibrated()).isFalse();
        assertThat(m.flags()).isEmpty();
        assertThat(m.factors()).extracting(FactorScore::factor).containsExactly(Factor.values());
        assertThat(m.reasons()).hasSize(7).first().isEqualTo("Has all 3 required skills; 1 of 1 nice-to-have");
        assertThat(m.reasons())
                .contains(
                        "Rate $70/h within budget $75/h",
                        "Onsite in Dallas, TX: consultant in Irving, TX (9 mi), within commuting distance",
                        "10 years of experience fits a Senior role (8+ asked)",
                        "Available now, in time for the Dec 15 start",
                        "No submission history yet",
                        "Title \u201cJava Developer\u201d is close to \u201cSr. Java Developer\u201d"
                                + " (both Computer Programmers, O*NET 15-1251.00)");
        assertThat(m.modelVersion()).isEqualTo("match-engine/10 settings=default-1 embedding=none");
    }

    @Test
    void roleFactor_ranksTheCloserTitleFirst_andIsNeutralWithoutATitleVector() {
        // no occupation table: the title cosine alone decides (titles the table does not know fall back to this)
        MatchEngine engine = new MatchEngine(Profiles.CLOCK, TitleOccupations.parse(List.of()));
        MatchInput base = MatchInput.of(R.javaDallas().build(), C.javaIrving().build());
        MatchResult close = engine.score(base.withTitleSimilarity(0.85), MatchSettings.DEFAULT);
        MatchResult far = engine.score(base.withTitleSimilarity(0.25), MatchSettings.DEFAULT);
        MatchResult unknown = engine.score(base, MatchSettings.DEFAULT);
        assertThat(close.factor(Factor.ROLE).value()).isGreaterThan(0.9);
        assertThat(far.factor(Factor.ROLE).value()).isLessThan(0.1);
        assertThat(unknown.factor(Factor.ROLE).value()).isEqualTo(0.5);
        assertThat(close.matchScore()).isGreaterThan(unknown.matchScore()).isGreaterThan(far.matchScore());
        assertThat(close.factor(Factor.ROLE).reason()).contains("close to");
    }

    @Test
    void roleFactor_aConsultantWithoutATitle_ranksBelowARelatedTitle_notAboveEveryKnownOne() {
        // ADR 0111: a missing title is what a typical consultant's title fits a role (~0.2), not a midpoint of 0.5
        // that outranked every known title short of a close one
        MatchInput related = MatchInput.of(
                        R.javaDallas().title("Senior Java Developer").build(),
                        C.javaIrving().titled("Software Engineer").build())
                .withTitleSimilarity(0.5);
        MatchInput untitled = MatchInput.of(
                R.javaDallas().title("Senior Java Developer").build(),
                C.javaIrving().titled(null).build());
        FactorScore relatedRole = engine.score(related, MatchSettings.DEFAULT).factor(Factor.ROLE);
        FactorScore untitledRole = engine.score(untitled, MatchSettings.DEFAULT).factor(Factor.ROLE);

        assertThat(untitledRole.value()).isEqualTo(MatchEngine.ROLE_NO_TITLE).isLessThan(0.3);
        assertThat(untitledRole.reason()).isEqualTo("No title on file");
        assertThat(relatedRole.value()).isGreaterThan(untitledRole.value());
        assertThat(engine.score(related, MatchSettings.DEFAULT).matchScore())
                .isGreaterThan(engine.score(untitled, MatchSettings.DEFAULT).matchScore());
    }

    @Test
    void roleFactor_occupationFit_separatesTitlesTheCosineCannot_andIsExplained() {
        // the same title cosine for both; the O*NET occupation says which requirement is the same kind of work
        MatchInput same = MatchInput.of(
                        R.javaDallas().title("Senior Java Developer").build(),
                        C.javaIrving().build())
                .withTitleSimilarity(0.55);
        MatchInput other = MatchInput.of(
                        R.javaDallas().title("Network Administrator").build(),
                        C.javaIrving().build())
                .withTitleSimilarity(0.55);
        FactorScore sameRole = engine.score(same, MatchSettings.DEFAULT).factor(Factor.ROLE);
        FactorScore otherRole = engine.score(other, MatchSettings.DEFAULT).factor(Factor.ROLE);

        assertThat(sameRole.inputs()).containsEntry("occupationFit", 1.0).containsEntry("titleCosine", 0.55);
        assertThat(otherRole.inputs()).containsEntry("occupationFit", 0.0);
        assertThat(sameRole.value())
                .isCloseTo(
                        MatchEngine.ROLE_OCCUPATION_SHARE
                                + (1 - MatchEngine.ROLE_OCCUPATION_SHARE) * MatchEngine.roleFit(0.55),
                        within(1e-9));
        assertThat(sameRole.value()).isGreaterThan(otherRole.value() + 0.4);
        assertThat(sameRole.reason())
                .isEqualTo("Title \u201cJava Developer\u201d is close to \u201cSenior Java Developer\u201d"
                        + " (similarity 55%; both Computer Programmers, O*NET 15-1251.00)");
        assertThat(otherRole.reason())
                .contains("far from")
                .contains("Computer Programmers vs Network and Computer Systems Administrators, occupation fit 0%");
        // computer occupations tied for a title are all named, not the first by code alone (ADR 0117)
        FactorScore tied = engine.score(
                        MatchInput.of(
                                        R.javaDallas()
                                                .title("UNIX/Linux Administrator")
                                                .build(),
                                        C.javaIrving().build())
                                .withTitleSimilarity(0.4),
                        MatchSettings.DEFAULT)
                .factor(Factor.ROLE);
        assertThat(tied.reason())
                .contains(
                        "vs Database Administrators / Network and Computer Systems Administrators / Web Administrators");
    }

    @Test
    void skillDepth_moreYearsOnFile_earnMoreCredit_andLexicalRelevanceCountsInTheTextHalf() {
        assertThat(MatchEngine.depth(new java.math.BigDecimal("6"))).isEqualTo(1.0);
        assertThat(MatchEngine.depth(new java.math.BigDecimal("1")))
                .isLessThan(MatchEngine.depth(null))
                .isGreaterThan(0.7);
        MatchInput base =
                MatchInput.of(R.javaDallas().build(), C.javaIrving().build()).withSimilarity(0.6, "m");
        double high = engine.score(base.withLexicalRelevance(1.0), MatchSettings.DEFAULT)
                .factor(Factor.SKILLS)
                .value();
        double low = engine.score(base.withLexicalRelevance(0.0), MatchSettings.DEFAULT)
                .factor(Factor.SKILLS)
                .value();
        assertThat(high).isGreaterThan(low);
    }

    @Test
    void missingRequiredSkill_isNamedInTheReason() {
        R r = R.javaDallas()
                .skills(List.of(
                        req("Java"),
                        req("Spring Boot"),
                        req("Kafka"),
                        req("Microservices"),
                        req("REST APIs"),
                        req("Docker"),
                        req("Kubernetes")));
        C c = C.javaIrving()
                .skills(List.of(
                        has("Java", 8),
                        has("Spring Boot", 6),
                        has("Microservices", 5),
                        has("REST APIs", 5),
                        has("Docker", 3),
                        has("Kubernetes", 2)));

        MatchResult m = score(r, c);

        assertThat(m.factor(Factor.SKILLS).reason()).isEqualTo("Has 6 of 7 required skills (missing: Kafka)");
        assertThat(m.factor(Factor.SKILLS).inputs())
                .containsEntry("requiredHeld", 6.0)
                .containsEntry("requiredTotal", 7.0);
    }

    @Test
    void score_isTheSumOfContributions_andEachContributionIsWeightTimesValue() {
        MatchResult m = score(R.javaDallas(), C.javaIrving().at(new Location("Atlanta", "GA", "US")));
        double sum = 0;
        for (FactorScore f : m.factors()) {
            assertThat(f.contribution()).isCloseTo(f.weight() * f.value(), within(1e-12));
            assertThat(f.weight()).isEqualTo(MatchWeights.DEFAULT.of(f.factor()));
            sum += f.contribution();
        }
        assertThat(m.matchScore()).isCloseTo(sum, within(1e-12));
    }

    @Test
    void tenantWeights_areApplied_allOnSkillsGivesTheSkillValue() {
        MatchSettings skillsOnly = MatchSettings.DEFAULT.withWeights("t-7", new MatchWeights(1, 0, 0, 0, 0, 0));
        MatchResult m = engine.score(
                MatchInput.of(R.javaDallas().build(), C.javaIrving().build()), skillsOnly);
        assertThat(m.matchScore()).isCloseTo(m.factor(Factor.SKILLS).value(), within(1e-12));
        assertThat(m.modelVersion()).contains("settings=t-7");
        assertThat(m.reasons()).hasSize(1);
    }

    @Test
    void embeddingCosine_isBlended_07overlap_03cosine() {
        MatchInput in =
                MatchInput.of(R.javaDallas().build(), C.javaIrving().build()).withSimilarity(0.5, "m@1/384");
        MatchResult m = engine.score(in, MatchSettings.DEFAULT);
        FactorScore s = m.factor(Factor.SKILLS);
        assertThat(s.value()).isCloseTo(0.7 * s.inputs().get("overlap") + 0.3 * 0.5, within(1e-12));
        assertThat(m.modelVersion()).endsWith("embedding=m@1/384");
    }

    @Test
    void extraSkills_costALittle_nicetoHaveCountsLessThanRequired() {
        List<ConsultantSkill> base = List.of(has("Java", 8), has("Spring Boot", 6), has("Kafka", 4));
        List<ConsultantSkill> more = new ArrayList<>(base);
        for (int i = 0; i < 8; i++) {
            more.add(has("Extra " + i, 2));
        }
        R r = R.javaDallas();
        double focused = MatchEngine.overlap(
                        r.build(), C.javaIrving().skills(base).build())
                .jaccard();
        double shotgun = MatchEngine.overlap(
                        r.build(), C.javaIrving().skills(more).build())
                .jaccard();
        assertThat(shotgun).isLessThan(focused).isGreaterThan(focused * 0.85);

        double withoutRequired = MatchEngine.overlap(
                        r.build(),
                        C.javaIrving()
                                .skills(List.of(has("Java", 8), has("Spring Boot", 6), has("AWS", 3)))
                                .build())
                .jaccard();
        double withoutNice = MatchEngine.overlap(
                        r.build(), C.javaIrving().skills(base).build())
                .jaccard();
        assertThat(withoutNice).isGreaterThan(withoutRequired);
    }

    @Test
    void skillNames_compareByKey_caseAndSpacing() {
        C c = C.javaIrving().skills(List.of(has(" JAVA ", 8), has("spring  boot", 6), has("kafka", 4), has("aws", 3)));
        assertThat(score(R.javaDallas(), c).factor(Factor.SKILLS).reason()).startsWith("Has all 3 required skills");
    }

    @Test
    void fewerYearsThanAsked_givesPartialCredit_andSaysSo() {
        R r = R.javaDallas().skills(List.of(req("Java"), new RequirementSkill("Kafka", true, BigDecimal.valueOf(5))));
        MatchResult m = score(r, C.javaIrving().skills(List.of(has("Java", 9), has("Kafka", 2))));
        assertThat(m.factor(Factor.SKILLS).reason())
                .isEqualTo("Has all 2 required skills; fewer years than asked in Kafka (2 of 5+ years)");
        assertThat(m.factor(Factor.SKILLS).inputs().get("overlap"))
                .isCloseTo((1 + 0.5 + 0.5 * 2 / 5.0) / 2, within(1e-12));
    }

    @Test
    void location_onsiteFarAway_scoresLow_remoteUsesTimeZones() {
        MatchResult far = score(R.javaDallas(), C.javaIrving().at(new Location("Charlotte", "NC", "US")));
        assertThat(far.factor(Factor.LOCATION).value()).isLessThan(0.05);
        assertThat(far.factor(Factor.LOCATION).reason()).contains("would need to relocate");

        R remoteEast = R.javaDallas().at(new Location("New York", "NY", "US"), WorkMode.REMOTE);
        MatchResult west = score(remoteEast, C.javaIrving().at(new Location("Seattle", "WA", "US")));
        MatchResult east = score(remoteEast, C.javaIrving().at(new Location("Boston", "MA", "US")));
        assertThat(west.factor(Factor.LOCATION).value()).isCloseTo(1 - 3 * 0.15, within(1e-12));
        assertThat(west.factor(Factor.LOCATION).reason())
                .isEqualTo("Remote; consultant on Pacific time, 3 h from the Eastern team");
        assertThat(east.factor(Factor.LOCATION).value()).isEqualTo(1.0);

        MatchResult remoteAnywhere = score(R.javaDallas().at(null, WorkMode.REMOTE), C.javaIrving());
        assertThat(remoteAnywhere.factor(Factor.LOCATION).value()).isEqualTo(1.0);
    }

    @Test
    void location_hybridToleratesMoreDistanceThanOnsite() {
        C c = C.javaIrving().at(new Location("Austin", "TX", "US"));
        double onsite = score(R.javaDallas(), c).factor(Factor.LOCATION).value();
        double hybrid = score(R.javaDallas().at(new Location("Dallas", "TX", "US"), WorkMode.HYBRID), c)
                .factor(Factor.LOCATION)
                .value();
        assertThat(hybrid).isGreaterThan(onsite);
    }

    @Test
    void haversine_newYorkToLosAngeles_isAbout2450Miles() {
        double miles = UsGeography.miles(
                UsGeography.point(new Location("New York", "NY", "US")).orElseThrow(),
                UsGeography.point(new Location("Los Angeles", "California", "US"))
                        .orElseThrow());
        assertThat(miles).isBetween(2430.0, 2460.0);
    }

    @Test
    void rate_w2IsConvertedBeforeComparing_andTheReasonShowsBoth() {
        MatchResult m = score(R.javaDallas(), C.javaIrving().rate(hourly(60, EmploymentType.W2)));
        assertThat(m.factor(Factor.RATE).reason())
                .isEqualTo("Rate $60/h W2 ($70.59/h C2C-equivalent) within budget $75/h ($75/h C2C-equivalent)");

        MatchResult over = score(R.javaDallas(), C.javaIrving().rate(hourly(82, EmploymentType.C2C)));
        assertThat(over.factor(Factor.RATE).reason()).isEqualTo("Rate $82/h is 9% over budget $75/h");
        assertThat(over.factor(Factor.RATE).value()).isLessThan(0.5);
    }

    @Test
    void rate_yearlyBudgetAgainstHourlyRate_isNormalized() {
        R r = R.javaDallas().budget(new Rate(BigDecimal.valueOf(156000), "USD", RateUnit.YEAR, EmploymentType.C2C));
        MatchResult m = score(r, C.javaIrving().rate(hourly(75, EmploymentType.C2C)));
        assertThat(m.factor(Factor.RATE).inputs().get("headroom")).isCloseTo(0.0, within(1e-9));
        assertThat(m.factor(Factor.RATE).reason())
                .startsWith("Rate $75/h ($75/h C2C-equivalent) within budget $156,000/yr");
    }

    @Test
    void rate_differentCurrencies_areNeutral() {
        MatchResult m =
                score(R.javaDallas(), C.javaIrving().rate(new Rate(BigDecimal.TEN, "EUR", RateUnit.HOUR, null)));
        assertThat(m.factor(Factor.RATE).value()).isEqualTo(0.5);
    }

    @Test
    void seniority_juniorForASeniorRole_scoresLower_andSaysBelow() {
        MatchResult junior = score(R.javaDallas(), C.javaIrving().years(4));
        assertThat(junior.factor(Factor.SENIORITY).value()).isLessThan(0.2);
        assertThat(junior.factor(Factor.SENIORITY).reason())
                .isEqualTo("4 years of experience, below the 8+ asked for a Senior role");
        MatchResult principal = score(R.javaDallas(), C.javaIrving().years(20));
        assertThat(principal.factor(Factor.SENIORITY).value()).isBetween(0.6, 0.9);
        assertThat(principal.factor(Factor.SENIORITY).reason())
                .isEqualTo("20 years of experience is more than a Senior role asks (8+ asked)");
    }

    @Test
    void availability_lateStart_decaysLinearly() {
        C later = C.javaIrving().available(new Availability(AvailabilityStatus.ON_PROJECT, TODAY.plusDays(14 + 9)));
        MatchResult m = score(R.javaDallas(), later);
        assertThat(m.factor(Factor.AVAILABILITY).value()).isCloseTo(1 - 9 / 45.0, within(1e-12));
        assertThat(m.factor(Factor.AVAILABILITY).reason())
                .isEqualTo("Available from Dec 24, 9 days after the Dec 15 start");
    }

    @Test
    void history_emptyIsNeutral_recentWinsRaiseIt_moreThanOldOnes() {
        MatchInput base = MatchInput.of(R.javaDallas().build(), C.javaIrving().build());
        assertThat(engine.score(base, MatchSettings.DEFAULT)
                        .factor(Factor.HISTORY)
                        .value())
                .isEqualTo(0.5);

        List<Outcome> recent = List.of(new Outcome(TODAY.minusDays(10), true), new Outcome(TODAY.minusDays(20), true));
        List<Outcome> old = List.of(new Outcome(TODAY.minusDays(700), true), new Outcome(TODAY.minusDays(720), true));
        double r = engine.score(base.withHistory(recent, List.of()), MatchSettings.DEFAULT)
                .factor(Factor.HISTORY)
                .value();
        double o = engine.score(base.withHistory(old, List.of()), MatchSettings.DEFAULT)
                .factor(Factor.HISTORY)
                .value();
        assertThat(r).isGreaterThan(o);
        assertThat(o).isGreaterThan(0.5);
        MatchResult withCompany = engine.score(
                base.withHistory(recent, List.of(new Outcome(TODAY.minusDays(30), false))), MatchSettings.DEFAULT);
        assertThat(withCompany.factor(Factor.HISTORY).reason())
                .isEqualTo("Won 2 of 2 past submissions; Northwind Bank accepted 0 of 1");
    }

    @Test
    void workAuthorization_excludedByTheRequirement_filteredEvenWithoutAnAcceptedList() {
        // "Any visa except OPT and CPT": nothing listed as accepted, two statuses refused
        R noOptCpt =
                R.javaDallas().auths(List.of()).excluded(List.of(WorkAuthorization.OPT_EAD, WorkAuthorization.CPT));
        C opt = C.javaIrving().auth(WorkAuthorization.OPT_EAD);
        C h1b = C.javaIrving();

        MatchResult refused = score(noOptCpt, opt);
        assertThat(refused.excluded()).isTrue();
        assertThat(refused.flags()).extracting(MatchFlag::filter).containsExactly(HardFilter.WORK_AUTHORIZATION);
        assertThat(refused.reasons().get(0)).isEqualTo("Work authorization OPT EAD excluded (no OPT EAD, CPT)");
        assertThat(score(noOptCpt, h1b).excluded()).isFalse();

        // "USC/GC/H1B/EADs (No OPT/CPT)": accepted and excluded together; the exclusion decides for OPT
        R both = R.javaDallas()
                .auths(List.of(
                        WorkAuthorization.US_CITIZEN,
                        WorkAuthorization.GREEN_CARD,
                        WorkAuthorization.H1B,
                        WorkAuthorization.H4_EAD))
                .excluded(List.of(WorkAuthorization.OPT_EAD, WorkAuthorization.CPT));
        assertThat(score(both, h1b).excluded()).isFalse();
        assertThat(score(both, opt).excluded()).isTrue();
        assertThat(score(both, C.javaIrving().auth(WorkAuthorization.L2_EAD))
                        .reasons()
                        .get(0))
                .isEqualTo("Work authorization L2 EAD not accepted (accepts USC, GC, H1B, H4 EAD)");

        MatchSettings off = MatchSettings.DEFAULT.withFilters(
                new HardFilters(FilterAction.OFF, FilterAction.OFF, FilterAction.OFF, 30, 0.25));
        assertThat(engine.score(MatchInput.of(noOptCpt.build(), opt.build()), off)
                        .flags())
                .isEmpty();
    }

    @Test
    void workAuthorization_notAccepted_excludesByDefault_flagsOrIgnoresByConfiguration() {
        R usc = R.javaDallas().auths(List.of(WorkAuthorization.US_CITIZEN, WorkAuthorization.GREEN_CARD));
        C h1b = C.javaIrving();

        MatchResult excluded = score(usc, h1b);
        assertThat(excluded.excluded()).isTrue();
        assertThat(excluded.reasons().get(0)).isEqualTo("Work authorization H1B not accepted (accepts USC, GC)");

        MatchSettings flag = MatchSettings.DEFAULT.withFilters(
                new HardFilters(FilterAction.FLAG, FilterAction.EXCLUDE, FilterAction.FLAG, 30, 0.25));
        MatchResult flagged = engine.score(MatchInput.of(usc.build(), h1b.build()), flag);
        MatchResult clean = score(R.javaDallas(), h1b);
        assertThat(flagged.excluded()).isFalse();
        assertThat(flagged.flags()).extracting(MatchFlag::filter).containsExactly(HardFilter.WORK_AUTHORIZATION);
        assertThat(flagged.matchScore()).isEqualTo(clean.matchScore());
        assertThat(flagged.successProbability()).isCloseTo(clean.successProbability() / 2, within(1e-12));

        MatchSettings off = MatchSettings.DEFAULT.withFilters(
                new HardFilters(FilterAction.OFF, FilterAction.OFF, FilterAction.OFF, 30, 0.25));
        assertThat(engine.score(MatchInput.of(usc.build(), h1b.build()), off).flags())
                .isEmpty();
    }

    @Test
    void requiredSkills_tooFewHeld_excludeByDefault_flagOrOffByConfiguration() {
        R four = R.javaDallas().skills(List.of(req("Java"), req("Spring Boot"), req("Kafka"), req("Kubernetes")));
        R eight = R.javaDallas()
                .skills(List.of(
                        req("Java"),
                        req("Spring Boot"),
                        req("Kafka"),
                        req("Kubernetes"),
                        req("Terraform"),
                        req("Go"),
                        req("Python"),
                        req("React")));
        C none =
                C.javaIrving().skills(List.of(has("COBOL", 10), has("JCL", 10))).titled("Mainframe Developer");
        C oneSkill = C.javaIrving().skills(List.of(has("Java", 8)));

        MatchResult excluded = score(four, none);
        assertThat(excluded.excluded()).isTrue();
        assertThat(excluded.reasons().get(0))
                .isEqualTo("Has none of the 4 required skills (Java, Spring Boot, Kafka, Kubernetes)");
        assertThat(score(four, oneSkill).excluded()).isFalse(); // 1 of 4 meets a quarter
        MatchResult short8 = score(eight, oneSkill); // 1 of 8 does not (2 needed)
        assertThat(short8.excluded()).isTrue();
        assertThat(short8.reasons().get(0)).isEqualTo("Has only 1 of 8 required skills (at least 2 needed)");

        HardFilters d = HardFilters.DEFAULT;
        MatchSettings flag = MatchSettings.DEFAULT.withFilters(new HardFilters(
                d.workAuthorization(),
                d.availability(),
                d.rateOverBudget(),
                d.availabilityWindowDays(),
                d.rateTolerance(),
                FilterAction.FLAG,
                0.25));
        MatchResult flagged = engine.score(MatchInput.of(four.build(), none.build()), flag);
        assertThat(flagged.excluded()).isFalse();
        assertThat(flagged.flags()).extracting(MatchFlag::filter).containsExactly(HardFilter.REQUIRED_SKILLS);
        MatchSettings off = MatchSettings.DEFAULT.withFilters(new HardFilters(
                d.workAuthorization(),
                d.availability(),
                d.rateOverBudget(),
                d.availabilityWindowDays(),
                d.rateTolerance(),
                FilterAction.OFF,
                0.25));
        assertThat(engine.score(MatchInput.of(four.build(), none.build()), off).flags())
                .isEmpty();
        // no required skills listed: nothing to hold
        assertThat(score(R.javaDallas().skills(List.of(nice("Go"))), none).flags())
                .isEmpty();
    }

    @Test
    void notAvailable_orOutsideTheWindow_isExcluded_rateFarOverBudget_isFlagged() {
        assertThat(score(
                                R.javaDallas(),
                                C.javaIrving().available(new Availability(AvailabilityStatus.NOT_AVAILABLE, null)))
                        .excluded())
                .isTrue();
        MatchResult late = score(
                R.javaDallas(),
                C.javaIrving().available(new Availability(AvailabilityStatus.ON_PROJECT, TODAY.plusDays(14 + 31))));
        assertThat(late.excluded()).isTrue();
        assertThat(late.reasons().get(0)).isEqualTo("Available only 31 days after the start (window 30 days)");
        MatchResult inWindow = score(
                R.javaDallas(),
                C.javaIrving().available(new Availability(AvailabilityStatus.ON_PROJECT, TODAY.plusDays(14 + 30))));
        assertThat(inWindow.flags()).isEmpty();

        MatchResult expensive = score(R.javaDallas(), C.javaIrving().rate(hourly(100, EmploymentType.C2C)));
        assertThat(expensive.excluded()).isFalse();
        assertThat(expensive.flags()).extracting(MatchFlag::action).containsExactly(FilterAction.FLAG);
        assertThat(expensive.reasons().get(0)).isEqualTo("Rate $100/h is 33% over budget $75/h (tolerance 25%)");
        assertThat(score(R.javaDallas(), C.javaIrving().rate(hourly(93, EmploymentType.C2C)))
                        .flags())
                .isEmpty();
    }

    @Test
    void missingData_isNeutral_notAnError() {
        C bare = new C("Bare", List.of(), null, null, null, null, null, null);
        MatchResult m = score(R.javaDallas(), bare);
        assertThat(m.flags()).isEmpty();
        assertThat(m.factor(Factor.RATE).reason()).isEqualTo("No rate on file");
        assertThat(m.factor(Factor.AVAILABILITY).reason()).isEqualTo("Availability not on file");
        assertThat(m.factor(Factor.SKILLS).reason())
                .isEqualTo("Has 0 of 3 required skills (missing: Java, Spring Boot, Kafka); 0 of 1 nice-to-have");
        assertThat(m.matchScore()).isBetween(0.0, 1.0);
    }

    @Test
    void successProbability_isMonotoneInTheScore() {
        double previous = -1;
        for (int i = 0; i <= 100; i++) {
            double p = MatchEngine.successProbability(i / 100.0);
            assertThat(p).isGreaterThan(previous).isBetween(0.0, 1.0);
            previous = p;
        }
        assertThat(MatchEngine.successProbability(0.65)).isEqualTo(0.5);
    }

    @Test
    void nullRequiredFlag_countsAsRequired() {
        R r = R.javaDallas().skills(List.of(new RequirementSkill("Java", null, null), nice("Go")));
        assertThat(score(r, C.javaIrving()).factor(Factor.SKILLS).reason())
                .isEqualTo("Has the required skill; 0 of 1 nice-to-have");
        assertThat(Map.of()).isEmpty();
    }
}
