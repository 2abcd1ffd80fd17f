package com.benchcrm.function.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.function.runtime.testing.ShadedJars;
import com.benchcrm.function.runtime.testing.TestEnvironments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Lambda artifact: it carries the Bedrock embeddings, the OpenSearch index and the RDS Data
 * API adapter, and nothing embedded-only (no ONNX Runtime, DJL, Lucene, JDBC); in a fresh JVM
 * without an embedding model, or asked for the embedded index, it refuses to start, saying why.
 */
class ShadedJarIT {

    static final Path JAR = ShadedJars.find("benchcrm-matching");

    @Test
    void shadedJar_carriesBedrockAndOpenSearch_andNothingEmbeddedOnly() throws Exception {
        ShadedJars.check(JAR)
                .carries(
                        "com/benchcrm/function/matching/MatchingApplication.class",
                        "com/benchcrm/embedding/bedrock/BedrockTitanEmbeddings.class",
                        "com/benchcrm/vector/opensearch/OpenSearchVectorIndex.class",
                        "com/benchcrm/sql/rdsdata/RdsDataSqlPort.class")
                .nothingEmbeddedOnly();
        assertThat(Files.size(JAR)).as("bytes").isLessThan(80L * 1024 * 1024);
    }

    @Test
    void shadedJar_withoutAnEmbeddingModel_failsAtStartSayingMatchingIsNotConfigured() {
        ShadedJars.Run run = runEmbed(Map.of("BENCHCRM_EMBEDDINGS", "off"));

        assertThat(run.output())
                .doesNotContain("RESPONSE ")
                .contains("matching is not configured: BENCHCRM_EMBEDDINGS is off");
    }

    @Test
    void shadedJar_askedForTheEmbeddedVectorIndex_refusesToStartSayingLuceneIsNotInIt() {
        ShadedJars.Run run = runEmbed(Map.of(
                "BENCHCRM_EMBEDDINGS",
                "bedrock",
                "BENCHCRM_VECTOR_STORE",
                "lucene",
                "BENCHCRM_VECTOR_DIR",
                Path.of("target", "shaded-vectors").toAbsolutePath().toString()));

        assertThat(run.output())
                .doesNotContain("RESPONSE ")
                .contains("BENCHCRM_VECTOR_STORE=lucene, but Lucene is not in this artifact");
    }

    /** The jar in a fresh JVM as the embed function in Lambda (RDS Data API), with {@code matching}'s variables, on a poison batch. */
    static ShadedJars.Run runEmbed(Map<String, String> matching) {
        try {
            Path event = Path.of("target", "shaded-embed-event.json");
            Files.write(event, SampleEvents.batch(SampleEvents.poison("shaded")));
            Map<String, String> env = new HashMap<>(TestEnvironments.rdsData());
            env.put("MAIN_CLASS", MatchingApplication.class.getName());
            env.put("SPRING_CLOUD_FUNCTION_DEFINITION", MatchingApplication.EMBED);
            env.put("BENCHCRM_EMBED_DLQ_URL", "http://127.0.0.1:1/000000000000/embed-dlq");
            env.putAll(matching);
            return ShadedJars.run(JAR, event, env, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
