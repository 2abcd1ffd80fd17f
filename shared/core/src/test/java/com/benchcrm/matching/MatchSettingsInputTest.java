package com.benchcrm.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.common.Json;
import com.benchcrm.common.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchSettingsInputTest {

    @Test
    void defaults_roundTripThroughTheStoredDocument() {
        MatchSettingsInput in = MatchSettingsInput.of(MatchSettings.DEFAULT);
        MatchSettings back = MatchSettingsDocument.read("default-1", Json.write(in));
        assertThat(back).isEqualTo(MatchSettings.DEFAULT);
        assertThat(in.toSettings("tenant-3").version()).isEqualTo("tenant-3");
    }

    @Test
    void everyBrokenRule_isReportedAtOnce_withItsPointer() {
        Map<String, Double> weights =
                new LinkedHashMap<>(MatchSettingsInput.of(MatchSettings.DEFAULT).weights());
        weights.put("skills", 1.5);
        weights.put("charm", 0.1);
        weights.remove("history");
        MatchSettingsInput bad = new MatchSettingsInput(
                weights,
                -0.1,
                5000,
                new MatchSettingsInput.Filters("exclude", "sometimes", null, -1, 20.0, "exclude", 1.5));
        assertThatThrownBy(() -> bad.toSettings("v"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationException.FieldError::field)
                                .containsExactlyInAnyOrder(
                                        "/weights/charm",
                                        "/weights/skills",
                                        "/weights/history",
                                        "/skillOverlapShare",
                                        "/candidatePoolSize",
                                        "/filters/availability",
                                        "/filters/rateOverBudget",
                                        "/filters/availabilityWindowDays",
                                        "/filters/rateTolerance",
                                        "/filters/minRequiredSkillShare"));
    }

    @Test
    void weightsNotSummingToOne_areRefused() {
        Map<String, Double> weights =
                new LinkedHashMap<>(MatchSettingsInput.of(MatchSettings.DEFAULT).weights());
        weights.put("skills", 0.5);
        MatchSettingsInput in = new MatchSettingsInput(
                weights, 0.7, 200, MatchSettingsInput.of(MatchSettings.DEFAULT).filters());
        assertThatThrownBy(() -> in.toSettings("v"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors().get(0).message()).contains("sum to 1"));
    }
}
