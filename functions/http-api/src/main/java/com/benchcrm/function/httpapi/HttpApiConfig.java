package com.benchcrm.function.httpapi;

import static com.benchcrm.common.EnvReader.integer;
import static com.benchcrm.common.EnvReader.required;

import com.benchcrm.auth.jwt.JwtConfig;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the HTTP API function reads from its environment, read once and validated at start.
 *
 * <table>
 *   <caption>Environment</caption>
 *   <tr><td>BENCHCRM_SQL_MODE</td><td>{@code rdsdata} (AWS) or {@code jdbc} (embedded stack)</td></tr>
 *   <tr><td>BENCHCRM_JDBC_URL, _USER, _PASSWORD, BENCHCRM_JDBC_POOL_SIZE</td><td>jdbc mode</td></tr>
 *   <tr><td>BENCHCRM_DB_RESOURCE_ARN, BENCHCRM_DB_SECRET_ARN, BENCHCRM_DB_NAME, AWS_REGION, BENCHCRM_RDSDATA_ENDPOINT</td><td>rdsdata mode</td></tr>
 *   <tr><td>BENCHCRM_JWT_ISSUER, BENCHCRM_JWT_AUDIENCE</td><td>what tokens must say; the audience may be a
 *       comma-separated list (Cognito access tokens name their app client in {@code client_id})</td></tr>
 *   <tr><td>BENCHCRM_JWT_USER_CLAIM</td><td>the claim naming the user ({@code sub} by default; {@code user_id}
 *       with Cognito, whose pre-token trigger adds it)</td></tr>
 *   <tr><td>BENCHCRM_IDENTITY, BENCHCRM_COGNITO_USER_POOL_ID, BENCHCRM_COGNITO_ENDPOINT</td><td>{@code none} (default)
 *       or {@code cognito}: /v1/users also creates, regroups, disables and signs out the user in that pool</td></tr>
 *   <tr><td>BENCHCRM_USER_STATUS_TTL</td><td>how long a user's status (deactivated or not) is remembered per
 *       process, ISO-8601, default {@code PT30S}</td></tr>
 *   <tr><td>BENCHCRM_JWKS_URL or BENCHCRM_JWKS_JSON</td><td>the issuer's public keys</td></tr>
 *   <tr><td>BENCHCRM_MAX_BODY_BYTES</td><td>request body limit, default 1 MiB</td></tr>
 *   <tr><td>BENCHCRM_METRICS</td><td>{@code emf} (default) or {@code off}</td></tr>
 *   <tr><td>BENCHCRM_WEBHOOK_ALLOW_LOOPBACK</td><td>{@code true} only in the embedded stack: webhooks to loopback receivers (AWS: public https only)</td></tr>
 *   <tr><td>BENCHCRM_RAW_DIR or BENCHCRM_RAW_BUCKET</td><td>where {@code POST /v1/integrations/inbox/import} keeps
 *       the raw messages (a folder, or an S3 bucket); neither: not kept</td></tr>
 *   <tr><td>BENCHCRM_AI_MODE, BENCHCRM_BEDROCK_MODEL_ID, BENCHCRM_BEDROCK_ENDPOINT, AI_MAX_TOKENS_DAY</td><td>the
 *       extractor: {@code rules} (default) or {@code bedrock}, as for the e-mail ingest function</td></tr>
 *   <tr><td>BENCHCRM_RATE_LIMIT</td><td>per-tenant request limits (ADR 0035): {@code off} (default), {@code memory}
 *       (one process: the embedded stack) or {@code dynamodb} (shared by all instances)</td></tr>
 *   <tr><td>BENCHCRM_RATE_LIMIT_DEFAULT, BENCHCRM_RATE_LIMIT_BURST</td><td>a tenant's requests per second and burst
 *       unless its own limit says otherwise; default 50 and the rate</td></tr>
 *   <tr><td>BENCHCRM_RATE_LIMIT_TABLE, BENCHCRM_RATE_LIMIT_ENDPOINT</td><td>dynamodb: the table (its {@code limit#<tenant-id>}
 *       items are the per-tenant limits) and an optional endpoint</td></tr>
 *   <tr><td>BENCHCRM_RATE_LIMIT_TENANTS</td><td>memory: per-tenant limits, {@code <tenant-id>=<rate>:<burst>,...}</td></tr>
 *   <tr><td>BENCHCRM_SECRET_KEYS, BENCHCRM_TENANT_KEY_ALIAS_PREFIX, BENCHCRM_SECRET_KEYRING</td><td>the keys that seal
 *       webhook signing secrets: KMS (the tenant's key) in AWS, a keyring file locally
 *       ({@code com.benchcrm.secrets.kms.SecretKeys})</td></tr>
 *   <tr><td>BENCHCRM_EMBEDDINGS, BENCHCRM_VECTOR_STORE, ...</td><td>recommendations and search: the embedding model and
 *       vector index ({@code com.benchcrm.matching.adapters.MatchingAdapters}); unset: those routes answer 503</td></tr>
 * </table>
 */
public record HttpApiConfig(
        com.benchcrm.sql.SqlSettings sql,
        JwtConfig jwt,
        int maxBodyBytes,
        boolean emfMetrics,
        boolean webhookAllowLoopback,
        Optional<java.nio.file.Path> rawDir,
        Optional<String> rawBucket,
        Ai ai,
        java.util.Map<String, String> matching,
        RateLimiting rateLimiting,
        com.benchcrm.secrets.kms.SecretKeys.Settings secretKeys,
        java.time.Duration userStatusTtl,
        Identity identity,
        Outreach outreach) {

    /**
     * Sending marketing mail (issue 15): the local .eml folder ({@code BENCHCRM_SENT_MAIL_DIR}; unset:
     * nothing can be handed over and approved mail stays queued), the secret the unsubscribe tokens'
     * tenant keys derive from ({@code BENCHCRM_UNSUBSCRIBE_SECRET}, at least 32 characters; unset: a
     * random one per process, so links die with it), the public base URL of the unsubscribe route
     * ({@code BENCHCRM_PUBLIC_BASE_URL}) and the mailto target of {@code List-Unsubscribe}
     * ({@code BENCHCRM_UNSUBSCRIBE_MAILBOX}). With {@code BENCHCRM_OUTREACH_QUEUE_URL} set an approval
     * queues one SQS message per recipient for the {@code outreachSender} function (ADR 0095; SQS at
     * {@code BENCHCRM_SQS_ENDPOINT} when set, ElasticMQ locally); unset, it sends inline in the request.
     */
    public record Outreach(
            Optional<java.nio.file.Path> sentMailDir,
            Optional<String> unsubscribeSecret,
            String publicBaseUrl,
            String unsubscribeMailbox,
            Optional<String> sendQueueUrl,
            Optional<URI> sqsEndpoint,
            String region) {}

    /**
     * Who else hears of a user change: nobody ({@code none}: the embedded provider reads the users
     * table), or the console's Cognito user pool ({@code cognito}).
     */
    public record Identity(boolean cognito, Optional<String> userPoolId, Optional<URI> endpoint) {}

    /** Per-tenant request limits: which limiter, the default limit, the table (dynamodb) and overrides (memory). */
    public record RateLimiting(
            RateLimitMode mode,
            com.benchcrm.ratelimit.RateLimits limits,
            Optional<String> table,
            Optional<URI> endpoint) {}

    /** Where per-tenant request counts are kept. */
    public enum RateLimitMode {
        OFF,
        MEMORY,
        DYNAMODB
    }

    /** The extractor: the rules, or Bedrock with a model, an optional endpoint and the daily token cap. */
    public record Ai(
            boolean bedrock, Optional<String> modelId, Optional<URI> endpoint, long maxTokensPerDay, String region) {}

    /**
     * The unsubscribe secret's variable; in AWS {@code BENCHCRM_UNSUBSCRIBE_SECRET_ARN} names the Secrets Manager
     * secret it is read from at start ({@code com.benchcrm.secrets.manager.SecretEnvironment}).
     */
    public static final String UNSUBSCRIBE_SECRET = "BENCHCRM_UNSUBSCRIBE_SECRET";

    public static final int DEFAULT_MAX_BODY_BYTES = 1_048_576;

    /**
     * Reads and validates; every problem is reported at once.
     *
     * @param env a property lookup (environment variables, or system properties in the embedded stack)
     */
    public static HttpApiConfig from(Function<String, String> env) {
        List<String> problems = new ArrayList<>();
        com.benchcrm.sql.SqlSettings sql = com.benchcrm.sql.SqlSettings.from(env, problems);
        String issuer = required(env, "BENCHCRM_JWT_ISSUER", problems);
        String audience =
                Optional.ofNullable(env.apply("BENCHCRM_JWT_AUDIENCE")).orElse("benchcrm");
        String jwksUrl = env.apply("BENCHCRM_JWKS_URL");
        String jwksJson = env.apply("BENCHCRM_JWKS_JSON");
        JwtConfig jwt = null;
        if ((jwksUrl == null) == (jwksJson == null)) {
            problems.add("set exactly one of BENCHCRM_JWKS_URL and BENCHCRM_JWKS_JSON");
        } else if (issuer != null) {
            try {
                jwt = jwksUrl != null
                        ? JwtConfig.withUrl(issuer, audience, URI.create(jwksUrl))
                        : JwtConfig.withKeys(issuer, audience, jwksJson);
                String userClaim = env.apply("BENCHCRM_JWT_USER_CLAIM");
                if (userClaim != null && !userClaim.isBlank()) {
                    jwt = jwt.withUserClaim(userClaim.trim());
                }
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        int maxBody = integer(env, "BENCHCRM_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES, problems);
        boolean emf = !"off"
                .equalsIgnoreCase(
                        Optional.ofNullable(env.apply("BENCHCRM_METRICS")).orElse("emf"));
        Optional<java.nio.file.Path> rawDir = Optional.ofNullable(env.apply("BENCHCRM_RAW_DIR"))
                .filter(v -> !v.isBlank())
                .map(java.nio.file.Path::of);
        Optional<String> rawBucket =
                Optional.ofNullable(env.apply("BENCHCRM_RAW_BUCKET")).filter(v -> !v.isBlank());
        if (rawDir.isPresent() && rawBucket.isPresent()) {
            problems.add("set at most one of BENCHCRM_RAW_DIR and BENCHCRM_RAW_BUCKET");
        }
        String aiMode = Optional.ofNullable(env.apply("BENCHCRM_AI_MODE"))
                .orElse("rules")
                .trim()
                .toLowerCase(java.util.Locale.ROOT);
        if (!aiMode.equals("rules") && !aiMode.equals("bedrock")) {
            problems.add("BENCHCRM_AI_MODE must be rules or bedrock, not " + aiMode);
        }
        Optional<String> model =
                Optional.ofNullable(env.apply("BENCHCRM_BEDROCK_MODEL_ID")).filter(v -> !v.isBlank());
        if (aiMode.equals("bedrock") && model.isEmpty()) {
            problems.add("BENCHCRM_AI_MODE=bedrock needs BENCHCRM_BEDROCK_MODEL_ID");
        }
        Ai ai = new Ai(
                aiMode.equals("bedrock"),
                model,
                Optional.ofNullable(env.apply("BENCHCRM_BEDROCK_ENDPOINT"))
                        .filter(v -> !v.isBlank())
                        .map(URI::create),
                integer(env, "AI_MAX_TOKENS_DAY", 200_000, problems),
                Optional.ofNullable(env.apply("AWS_REGION")).orElse("us-east-1"));
        RateLimiting rateLimiting = rateLimiting(env, problems);
        com.benchcrm.secrets.kms.SecretKeys.Settings secretKeys = com.benchcrm.secrets.kms.SecretKeys.Settings.from(
                env, sql == null ? "rdsdata" : sql.mode().name(), problems);
        java.time.Duration userStatusTtl = com.benchcrm.user.ActiveUsers.DEFAULT_TTL;
        String ttl = env.apply("BENCHCRM_USER_STATUS_TTL");
        if (ttl != null && !ttl.isBlank()) {
            try {
                userStatusTtl = java.time.Duration.parse(ttl.trim());
                if (userStatusTtl.isNegative() || userStatusTtl.compareTo(java.time.Duration.ofMinutes(5)) > 0) {
                    problems.add("BENCHCRM_USER_STATUS_TTL must be between PT0S and PT5M, not " + ttl);
                }
            } catch (java.time.format.DateTimeParseException e) {
                problems.add("BENCHCRM_USER_STATUS_TTL must be an ISO-8601 duration such as PT30S, not " + ttl);
            }
        }
        String identityMode = com.benchcrm.common.EnvReader.optional(env, "BENCHCRM_IDENTITY")
                .orElse("none")
                .trim();
        Optional<String> pool = com.benchcrm.common.EnvReader.optional(env, "BENCHCRM_COGNITO_USER_POOL_ID");
        if (!identityMode.equals("none") && !identityMode.equals("cognito")) {
            problems.add("BENCHCRM_IDENTITY must be none or cognito, not " + identityMode);
        } else if (identityMode.equals("cognito") && pool.isEmpty()) {
            problems.add("BENCHCRM_IDENTITY=cognito needs BENCHCRM_COGNITO_USER_POOL_ID");
        }
        Identity identity = new Identity(
                identityMode.equals("cognito"),
                pool,
                com.benchcrm.common.EnvReader.uri(env, "BENCHCRM_COGNITO_ENDPOINT", problems));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the HTTP API function is not configured: " + String.join("; ", problems));
        }
        boolean loopback = "true"
                .equalsIgnoreCase(Optional.ofNullable(env.apply("BENCHCRM_WEBHOOK_ALLOW_LOOPBACK"))
                        .orElse("false")
                        .trim());
        return new HttpApiConfig(
                sql,
                jwt,
                maxBody,
                emf,
                loopback,
                rawDir,
                rawBucket,
                ai,
                com.benchcrm.matching.adapters.MatchingAdapters.variables(env),
                rateLimiting,
                secretKeys,
                userStatusTtl,
                identity,
                outreach(env, problems));
    }

    private static Outreach outreach(Function<String, String> env, List<String> problems) {
        Optional<String> secret =
                Optional.ofNullable(env.apply("BENCHCRM_UNSUBSCRIBE_SECRET")).filter(v -> !v.isBlank());
        if (secret.isPresent() && secret.get().length() < 32) {
            problems.add("BENCHCRM_UNSUBSCRIBE_SECRET must have at least 32 characters");
        }
        return new Outreach(
                Optional.ofNullable(env.apply("BENCHCRM_SENT_MAIL_DIR"))
                        .filter(v -> !v.isBlank())
                        .map(java.nio.file.Path::of),
                secret,
                Optional.ofNullable(env.apply("BENCHCRM_PUBLIC_BASE_URL"))
                        .filter(v -> !v.isBlank())
                        .orElse("http://localhost:3000"),
                Optional.ofNullable(env.apply("BENCHCRM_UNSUBSCRIBE_MAILBOX"))
                        .filter(v -> !v.isBlank())
                        .orElse(""),
                Optional.ofNullable(env.apply("BENCHCRM_OUTREACH_QUEUE_URL")).filter(v -> !v.isBlank()),
                com.benchcrm.common.EnvReader.uri(env, "BENCHCRM_SQS_ENDPOINT", problems),
                Optional.ofNullable(env.apply("AWS_REGION")).orElse("us-east-1"));
    }

    private static RateLimiting rateLimiting(Function<String, String> env, List<String> problems) {
        String text = com.benchcrm.common.EnvReader.optional(env, "BENCHCRM_RATE_LIMIT")
                .orElse("off");
        RateLimitMode mode = RateLimitMode.OFF;
        try {
            mode = RateLimitMode.valueOf(text.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("BENCHCRM_RATE_LIMIT must be off, memory or dynamodb, not " + text);
        }
        int rate = integer(env, "BENCHCRM_RATE_LIMIT_DEFAULT", 50, problems);
        int burst = integer(env, "BENCHCRM_RATE_LIMIT_BURST", rate, problems);
        com.benchcrm.ratelimit.RateLimit defaults = new com.benchcrm.ratelimit.RateLimit(50, 50);
        try {
            defaults = new com.benchcrm.ratelimit.RateLimit(rate, burst);
        } catch (IllegalArgumentException e) {
            problems.add("BENCHCRM_RATE_LIMIT_BURST: " + e.getMessage());
        }
        var overrides =
                com.benchcrm.ratelimit.RateLimits.parseOverrides(env.apply("BENCHCRM_RATE_LIMIT_TENANTS"), problems);
        Optional<String> table = com.benchcrm.common.EnvReader.optional(env, "BENCHCRM_RATE_LIMIT_TABLE");
        if (mode == RateLimitMode.DYNAMODB && table.isEmpty()) {
            problems.add("BENCHCRM_RATE_LIMIT=dynamodb needs BENCHCRM_RATE_LIMIT_TABLE");
        }
        return new RateLimiting(
                mode,
                new com.benchcrm.ratelimit.RateLimits(defaults, overrides),
                table,
                com.benchcrm.common.EnvReader.uri(env, "BENCHCRM_RATE_LIMIT_ENDPOINT", problems));
    }
}
