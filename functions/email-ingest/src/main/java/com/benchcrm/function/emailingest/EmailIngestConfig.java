package com.benchcrm.function.emailingest;

import static com.benchcrm.common.EnvReader.number;
import static com.benchcrm.common.EnvReader.required;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the e-mail ingest function reads from its environment, read once and validated at
 * start (all problems reported together).
 *
 * <table>
 *   <caption>Environment</caption>
 *   <tr><td>BENCHCRM_SQL_MODE and the JDBC / RDS Data API settings</td><td>as for the HTTP API function</td></tr>
 *   <tr><td>BENCHCRM_INGEST_DOMAIN</td><td>the ingest mail domain ({@code ingest.example.com}; {@code ingest.localhost} locally)</td></tr>
 *   <tr><td>BENCHCRM_BLOB_MODE</td><td>{@code s3} (default) with BENCHCRM_RAW_BUCKET and BENCHCRM_TENANT_KEY_ALIAS_PREFIX
 *       ({@code alias/<deployment>/tenant/}), or {@code folder} with BENCHCRM_RAW_DIR</td></tr>
 *   <tr><td>BENCHCRM_DLQ_URL or BENCHCRM_DLQ_DIR</td><td>the dead-letter queue (SQS) or folder</td></tr>
 *   <tr><td>BENCHCRM_AI_MODE</td><td>{@code rules} (default) or {@code bedrock} with BENCHCRM_BEDROCK_MODEL_ID,
 *       BENCHCRM_BEDROCK_ENDPOINT (optional), AI_MAX_TOKENS_DAY (default 200000)</td></tr>
 *   <tr><td>BENCHCRM_MAX_MESSAGE_BYTES</td><td>larger messages are filed TOO_LARGE, headers only (default 25 MiB)</td></tr>
 * </table>
 */
public record EmailIngestConfig(
        com.benchcrm.sql.SqlSettings sql,
        String region,
        String ingestDomain,
        BlobMode blobMode,
        Optional<String> rawBucket,
        Optional<Path> rawDir,
        String tenantKeyAliasPrefix,
        Optional<String> dlqUrl,
        Optional<Path> dlqDir,
        AiMode aiMode,
        Optional<String> bedrockModelId,
        Optional<URI> bedrockEndpoint,
        long aiMaxTokensPerDay,
        long maxMessageBytes) {

    public static final long DEFAULT_MAX_MESSAGE_BYTES = 25L * 1024 * 1024;
    public static final long DEFAULT_AI_MAX_TOKENS_DAY = 200_000;

    /** Where raw mail is. */
    public enum BlobMode {
        S3,
        FOLDER
    }

    /** Which extractor. */
    public enum AiMode {
        RULES,
        BEDROCK
    }

    public static EmailIngestConfig from(Function<String, String> env) {
        List<String> problems = new ArrayList<>();
        com.benchcrm.sql.SqlSettings sql = com.benchcrm.sql.SqlSettings.from(env, problems);
        String region = Optional.ofNullable(env.apply("AWS_REGION")).orElse("us-east-1");
        String domain = Optional.ofNullable(env.apply("BENCHCRM_INGEST_DOMAIN"))
                .map(d -> d.trim().toLowerCase(Locale.ROOT))
                .orElse(null);
        if (domain == null || !domain.matches("[a-z0-9.-]+")) {
            problems.add(
                    "BENCHCRM_INGEST_DOMAIN must be the ingest mail domain (e.g. ingest.example.com), not " + domain);
        }
        BlobMode blobMode =
                enumOf(BlobMode.class, env.apply("BENCHCRM_BLOB_MODE"), BlobMode.S3, "BENCHCRM_BLOB_MODE", problems);
        Optional<String> bucket = Optional.empty();
        Optional<Path> rawDir = Optional.empty();
        if (blobMode == BlobMode.S3) {
            bucket = Optional.ofNullable(required(env, "BENCHCRM_RAW_BUCKET", problems));
        } else if (blobMode == BlobMode.FOLDER) {
            rawDir = Optional.ofNullable(required(env, "BENCHCRM_RAW_DIR", problems))
                    .map(Path::of);
        }
        String aliasPrefix = Optional.ofNullable(env.apply("BENCHCRM_TENANT_KEY_ALIAS_PREFIX"))
                .orElse("alias/benchcrm/tenant/");
        Optional<String> dlqUrl = Optional.ofNullable(blank(env.apply("BENCHCRM_DLQ_URL")));
        Optional<Path> dlqDir =
                Optional.ofNullable(blank(env.apply("BENCHCRM_DLQ_DIR"))).map(Path::of);
        if (dlqUrl.isPresent() == dlqDir.isPresent()) {
            problems.add("set exactly one of BENCHCRM_DLQ_URL (SQS) and BENCHCRM_DLQ_DIR (folder)");
        }
        AiMode aiMode = enumOf(AiMode.class, env.apply("BENCHCRM_AI_MODE"), AiMode.RULES, "BENCHCRM_AI_MODE", problems);
        Optional<String> model = Optional.ofNullable(blank(env.apply("BENCHCRM_BEDROCK_MODEL_ID")));
        if (aiMode == AiMode.BEDROCK && model.isEmpty()) {
            problems.add("BENCHCRM_AI_MODE=bedrock needs BENCHCRM_BEDROCK_MODEL_ID");
        }
        Optional<URI> endpoint = Optional.ofNullable(blank(env.apply("BENCHCRM_BEDROCK_ENDPOINT")))
                .map(URI::create);
        long maxTokens = number(env, "AI_MAX_TOKENS_DAY", DEFAULT_AI_MAX_TOKENS_DAY, problems);
        long maxBytes = number(env, "BENCHCRM_MAX_MESSAGE_BYTES", DEFAULT_MAX_MESSAGE_BYTES, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "the e-mail ingest function is not configured: " + String.join("; ", problems));
        }
        return new EmailIngestConfig(
                sql,
                region,
                domain,
                blobMode,
                bucket,
                rawDir,
                aliasPrefix,
                dlqUrl,
                dlqDir,
                aiMode,
                model,
                endpoint,
                maxTokens,
                maxBytes);
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static <E extends Enum<E>> E enumOf(
            Class<E> type, String value, E fallback, String name, List<String> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(name + " must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", not " + value);
            return null;
        }
    }
}
