package com.benchcrm.matching;

import static com.benchcrm.matching.Profiles.has;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.common.InvalidRequestException;
import com.benchcrm.common.Location;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.embedding.HashingEmbeddingModel;
import com.benchcrm.matching.Profiles.C;
import com.benchcrm.matching.Profiles.R;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.vector.EntityKind;
import com.benchcrm.vector.InMemoryVectorIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecommenderTest {

    private static final TenantId ACME = new TenantId(UUID.fromString("00000000-0000-7000-8000-00000000000a"));
    private static final TenantId OTHER = new TenantId(UUID.fromString("00000000-0000-7000-8000-00000000000b"));

    private final HashingEmbeddingModel model = new HashingEmbeddingModel(64);
    private final InMemoryVectorIndex index = new InMemoryVectorIndex();
    private final Map<UUID, Consultant> store = new HashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private final ConsultantLookup lookup = (tenant, ids) -> {
        lookups.incrementAndGet();
        Map<UUID, Consultant> m = new HashMap<>();
        ids.forEach(id -> {
            if (store.containsKey(id)) {
                m.put(id, store.get(id));
            }
        });
        return m;
    };
    private final List<Consultant> bench = new ArrayList<>();

    @BeforeEach
    void bench() {
        C java = C.javaIrving();
        bench.add(java.build());
        bench.add(new C(
                        "Blake",
                        List.of(has("Java", 5), has("Spring Boot", 4)),
                        java.location(),
                        WorkAuthorization.H1B,
                        6,
                        java.availability(),
                        java.rate(),
                        "Java Developer")
                .build());
        bench.add(new C(
                        "Casey",
                        List.of(has("Python", 5), has("Django", 4)),
                        java.location(),
                        WorkAuthorization.H1B,
                        6,
                        java.availability(),
                        java.rate(),
                        "Python Developer")
                .build());
        bench.add(java.auth(WorkAuthorization.OPT_EAD)
                .at(new Location("Plano", "TX", "US"))
                .build());
        bench.forEach(c -> store.put(c.id(), c));
        new ProfileIndexer(model, index).indexConsultants(ACME, bench);
    }

    private Recommender recommender(RejectedCandidates rejected) {
        return new Recommender(
                model,
                index,
                lookup,
                MatchSettingsProvider.fixed(MatchSettings.DEFAULT),
                MatchHistory.NONE,
                rejected,
                new MatchEngine(Profiles.CLOCK));
    }

    @Test
    void recommend_ranksTheTenantsCandidates_dropsExcluded_andExplains() {
        Requirement r = R.javaDallas().build();

        Recommendations top = recommender(RejectedCandidates.NONE).recommend(ACME, r, 10);

        assertThat(top.candidates()).isEqualTo(4);
        assertThat(top.excluded())
                .containsEntry(HardFilter.WORK_AUTHORIZATION, 1)
                .containsEntry(HardFilter.REQUIRED_SKILLS, 1); // Casey: Python, none of the Java stack
        assertThat(top.results()).hasSize(2);
        assertThat(top.results().get(0).consultantId()).isEqualTo(bench.get(0).id());
        assertThat(top.results()).isSortedAccordingTo((a, b) -> Double.compare(b.matchScore(), a.matchScore()));
        assertThat(top.results().get(0).reasons()).contains("Has all 3 required skills; 1 of 1 nice-to-have");
        assertThat(top.embeddingModel()).isEqualTo("test/hashing-bow@1/64");
        assertThat(top.results().get(0).modelVersion()).contains("embedding=test/hashing-bow@1/64");
        assertThat(top.results().get(0).factor(Factor.SKILLS).inputs()).containsKey("embeddingCosine");
        assertThat(lookups.get()).isEqualTo(1);
        assertThat(top.timingsMicros()).containsKeys("queryVector", "knn", "load", "score");
    }

    @Test
    void scoreAsOf_givesTheGivenConsultantsTheLiveFeatures_withOnlyTheHistoryKnownThen_andNoCutOrCalibration() {
        Requirement r = R.javaDallas().build();
        java.time.Instant at = Profiles.CLOCK.instant().minus(java.time.Duration.ofDays(20));
        java.time.LocalDate day = at.atOffset(java.time.ZoneOffset.UTC).toLocalDate();
        UUID irving = bench.get(0).id();
        UUID casey = bench.get(2).id();
        // Irving was placed the day after `at`: that outcome is what a model would predict, it must not be a feature
        MatchHistory history = new MatchHistory() {
            @Override
            public Map<UUID, List<Outcome>> consultants(TenantId tenant, java.util.Collection<UUID> ids) {
                return Map.of(irving, List.of(new Outcome(day.plusDays(1), true), new Outcome(day.plusDays(3), true)));
            }

            @Override
            public List<Outcome> company(TenantId tenant, String clientName) {
                return List.of();
            }
        };
        Recommender recommender = new Recommender(
                model,
                index,
                lookup,
                MatchSettingsProvider.fixed(MatchSettings.DEFAULT),
                history,
                RejectedCandidates.NONE,
                new MatchEngine(Profiles.CLOCK));

        List<MatchResult> scored = recommender.scoreAsOf(ACME, r, List.of(casey, irving), at);
        Recommendations live = recommender(RejectedCandidates.NONE).recommend(ACME, r, 10);

        assertThat(scored).extracting(MatchResult::consultantId).containsExactly(irving, casey); // best first
        assertThat(scored.get(1).excluded()).isTrue(); // kept with its flags: the caller decides
        assertThat(scored).allSatisfy(m -> assertThat(m.calibrated()).isFalse());
        MatchResult then = scored.get(0);
        MatchResult now = live.results().get(0);
        assertThat(then.factor(Factor.HISTORY).value()).isEqualTo(0.5); // neutral: nothing decided before `at`
        assertThat(then.factor(Factor.SKILLS).value())
                .isEqualTo(now.factor(Factor.SKILLS).value());
        assertThat(then.factor(Factor.SKILLS).inputs()).containsKey("embeddingCosine");
        assertThat(then.modelVersion()).isEqualTo(now.modelVersion());
        assertThat(recommender.scoreAsOf(ACME, r, List.of(), at)).isEmpty();
    }

    @Test
    void recommend_usesTheStoredRequirementVector_whenThereIsOne() {
        Requirement r = R.javaDallas().build();
        new ProfileIndexer(model, index).indexRequirements(ACME, List.of(r));
        int before = model.calls();
        recommender(RejectedCandidates.NONE).recommend(ACME, r, 5);
        assertThat(model.calls()).isEqualTo(before);
        assertThat(index.find(ACME, EntityKind.REQUIREMENT, r.id(), model.info().key()))
                .isPresent();
    }

    @Test
    void recommend_topKLimits_andRejectedConsultantsDropOut() {
        Requirement r = R.javaDallas().build();
        Recommendations one = recommender(RejectedCandidates.NONE).recommend(ACME, r, 1);
        assertThat(one.results()).hasSize(1);

        UUID best = one.results().get(0).consultantId();
        Recommendations again = recommender((t, req) -> req.equals(r.id()) ? Set.of(best) : Set.of())
                .recommend(ACME, r, 10);
        assertThat(again.results()).extracting(MatchResult::consultantId).doesNotContain(best);
        assertThat(again.rejectedByRecruiter()).isEqualTo(1);
    }

    @Test
    void recommend_neverSeesAnotherTenantsConsultants() {
        Recommendations none = recommender(RejectedCandidates.NONE)
                .recommend(OTHER, R.javaDallas().build(), 10);
        assertThat(none.results()).isEmpty();
        assertThat(none.candidates()).isZero();
    }

    @Test
    void recommend_deletedConsultantStillInTheIndex_isSkipped() {
        store.remove(bench.get(0).id());
        Recommendations top = recommender(RejectedCandidates.NONE)
                .recommend(ACME, R.javaDallas().build(), 10);
        assertThat(top.results())
                .extracting(MatchResult::consultantId)
                .doesNotContain(bench.get(0).id());
        assertThat(top.scored()).isEqualTo(3);
    }

    @Test
    void recommend_topKOutOfRange_isAnInvalidRequest() {
        assertThatThrownBy(() -> recommender(RejectedCandidates.NONE)
                        .recommend(ACME, R.javaDallas().build(), 51))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> recommender(RejectedCandidates.NONE)
                        .recommend(ACME, R.javaDallas().build(), 0))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void indexer_remove_takesTheConsultantOutOfTheCandidates() {
        new ProfileIndexer(model, index)
                .remove(ACME, EntityKind.CONSULTANT, bench.get(0).id());
        Recommendations top = recommender(RejectedCandidates.NONE)
                .recommend(ACME, R.javaDallas().build(), 10);
        assertThat(top.candidates()).isEqualTo(3);
    }
}
