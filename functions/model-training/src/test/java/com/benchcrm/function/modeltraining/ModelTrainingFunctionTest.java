package com.benchcrm.function.modeltraining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.function.runtime.Invocation;
import com.benchcrm.matching.drift.ModelDrift;
import com.benchcrm.matching.success.ModelCard;
import com.benchcrm.ml.TrainingJob;
import com.benchcrm.tenancy.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ModelTrainingFunctionTest {

    static final UUID SAMPLE_TENANT = UUID.fromString("0b6f1f7e-3c1a-4d2b-9a57-6f0c2e8d4a11");

    final List<String> calls = new ArrayList<>();
    final List<ModelDrift.Report> published = new ArrayList<>();

    static Invocation event(String json) {
        return new Invocation(json.getBytes(StandardCharsets.UTF_8), Optional.empty());
    }

    static Invocation sampleEvent() throws IOException {
        try (InputStream in =
                ModelTrainingFunctionTest.class.getResourceAsStream("/events/model-training/weekly-schedule.json")) {
            return new Invocation(in.readAllBytes(), Optional.empty());
        }
    }

    static ModelDrift.Report report(Double max, Double score) {
        return new ModelDrift.Report(
                "v1",
                Instant.EPOCH,
                Instant.EPOCH,
                Instant.EPOCH,
                Instant.EPOCH,
                7,
                40,
                0.25,
                List.of(),
                new ModelDrift.Entry("score", score, "stable"),
                max,
                max != null && max > 0.25);
    }

    static ModelCard card(String version, boolean calibrated) {
        return new ModelCard(
                version,
                "logistic-regression+platt",
                "placed",
                Instant.EPOCH,
                Instant.EPOCH,
                Instant.EPOCH,
                300,
                40,
                calibrated,
                200,
                List.of("skills"),
                Map.of(),
                List.of(),
                12,
                "");
    }

    ModelTrainingFunction function(Optional<ModelDrift.Report> drift, TrainingJob.Report trained) {
        return new ModelTrainingFunction(
                (tenant, activate) -> {
                    calls.add("train " + tenant.value() + " activate=" + activate);
                    return trained;
                },
                (tenant, days) -> {
                    calls.add("drift " + tenant.value() + " days=" + days);
                    return drift;
                },
                (tenant, slug, r) -> published.add(r),
                7);
    }

    @Test
    void theSampleScheduleEvent_measuresDriftOfTheServingModelFirst_thenTrainsAndActivates() throws IOException {
        ModelTrainingFunction f = function(
                Optional.of(report(0.31, 0.12)), new TrainingJob.Report(300, 40, card("v2", true), true, "ok"));

        ModelTrainingFunction.Summary s = f.handle(sampleEvent());

        assertThat(calls)
                .containsExactly("drift " + SAMPLE_TENANT + " days=7", "train " + SAMPLE_TENANT + " activate=true");
        assertThat(published).extracting(ModelDrift.Report::maxPsi).containsExactly(0.31);
        assertThat(s.slug()).isEqualTo("acme");
        assertThat(s.version()).isEqualTo("v2");
        assertThat(s.calibrated()).isTrue();
        assertThat(s.activated()).isTrue();
        assertThat(s.driftMaxPsi()).isEqualTo(0.31);
        assertThat(s.driftScorePsi()).isEqualTo(0.12);
        assertThat(s.driftSignificant()).isTrue();
    }

    @Test
    void noActiveModel_noDriftPublished_andTooFewOutcomes_isReportedNotThrown() {
        ModelTrainingFunction f = function(
                Optional.empty(), new TrainingJob.Report(3, 1, null, false, "too few labelled outcomes to train: 3"));

        ModelTrainingFunction.Summary s = f.handle(event(
                "{\"tenantId\":\"" + SAMPLE_TENANT + "\",\"slug\":\"acme\",\"activate\":false,\"driftDays\":30}"));

        assertThat(calls)
                .containsExactly("drift " + SAMPLE_TENANT + " days=30", "train " + SAMPLE_TENANT + " activate=false");
        assertThat(published).isEmpty();
        assertThat(s.version()).isNull();
        assertThat(s.activated()).isFalse();
        assertThat(s.driftMaxPsi()).isNull();
        assertThat(s.message()).contains("too few");
    }

    @Test
    void anEventWithoutAValidTenantId_failsTheInvocation_beforeAnythingRuns() {
        ModelTrainingFunction f = function(Optional.empty(), new TrainingJob.Report(0, 0, null, false, ""));

        assertThatThrownBy(() -> f.handle(event("{\"slug\":\"acme\"}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tenantId");
        assertThatThrownBy(() -> f.handle(event("{\"tenantId\":\"acme\"}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'acme'");
        assertThatThrownBy(() -> f.handle(event("{\"tenantId\":\"" + SAMPLE_TENANT + "\",\"driftDays\":0}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("driftDays");
        assertThat(calls).isEmpty();
    }

    @Test
    void tenantIdParses_asTheTenant() {
        assertThat(new TenantId(SAMPLE_TENANT).value()).isEqualTo(SAMPLE_TENANT);
    }
}
