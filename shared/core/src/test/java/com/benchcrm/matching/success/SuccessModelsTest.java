package com.benchcrm.matching.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.blob.FolderBlobStore;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.matching.MatchEngine;
import com.benchcrm.matching.MatchResult;
import com.benchcrm.security.Caller;
import com.benchcrm.security.ForbiddenException;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuccessModelsTest {

    static final TenantId A = new TenantId(new UUID(0xA, 1));
    static final TenantId B = new TenantId(new UUID(0xB, 2));

    @TempDir
    Path dir;

    static SuccessModel model(String version, boolean calibrated, double matchScoreWeight) {
        int d = SuccessFeatures.NAMES.size();
        double[] coef = new double[d];
        coef[SuccessFeatures.NAMES.indexOf("matchScore")] = matchScoreWeight;
        double[] zeros = new double[d];
        double[] ones = new double[d];
        java.util.Arrays.fill(ones, 1);
        return new SuccessModel(version, SuccessModel.LOGISTIC_PLATT, SuccessFeatures.NAMES, zeros, ones, coef, -2, 1, 0, calibrated, 300,
                Instant.parse("2026-12-01T00:00:00Z"));
    }

    static ModelCard card(SuccessModel m, Instant at) {
        return new ModelCard(m.version(), m.kind(), "placed", at, at, at, m.labelled(), 40, m.calibrated(), 200, m.features(),
                Map.of(), List.of(), 10, "");
    }

    static Caller admin(TenantId t) {
        return new Caller(t, "admin-1", Set.of(Role.Admin), "trace");
    }

    @Test
    void registry_activatesAndRollsBack_perTenant_andServesOnlyCalibratedModels() {
        BlobModelRegistry registry = new BlobModelRegistry(new FolderBlobStore(dir));
        registry.register(A, model("v1", true, 2), card(model("v1", true, 2), Instant.parse("2026-12-01T00:00:00Z")), new byte[] {1});
        registry.register(A, model("v2", true, 4), card(model("v2", true, 4), Instant.parse("2026-12-02T00:00:00Z")), null);
        registry.register(A, model("v3", false, 4), card(model("v3", false, 4), Instant.parse("2026-12-03T00:00:00Z")), null);
        SuccessModels models = new SuccessModels(registry, Clock.systemUTC());

        assertThat(models.list(admin(A))).extracting(ModelCard::version).containsExactly("v3", "v2", "v1");
        assertThat(models.forTenant(A)).isEmpty();
        assertThatThrownBy(() -> models.active(admin(A))).isInstanceOf(NotFoundException.class);

        models.activate(admin(A), "v2");
        assertThat(models.forTenant(A)).map(SuccessModel::version).contains("v2");
        models.activate(admin(A), "v1"); // rollback
        assertThat(models.forTenant(A)).map(SuccessModel::version).contains("v1");
        assertThat(models.active(admin(A)).version()).isEqualTo("v1");
        models.activate(admin(A), "v3"); // too few outcomes: active, but recommendations keep the fixed curve
        assertThat(models.forTenant(A)).isEmpty();

        // another tenant sees none of it and cannot activate A's versions
        assertThat(models.list(admin(B))).isEmpty();
        assertThat(models.forTenant(B)).isEmpty();
        assertThatThrownBy(() -> models.activate(admin(B), "v1")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> models.list(new Caller(A, "r", Set.of(Role.Recruiter), "t"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> registry.register(A, model("v1", true, 1), card(model("v1", true, 1), Instant.now()), null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void servedProbability_followsTheModel_notTheFixedCurve() {
        SuccessModel m = model("v1", true, 3);
        double[] low = new double[SuccessFeatures.NAMES.size()];
        double[] high = low.clone();
        high[SuccessFeatures.NAMES.indexOf("matchScore")] = 1;
        assertThat(m.probability(low)).isCloseTo(SuccessModel.sigmoid(-2), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(m.probability(high)).isCloseTo(SuccessModel.sigmoid(1), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(MatchEngine.successProbability(1)).isNotCloseTo(m.probability(high), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void features_readEachFactor_inOrder_withNeutralDefaults() {
        double[] x = SuccessFeatures.of(List.of(new com.benchcrm.matching.FactorScore(com.benchcrm.matching.Factor.RATE, 0.25, 0.1, 0.025,
                "r", Map.of())), 0.6, true);
        assertThat(x[com.benchcrm.matching.Factor.RATE.ordinal()]).isEqualTo(0.25);
        assertThat(x[com.benchcrm.matching.Factor.SKILLS.ordinal()]).isEqualTo(0.5);
        assertThat(x[SuccessFeatures.NAMES.indexOf("matchScore")]).isEqualTo(0.6);
        assertThat(x[SuccessFeatures.NAMES.indexOf("flagged")]).isEqualTo(1);
    }
}
