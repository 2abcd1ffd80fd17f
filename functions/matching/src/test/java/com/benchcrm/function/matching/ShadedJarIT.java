package com.benchcrm.function.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.function.runtime.testing.ShadedJars;
import java.nio.file.Files;
import java.nio.file.Path;
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
        List<String> names = ShadedJars.entries(JAR);

        assertThat(names).contains("com/benchcrm/function/matching/MatchingApplication.class",
                "com/benchcrm/embedding/bedrock/BedrockTitanEmbeddings.class",
                "com/benchcrm/vector/opensearch/OpenSearchVectorIndex.class",
                "com/benchcrm/sql/rdsdata/RdsDataSqlPort.class");
        assertThat(ShadedJars.forbidden(JAR)).isEmpty();
        assertThat(Files.size(JAR)).as("bytes").isLessThan(80L * 1024 * 1024);
    }

    @Test
    void shadedJar_withoutAnEmbeddingModel_failsAtStartSayingMatchingIsNotConfigured() throws Exception {
        Path event = Path.of("target", "shaded-embed-event.json");
        Files.write(event, SampleEvents.batch(SampleEvents.poison("shaded")));

        ShadedJars.Run run = ShadedJars.run(JAR, event, Map.of(
                "MAIN_CLASS", MatchingApplication.class.getName(),
                "SPRING_CLOUD_FUNCTION_DEFINITION", MatchingApplication.EMBED,
                "BENCHCRM_DB_RESOURCE_ARN", "arn:aws:rds:us-east-1:123456789012:cluster:benchcrm",
                "BENCHCRM_DB_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:app",
                "BENCHCRM_DB_NAME", "benchcrm",
                "BENCHCRM_EMBEDDINGS", "off",
                "BENCHCRM_EMBED_DLQ_URL", "http://127.0.0.1:1/000000000000/embed-dlq",
                "AWS_REGION", "us-east-1"), List.of());

        assertThat(run.output()).doesNotContain("RESPONSE ").contains("matching is not configured: BENCHCRM_EMBEDDINGS is off");
    }

    @Test
    void shadedJar_askedForTheEmbeddedVectorIndex_refusesToStartSayingLuceneIsNotInIt() throws Exception {
        Path event = Path.of("target", "shaded-embed-event-lucene.json");
        Files.write(event, SampleEvents.batch(SampleEvents.poison("shaded")));

        ShadedJars.Run run = ShadedJars.run(JAR, event, Map.of(
                "MAIN_CLASS", MatchingApplication.class.getName(),
                "SPRING_CLOUD_FUNCTION_DEFINITION", MatchingApplication.EMBED,
                "BENCHCRM_DB_RESOURCE_ARN", "arn:aws:rds:us-east-1:123456789012:cluster:benchcrm",
                "BENCHCRM_DB_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:app",
                "BENCHCRM_DB_NAME", "benchcrm",
                "BENCHCRM_EMBEDDINGS", "bedrock",
                "BENCHCRM_VECTOR_STORE", "lucene",
                "BENCHCRM_VECTOR_DIR", Path.of("target", "shaded-vectors").toAbsolutePath().toString(),
                "BENCHCRM_EMBED_DLQ_URL", "http://127.0.0.1:1/000000000000/embed-dlq",
                "AWS_REGION", "us-east-1"), List.of());

        assertThat(run.output()).doesNotContain("RESPONSE ")
                .contains("BENCHCRM_VECTOR_STORE=lucene, but Lucene is not in this artifact");
    }
}
