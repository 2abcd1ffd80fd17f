package com.benchcrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.matching.Factor;
import com.benchcrm.matching.FactorScore;
import com.benchcrm.matching.FilterAction;
import com.benchcrm.matching.HardFilter;
import com.benchcrm.matching.MatchFlag;
import com.benchcrm.matching.MatchRun;
import com.benchcrm.matching.MatchRunRepository;
import com.benchcrm.matching.MatchSettings;
import com.benchcrm.matching.MatchSettingsInput;
import com.benchcrm.matching.MatchTrigger;
import com.benchcrm.matching.MatchWeights;
import com.benchcrm.matching.Outcome;
import com.benchcrm.matching.RecommendationFeedback;
import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link MatchRunRepository} and match-settings store does, PostgreSQL or in memory. */
public abstract class MatchRunRepositoryContract {

    protected abstract Stores stores();

    record Fixture(TenantId tenant, UUID requirement, UUID ana, UUID ben) {}

    private Fixture fixture() {
        TenantId tenant = stores().newTenant();
        UUID requirement = Samples.id();
        UUID ana = Samples.id();
        UUID ben = Samples.id();
        stores().transactions().inTenant(tenant, (Tx tx) -> {
            stores().requirements()
                    .insert(tx, requirement, Samples.requirement("Kafka Engineer", "Acme"), Instant.now());
            stores().consultants().insert(tx, ana, Samples.consultant("Ana Lopez", null), Instant.now());
            stores().consultants().insert(tx, ben, Samples.consultant("Ben Okafor", null), Instant.now());
            return null;
        });
        return new Fixture(tenant, requirement, ana, ben);
    }

    private static MatchRunRepository.NewRecommendation rec(UUID consultant, int rank, double score) {
        return new MatchRunRepository.NewRecommendation(
                Samples.id(),
                rank,
                consultant,
                score,
                0.5,
                false,
                List.of("Has 3 of 4 required skills"),
                List.of(new FactorScore(
                        Factor.SKILLS, 0.75, 0.4, 0.3, "Has 3 of 4 required skills", Map.of("overlap", 0.75))),
                List.of(new MatchFlag(HardFilter.RATE_OVER_BUDGET, FilterAction.FLAG, "Rate is 10% over the budget")),
                "minilm");
    }

    private MatchRunRepository.NewRun run(Fixture f, Instant at, MatchRunRepository.NewRecommendation... recs) {
        MatchRunRepository.NewRun run = new MatchRunRepository.NewRun(
                Samples.id(),
                f.requirement(),
                1,
                MatchTrigger.API,
                "u1",
                10,
                200,
                180,
                1,
                Map.of("WORK_AUTHORIZATION", 3),
                "engine-1",
                "default-1",
                "minilm",
                Map.of("score", 1200L),
                "trace-1",
                at,
                List.of(recs));
        stores().transactions().inTenant(f.tenant(), (Tx tx) -> {
            stores().matchRuns().insert(tx, run);
            return null;
        });
        return run;
    }

    private void decide(
            Fixture f,
            MatchRunRepository.NewRecommendation r,
            UUID consultant,
            RecommendationFeedback.Decision d,
            Instant at) {
        stores().transactions().inTenant(f.tenant(), (Tx tx) -> {
            stores().matchRuns()
                    .saveFeedback(
                            tx,
                            new RecommendationFeedback(
                                    r.id(),
                                    f.requirement(),
                                    consultant,
                                    d,
                                    d == RecommendationFeedback.Decision.REJECT ? "Wants remote only" : null,
                                    "u1",
                                    at));
            return null;
        });
    }

    @Test
    void insert_thenFind_returnsTheRunWithItsRecommendationsInRankOrder_andTheConsultantsNames() {
        Fixture f = fixture();
        MatchRunRepository.NewRun stored =
                run(f, Instant.parse("2026-11-22T10:00:00Z"), rec(f.ben(), 2, 0.61), rec(f.ana(), 1, 0.74));

        MatchRun run = stores().transactions()
                .inTenant(f.tenant(), (Tx tx) -> stores().matchRuns().find(tx, stored.id()))
                .orElseThrow();

        assertThat(run.requirementId()).isEqualTo(f.requirement());
        assertThat(run.trigger()).isEqualTo(MatchTrigger.API);
        assertThat(run.excluded()).containsEntry("WORK_AUTHORIZATION", 3);
        assertThat(run.timingsMicros()).containsEntry("score", 1200L);
        assertThat(run.createdAt()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
        assertThat(run.recommendations())
                .extracting(MatchRun.Recommendation::consultantName)
                .containsExactly("Ana Lopez", "Ben Okafor");
        MatchRun.Recommendation first = run.recommendations().get(0);
        assertThat(first.matchScore()).isEqualTo(0.74);
        assertThat(first.factors()).singleElement().satisfies(x -> {
            assertThat(x.factor()).isEqualTo(Factor.SKILLS);
            assertThat(x.inputs()).containsEntry("overlap", 0.75);
        });
        assertThat(first.flags()).extracting(MatchFlag::filter).containsExactly(HardFilter.RATE_OVER_BUDGET);
        assertThat(first.feedback()).isNull();
    }

    @Test
    void latest_isTheNewestRunOfTheRequirement_andOtherTenantsSeeNone() {
        Fixture f = fixture();
        run(f, Instant.parse("2026-11-22T10:00:00Z"), rec(f.ana(), 1, 0.7));
        MatchRunRepository.NewRun newer = run(f, Instant.parse("2026-11-22T11:00:00Z"), rec(f.ben(), 1, 0.6));

        assertThat(stores().transactions()
                        .inTenant(f.tenant(), (Tx tx) -> stores().matchRuns().latest(tx, f.requirement())))
                .map(MatchRun::id)
                .contains(newer.id());
        assertThat(stores().transactions()
                        .inTenant(
                                stores().newTenant(),
                                (Tx tx) -> stores().matchRuns().latest(tx, f.requirement())))
                .isEmpty();
    }

    @Test
    void snapshotsSince_areTheFeatureSnapshotsOfRunsInTheWindow_newestFirst_limited_andOnlyTheTenants() {
        Fixture f = fixture();
        run(f, Instant.parse("2026-11-01T10:00:00Z"), rec(f.ana(), 1, 0.9)); // before the window
        run(f, Instant.parse("2026-11-20T10:00:00Z"), rec(f.ana(), 1, 0.7), rec(f.ben(), 2, 0.6));
        run(f, Instant.parse("2026-11-21T10:00:00Z"), rec(f.ben(), 1, 0.5));
        Fixture other = fixture();
        run(other, Instant.parse("2026-11-21T12:00:00Z"), rec(other.ana(), 1, 0.4));
        Instant since = Instant.parse("2026-11-15T00:00:00Z");

        List<MatchRunRepository.Snapshot> all = stores().transactions()
                .inTenant(f.tenant(), (Tx tx) -> stores().matchRuns().snapshotsSince(tx, since, 100));
        List<MatchRunRepository.Snapshot> two = stores().transactions()
                .inTenant(f.tenant(), (Tx tx) -> stores().matchRuns().snapshotsSince(tx, since, 2));

        assertThat(all).extracting(MatchRunRepository.Snapshot::matchScore).containsExactlyInAnyOrder(0.5, 0.7, 0.6);
        assertThat(all.get(0).matchScore()).isEqualTo(0.5); // the newest run first
        assertThat(all.get(0).recommendedAt()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
        assertThat(all).allSatisfy(s -> {
            assertThat(s.flagged()).isTrue();
            assertThat(s.factors()).extracting(FactorScore::factor).containsExactly(Factor.SKILLS);
        });
        assertThat(two).hasSize(2);
    }

    @Test
    void feedback_theLatestDecisionCounts_forRejectionsAndForTheRun() {
        Fixture f = fixture();
        MatchRunRepository.NewRecommendation forAna = rec(f.ana(), 1, 0.7);
        MatchRunRepository.NewRecommendation forBen = rec(f.ben(), 2, 0.6);
        MatchRunRepository.NewRun stored = run(f, Instant.now(), forAna, forBen);

        decide(f, forAna, f.ana(), RecommendationFeedback.Decision.REJECT, Instant.parse("2026-11-22T10:00:00Z"));
        decide(f, forBen, f.ben(), RecommendationFeedback.Decision.REJECT, Instant.parse("2026-11-22T10:00:00Z"));
        decide(f, forBen, f.ben(), RecommendationFeedback.Decision.ACCEPT, Instant.parse("2026-11-22T12:00:00Z"));

        assertThat(stores().transactions()
                        .inTenant(f.tenant(), (Tx tx) -> stores().matchRuns().rejectedConsultants(tx, f.requirement())))
                .containsExactly(f.ana());
        assertThat(stores().transactions()
                        .inTenant(f.tenant(), (Tx tx) -> stores().matchRuns().rejectedRequirements(tx, f.ana())))
                .containsExactly(f.requirement());
        assertThat(stores().transactions()
                        .inTenant(f.tenant(), (Tx tx) -> stores().matchRuns().findRecommendation(tx, forBen.id())))
                .contains(new MatchRunRepository.RecommendationRef(f.requirement(), f.ben()));
        MatchRun run = stores().transactions()
                .inTenant(f.tenant(), (Tx tx) -> stores().matchRuns().find(tx, stored.id()))
                .orElseThrow();
        assertThat(run.recommendations().get(1).feedback().decision())
                .isEqualTo(RecommendationFeedback.Decision.ACCEPT);
        assertThat(run.recommendations().get(0).feedback().reason()).isEqualTo("Wants remote only");
    }

    @Test
    void consultantOutcomes_countFeedbackAsWinsAndLosses_datedByTheDecision() {
        Fixture f = fixture();
        MatchRunRepository.NewRecommendation forAna = rec(f.ana(), 1, 0.7);
        run(f, Instant.now(), forAna);
        decide(f, forAna, f.ana(), RecommendationFeedback.Decision.ACCEPT, Instant.parse("2026-11-20T23:00:00Z"));

        Map<UUID, List<Outcome>> outcomes = stores().transactions()
                .inTenant(
                        f.tenant(), (Tx tx) -> stores().matchRuns().consultantOutcomes(tx, List.of(f.ana(), f.ben())));

        assertThat(outcomes).containsOnlyKeys(f.ana());
        assertThat(outcomes.get(f.ana())).containsExactly(new Outcome(LocalDate.of(2026, 11, 20), true));
    }

    @Test
    void deletingAConsultant_removesTheirRecommendationFromTheRun() {
        Fixture f = fixture();
        MatchRunRepository.NewRun stored = run(f, Instant.now(), rec(f.ana(), 1, 0.7), rec(f.ben(), 2, 0.6));

        stores().transactions().inTenant(f.tenant(), (Tx tx) -> {
            stores().consultants().delete(tx, f.ana());
            return null;
        });

        assertThat(stores().transactions()
                        .inTenant(f.tenant(), (Tx tx) -> stores().matchRuns().find(tx, stored.id()))
                        .orElseThrow()
                        .recommendations())
                .extracting(MatchRun.Recommendation::consultantId)
                .containsExactly(f.ben());
    }

    @Test
    void settings_noneUntilSaved_thenTheSavedOnes_replacedOnTheNextSave() {
        TenantId tenant = stores().newTenant();
        assertThat(stores().transactions()
                        .inTenant(tenant, (Tx tx) -> stores().matchSettings().find(tx)))
                .isEmpty();
        MatchSettings first = new MatchSettings(
                "tenant-1",
                new MatchWeights(0.5, 0.1, 0.15, 0.1, 0.1, 0.05),
                0.6,
                MatchSettings.DEFAULT.filters(),
                150);
        MatchSettings second =
                new MatchSettings("tenant-2", MatchWeights.DEFAULT, 0.7, MatchSettings.DEFAULT.filters(), 300);

        stores().transactions().inTenant(tenant, (Tx tx) -> {
            stores().matchSettings().save(tx, first, "u1", Instant.now());
            return null;
        });
        Optional<MatchSettings> read = stores().transactions()
                .inTenant(tenant, (Tx tx) -> stores().matchSettings().findForUpdate(tx));
        assertThat(read).map(MatchSettings::version).contains("tenant-1");
        assertThat(read.map(MatchSettingsInput::of)).contains(MatchSettingsInput.of(first));

        stores().transactions().inTenant(tenant, (Tx tx) -> {
            stores().matchSettings().save(tx, second, "u2", Instant.now());
            return null;
        });
        assertThat(stores().transactions()
                        .inTenant(tenant, (Tx tx) -> stores().matchSettings().find(tx)))
                .map(MatchSettings::candidatePoolSize)
                .contains(300);
        assertThat(stores().transactions()
                        .inTenant(
                                stores().newTenant(),
                                (Tx tx) -> stores().matchSettings().find(tx)))
                .isEmpty();
    }
}
