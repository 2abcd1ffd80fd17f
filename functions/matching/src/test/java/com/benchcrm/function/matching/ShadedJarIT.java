package com.benchcrm.function.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.function.httpapi.ShadedJarSmoke;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The Lambda artifact: it carries the Bedrock embeddings and not ONNX Runtime or DJL (Lambda does
 * not embed in-process), and in a fresh JVM without an embedding model it refuses to start, saying
 * why.
 */
class ShadedJarIT {

    @Test
    void shadedJar_carriesBedrockNotOnnxRuntime() throws Exception {
        try (JarFile jar = new JarFile(shadedJar().toFile())) {
            List<String> names = jar.stream().map(java.util.jar.JarEntry::getName).toList();
            assertThat(names).contains("com/benchcrm/function/matching/MatchingApplication.class",
                    "com/benchcrm/embedding/bedrock/BedrockTitanEmbeddings.class",
                    "com/benchcrm/vector/lucene/LuceneVectorIndex.class");
            assertThat(names).noneMatch(n -> n.startsWith("ai/onnxruntime/") || n.startsWith("ai/djl/")
                    || n.startsWith("com/benchcrm/embedding/onnx/"));
            assertThat(Files.size(shadedJar())).as("bytes").isLessThan(80L * 1024 * 1024);
        }
    }

    @Test
    void shadedJar_withoutAnEmbeddingModel_failsAtStartSayingMatchingIsNotConfigured() throws Exception {
        Path event = Path.of("target", "shaded-embed-event.json");
        Files.write(event, SampleEvents.batch(SampleEvents.poison("shaded")));
        Path smoke = Path.of(ShadedJarSmoke.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", shadedJar().toAbsolutePath() + File.pathSeparator + smoke, ShadedJarSmoke.class.getName(),
                event.toAbsolutePath().toString()).redirectErrorStream(true);
        pb.environment().putAll(Map.of(
                "MAIN_CLASS", MatchingApplication.class.getName(),
                "SPRING_CLOUD_FUNCTION_DEFINITION", MatchingApplication.EMBED,
                "BENCHCRM_SQL_MODE", "jdbc",
                "BENCHCRM_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/none",
                "BENCHCRM_JDBC_USER", "app",
                "BENCHCRM_JDBC_PASSWORD", "x",
                "BENCHCRM_EMBEDDINGS", "off",
                "BENCHCRM_EMBED_DLQ_URL", "http://127.0.0.1:1/000000000000/embed-dlq",
                "AWS_REGION", "us-east-1"));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(output).doesNotContain("RESPONSE ").contains("matching is not configured: BENCHCRM_EMBEDDINGS is off");
    }

    static Path shadedJar() throws Exception {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("benchcrm-matching-.*-aws\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("the shaded jar was not built"));
        }
    }
}
