package com.benchcrm.matching.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.benchcrm.blob.FolderBlobStore;
import com.benchcrm.common.InvalidRequestException;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.matching.Factor;
import com.benchcrm.matching.FactorScore;
import com.benchcrm.matching.MatchRunRepository;
import com.benchcrm.matching.success.BlobModelRegistry;
import com.benchcrm.matching.success.ModelCard;
import com.benchcrm.matching.success.Psi;
import com.benchcrm.matching.success.SuccessFeatures;
import com.benchcrm.matching.success.SuccessModel;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.ForbiddenException;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDriftTest {

    static final TenantId A = new TenantId(new UUID(0xA, 1));
    static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    @TempDir
    Path dir;

    /** A model on the match score: sigmoid(-2 + w * matchScore). */
    static SuccessModel model(String version, boolean calibrated, double matchScoreWeight) {
        int d = SuccessFeatures.NAMES.size();
        double[] coef = new double[d];
        coef[SuccessFeatures.NAMES.indexOf("matchScore")] = matchScoreWeight;
        double[] ones = new double[d];
        java.util.Arrays.fill(ones, 1);
        return new SuccessModel(
                version,
                SuccessModel.LOGISTIC_PLATT,
                SuccessFeatures.NAMES,
                new double[d],
                ones,
                coef,
                -2,
                1,
                0,
                calibrated,
                300,
                NOW.minusSeconds(86400));
    }

    static ModelCard card(SuccessModel m, Instant at) {
        return new ModelCard(
                m.version(),
                m.kind(),
                "placed",
                at,
                at,
                at,
                m.labelled(),
                40,
                m.calibrated(),
                200,
                m.features(),
                Map.of(),
                List.of(),
                10,
                "");
    }

    /** Snapshots whose skills factor takes {@code skills} and everything else 0.5, match score = skills. */
    static List<MatchRunRepository.Snapshot> snapshots(double... skills) {
        List<MatchRunRepository.Snapshot> out = new ArrayList<>();
        for (double s : skills) {
            out.add(new MatchRunRepository.Snapshot(
                    List.of(new FactorScore(Factor.SKILLS, s, 0.3, 0.3 * s, "", null)),
                    s,
                    false,
                    NOW.minusSeconds(3600)));
        }
        return out;
    }

    static double[] evenly(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = (i + 0.5) / n;
        }
        return v;
    }

    /** A model on the match score, its card with training bins from {@code training} (skills = match score). */
    static ModelCard cardWithBins(SuccessModel m, double[] training) {
        Map<String, ModelCard.Histogram> bins = new LinkedHashMap<>();
        for (String name : m.features()) {
            double[] column = new double[training.length];
            for (int i = 0; i < training.length; i++) {
                double[] x = SuccessFeatures.of(
                        List.of(new FactorScore(Factor.SKILLS, training[i], 0.3, 0.3 * training[i], "", null)),
                        training[i],
                        false);
                column[i] = x[m.features().indexOf(name)];
            }
            bins.put(name, Psi.histogram(column, Psi.BINS));
        }
        double[] scores = new double[training.length];
        for (int i = 0; i < training.length; i++) {
            scores[i] = m.probability(SuccessFeatures.of(
                    List.of(new FactorScore(Factor.SKILLS, training[i], 0.3, 0.3 * training[i], "", null)),
                    training[i],
                    false));
        }
        bins.put(ModelCard.SCORE, Psi.histogram(scores, Psi.BINS));
        ModelCard c = card(m, NOW.minusSeconds(86400));
        return new ModelCard(
                c.version(),
                c.kind(),
                c.label(),
                c.trainedAt(),
                c.windowFrom(),
                c.windowTo(),
                c.labelled(),
                c.positives(),
                c.calibrated(),
                c.minimumOutcomes(),
                c.features(),
                c.metrics(),
                c.calibration(),
                c.trainingMillis(),
                c.notes(),
                bins);
    }

    @Test
    void trafficLikeTheTrainingWindow_isStable_andTrafficThatMovedIsSignificant_onTheRightFeatures() {
        SuccessModel m = model("v1", true, 3);
        ModelCard card = cardWithBins(m, evenly(1000));

        ModelDrift.Report same =
                ModelDrift.compare(card, m, snapshots(evenly(400)), NOW.minusSeconds(7 * 86400), NOW, 7);
        double[] low = new double[400];
        for (int i = 0; i < low.length; i++) {
            low[i] = 0.5 * (i + 0.5) / low.length; // all in the lower half: five deciles at 0.2, five empty
        }
        ModelDrift.Report moved = ModelDrift.compare(card, m, snapshots(low), NOW.minusSeconds(7 * 86400), NOW, 7);

        assertThat(same.recent()).isEqualTo(400);
        assertThat(same.features()).extracting(ModelDrift.Entry::name).isEqualTo(SuccessFeatures.NAMES);
        assertThat(same.maxPsi()).isLessThan(0.01);
        assertThat(same.significant()).isFalse();
        double lowerHalf = 5 * 0.1 * Math.log(2) + 5 * (1e-4 - 0.1) * Math.log(1e-4 / 0.1);
        Map<String, Double> psi = new LinkedHashMap<>();
        moved.features().forEach(e -> psi.put(e.name(), e.psi()));
        assertThat(psi.get("skills")).isCloseTo(lowerHalf, within(1e-4));
        assertThat(psi.get("matchScore")).isCloseTo(lowerHalf, within(1e-4));
        assertThat(psi.get("location")).isZero(); // a constant 0.5 in both windows
        assertThat(moved.score().psi()).isCloseTo(lowerHalf, within(1e-4)); // the score is monotone in matchScore
        assertThat(moved.maxPsi()).isCloseTo(lowerHalf, within(1e-4));
        assertThat(moved.significant()).isTrue();
        assertThat(moved.score().level()).isEqualTo("significant");
    }

    @Test
    void noRecentTraffic_hasNoPsi_ratherThanZero() {
        SuccessModel m = model("v1", true, 3);

        ModelDrift.Report r =
                ModelDrift.compare(cardWithBins(m, evenly(100)), m, List.of(), NOW.minusSeconds(86400), NOW, 1);

        assertThat(r.recent()).isZero();
        assertThat(r.maxPsi()).isNull();
        assertThat(r.significant()).isFalse();
        assertThat(r.score().level()).isEqualTo("no traffic");
    }

    @Test
    void report_readsTheActiveModelAndTheRecentWindow_404WithoutOne_andOwnerOrAdminOnly() {
        BlobModelRegistry registry = new BlobModelRegistry(new FolderBlobStore(dir));
        List<Instant> asked = new ArrayList<>();
        MatchRunRepository runs = repository((since, limit) -> {
            asked.add(since);
            return snapshots(evenly(50));
        });
        ModelDrift drift = new ModelDrift(transactions(), runs, registry, Clock.fixed(NOW, ZoneOffset.UTC));
        Caller admin = new Caller(A, "admin-1", Set.of(Role.Admin), "trace");

        assertThatThrownBy(() -> drift.report(admin, 30)).isInstanceOf(NotFoundException.class);

        SuccessModel m = model("v1", true, 3);
        registry.register(A, m, cardWithBins(m, evenly(1000)), new byte[0]);
        registry.activate(A, "v1");
        ModelDrift.Report r = drift.report(admin, 30);

        assertThat(r.version()).isEqualTo("v1");
        assertThat(r.recent()).isEqualTo(50);
        assertThat(asked).containsExactly(NOW.minusSeconds(30L * 86400));
        assertThatThrownBy(() -> drift.report(admin, 0)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> drift.report(new Caller(A, "r-1", Set.of(Role.Recruiter), "t"), 30))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aModelTrainedBeforeDriftBins_is404_notAnEmptyReport() {
        BlobModelRegistry registry = new BlobModelRegistry(new FolderBlobStore(dir));
        SuccessModel m = model("v0", true, 3);
        registry.register(A, m, card(m, NOW), new byte[0]);
        registry.activate(A, "v0");
        ModelDrift drift = new ModelDrift(
                transactions(), repository((s, l) -> List.of()), registry, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(drift.measure(A, 7)).isEmpty();
    }

    interface Recent {
        List<MatchRunRepository.Snapshot> since(Instant since, int limit);
    }

    /** A repository whose only answer is {@code snapshotsSince}. */
    static MatchRunRepository repository(Recent recent) {
        return (MatchRunRepository) Proxy.newProxyInstance(
                MatchRunRepository.class.getClassLoader(),
                new Class<?>[] {MatchRunRepository.class},
                (p, method, a) -> {
                    if (method.getName().equals("snapshotsSince")) {
                        return recent.since((Instant) a[1], (Integer) a[2]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    static Transactions transactions() {
        return new Transactions() {
            @Override
            public <T> T inTenant(TenantId tenant, Function<Tx, T> work) {
                return work.apply(null);
            }

            @Override
            public <T> T withoutTenant(Function<Tx, T> work) {
                return work.apply(null);
            }
        };
    }
}
