package com.benchcrm.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchWeightsTest {

    @Test
    void seedWeights_areTheSeedPlans_withoutRole_andTheDefaultMakesRoomForIt_bothSummingToOne() {
        assertThat(MatchWeights.SEED.asMap()).containsExactlyInAnyOrderEntriesOf(Map.of(Factor.SKILLS, 0.40, Factor.LOCATION, 0.20,
                Factor.RATE, 0.15, Factor.SENIORITY, 0.10, Factor.HISTORY, 0.10, Factor.AVAILABILITY, 0.05, Factor.ROLE, 0.0));
        MatchWeights w = MatchWeights.DEFAULT;
        assertThat(w.role()).isEqualTo(0.25);
        assertThat(MatchWeights.SEED.asMap().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(w.asMap().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void weights_notSummingToOne_areRejected() {
        assertThatThrownBy(() -> new MatchWeights(0.5, 0.2, 0.15, 0.1, 0.1, 0.05))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 1");
    }

    @Test
    void negativeOrNonFiniteWeights_areRejected() {
        assertThatThrownBy(() -> new MatchWeights(1.1, -0.1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchWeights(Double.NaN, 0, 0, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fromMap_missingFactorsWeighZero() {
        MatchWeights w = MatchWeights.of(Map.of(Factor.SKILLS, 0.7, Factor.RATE, 0.3));
        assertThat(w.location()).isZero();
        assertThat(w.of(Factor.RATE)).isEqualTo(0.3);
    }

    @Test
    void settings_rejectAnOutOfRangeCandidatePool() {
        assertThatThrownBy(() -> MatchSettings.DEFAULT.withCandidatePoolSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MatchSettings.DEFAULT.candidatePoolSize()).isEqualTo(200);
    }
}
