package com.benchcrm.function.modeltraining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.function.runtime.testing.TestEnvironments;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelTrainingConfigTest {

    static Map<String, String> rdsData() {
        Map<String, String> env = new HashMap<>(TestEnvironments.rdsData());
        env.put("AWS_REGION", "eu-west-1");
        return env;
    }

    @Test
    void theBucketAndDefaults_areRead() {
        Map<String, String> env = rdsData();
        env.put("BENCHCRM_MODELS_BUCKET", "prod-models");

        ModelTrainingConfig c = ModelTrainingConfig.from(env::get);

        assertThat(c.modelsBucket()).contains("prod-models");
        assertThat(c.modelsDir()).isEmpty();
        assertThat(c.driftDays()).isEqualTo(ModelTrainingConfig.DEFAULT_DRIFT_DAYS);
        assertThat(c.region()).isEqualTo("eu-west-1");
    }

    @Test
    void everyProblem_isNamedAtOnce() {
        Map<String, String> env = rdsData();
        env.put("BENCHCRM_DRIFT_DAYS", "a week");

        assertThatThrownBy(() -> ModelTrainingConfig.from(env::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BENCHCRM_MODELS_BUCKET")
                .hasMessageContaining("BENCHCRM_DRIFT_DAYS");
    }
}
