package com.benchcrm.function.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.function.runtime.testing.TestEnvironments;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchingConfigTest {

    static Map<String, String> valid() {
        Map<String, String> env = TestEnvironments.jdbc();
        env.put("BENCHCRM_EMBEDDINGS", "bedrock");
        env.put("BENCHCRM_EMBED_DLQ_URL", "https://sqs.us-east-1.amazonaws.com/123/embed-dlq");
        env.put("BENCHCRM_MATCH_DLQ_URL", "https://sqs.us-east-1.amazonaws.com/123/match-dlq");
        return env;
    }

    @Test
    void from_validEnvironment_takesTheRoutingFilesReceiveCountsAndTopTen() {
        MatchingConfig c = MatchingConfig.from(valid()::get);

        assertThat(c.embedMaxReceives()).isEqualTo(5);
        assertThat(c.matchMaxReceives()).isEqualTo(3);
        assertThat(c.autoTopK()).isEqualTo(10);
        assertThat(c.sqsEndpoint()).isEmpty();
        assertThat(c.sql().jdbc().orElseThrow().toString()).doesNotContain("s3cret-password-value");
    }

    @Test
    void from_embeddingsOffOrUnset_refusesToStart_matchingIsNotConfigured() {
        Map<String, String> off = valid();
        off.put("BENCHCRM_EMBEDDINGS", "off");
        Map<String, String> unset = valid();
        unset.remove("BENCHCRM_EMBEDDINGS");

        for (Map<String, String> env : java.util.List.of(off, unset)) {
            assertThatThrownBy(() -> MatchingConfig.from(env::get))
                    .isInstanceOf(MatchingConfig.MatchingNotConfiguredException.class)
                    .hasMessageStartingWith("matching is not configured: BENCHCRM_EMBEDDINGS is");
        }
    }

    @Test
    void from_everyProblem_isReportedAtOnce() {
        Map<String, String> env = valid();
        env.remove("BENCHCRM_EMBED_DLQ_URL");
        env.remove("BENCHCRM_MATCH_DLQ_URL");
        env.remove("BENCHCRM_JDBC_URL");
        env.put("BENCHCRM_AUTO_TOP_K", "51");
        env.put("BENCHCRM_MAX_RECEIVES", "zero");

        assertThatThrownBy(() -> MatchingConfig.from(env::get))
                .hasMessageContaining("BENCHCRM_EMBED_DLQ_URL")
                .hasMessageContaining("BENCHCRM_JDBC_URL is not set")
                .hasMessageContaining("BENCHCRM_AUTO_TOP_K must be 1 to 50")
                .hasMessageContaining("BENCHCRM_MAX_RECEIVES must be a positive integer");
    }

    @Test
    void from_maxReceives_overridesBothQueues() {
        Map<String, String> env = valid();
        env.put("BENCHCRM_MAX_RECEIVES", "2");

        MatchingConfig c = MatchingConfig.from(env::get);

        assertThat(c.embedMaxReceives()).isEqualTo(2);
        assertThat(c.matchMaxReceives()).isEqualTo(2);
    }
}
