package com.benchcrm.function.httpapi;

import com.benchcrm.auth.jwt.LocalTokenIssuer;
import com.benchcrm.local.lambda.FunctionHost;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.local.postgres.TestDatabase;
import com.benchcrm.security.Role;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The HTTP API function as Lambda runs it (Spring Cloud Function's {@code FunctionInvoker}, raw
 * event JSON in and out), on a real PostgreSQL, with tokens from a test issuer. One per test JVM.
 */
public final class ApiTestStack {

    public static final String ISSUER = "https://issuer.benchcrm.test";

    /** The Lucene index of this test JVM's HTTP API function. */
    public static final java.nio.file.Path VECTOR_DIR = java.nio.file.Path.of(
            System.getProperty("java.io.tmpdir"), "vectors-" + Long.toString(System.nanoTime(), 36));

    /** The local mail sink of this test JVM's HTTP API function (BENCHCRM_SENT_MAIL_DIR). */
    public static final java.nio.file.Path SENT_MAIL_DIR = java.nio.file.Path.of(
            System.getProperty("java.io.tmpdir"), "sent-mail-" + Long.toString(System.nanoTime(), 36));

    /** The folder blob store of this test JVM's HTTP API function. */
    public static final java.nio.file.Path BLOB_DIR = java.nio.file.Path.of(
            System.getProperty("java.io.tmpdir"), "blobs-" + Long.toString(System.nanoTime(), 36));

    /** The success-model registry folder of this test JVM's HTTP API function (BENCHCRM_MODELS_DIR). */
    public static final java.nio.file.Path MODELS_DIR = java.nio.file.Path.of(
            System.getProperty("java.io.tmpdir"), "models-" + Long.toString(System.nanoTime(), 36));

    private static ApiTestStack instance;

    private final LocalPostgres pg;
    private final LocalTokenIssuer issuer;
    private final FunctionHost host;
    private final JdbcSqlPort owner;

    /** The one tenant with a tiny rate limit ({@link #RATE_LIMITED_RATE} per second, burst {@link #RATE_LIMITED_BURST}). */
    public static final int RATE_LIMITED_RATE = 1;

    public static final int RATE_LIMITED_BURST = 3;

    private final TestTenant rateLimited;

    private ApiTestStack() {
        pg = TestDatabase.get();
        issuer = LocalTokenIssuer.ephemeral(ISSUER, Clock.systemUTC());
        owner = JdbcSqlPort.connect(
                pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 1);
        rateLimited = newTenant("ratelimited");
        Map<String, String> env = pg.appEnvironment(4);
        env.putAll(Map.ofEntries(
                Map.entry("BENCHCRM_JWT_ISSUER", ISSUER),
                Map.entry("BENCHCRM_JWKS_JSON", issuer.publicJwksJson()),
                Map.entry("BENCHCRM_METRICS", "off"),
                // marketing mail goes to a folder of .eml files; unsubscribe links carry this deployment's secret
                Map.entry("BENCHCRM_SENT_MAIL_DIR", SENT_MAIL_DIR.toString()),
                Map.entry("BENCHCRM_UNSUBSCRIBE_SECRET", "contract-test-unsubscribe-secret-0123456789"),
                Map.entry("BENCHCRM_PUBLIC_BASE_URL", "https://api.benchcrm.example"),
                // per-tenant limits in this process: generous for every tenant but one
                Map.entry("BENCHCRM_RATE_LIMIT", "memory"),
                Map.entry("BENCHCRM_RATE_LIMIT_DEFAULT", "10000"),
                Map.entry("BENCHCRM_RATE_LIMIT_BURST", "10000"),
                Map.entry(
                        "BENCHCRM_RATE_LIMIT_TENANTS",
                        rateLimited.id() + "=" + RATE_LIMITED_RATE + ":" + RATE_LIMITED_BURST),
                // recommendations and search on the embedded adapters; MatchingAdapters shares them per JVM,
                // so tests index profiles into the very index the function reads (as the embed function would)
                Map.entry("BENCHCRM_EMBEDDINGS", "onnx"),
                Map.entry("BENCHCRM_VECTOR_STORE", "lucene"),
                Map.entry("BENCHCRM_VECTOR_DIR", VECTOR_DIR.toString()),
                // the blob store of raw messages and consultants' documents: a folder, as in the embedded stack
                Map.entry("BENCHCRM_RAW_DIR", BLOB_DIR.toString()),
                Map.entry("BENCHCRM_MODELS_DIR", MODELS_DIR.toString())));
        host = FunctionHost.start(
                HttpApiApplication.class.getName(), HttpApiApplication.FUNCTION_NAME, "http-api", env);
    }

    public static synchronized ApiTestStack get() {
        if (instance == null) {
            instance = new ApiTestStack();
        }
        return instance;
    }

    public ApiResponse invoke(ApiEvent event) {
        return ApiResponse.parse(host.invoke(event.bytes()));
    }

    /** A fresh tenant, so tests never see each other's rows. */
    public TestTenant newTenant(String prefix) {
        String slug = prefix + "-" + Long.toString(System.nanoTime(), 36);
        TenantId id = new TenantDirectory(
                        com.benchcrm.persistence.postgres.PostgresPersistence.over(owner)
                                .transactions(),
                        com.benchcrm.persistence.postgres.PostgresPersistence.over(owner)
                                .tenants())
                .ensure(new TenantSlug(slug), prefix);
        return new TestTenant(id, slug);
    }

    public String token(TestTenant tenant, Role... roles) {
        return token(tenant, "user-" + UUID.randomUUID(), roles);
    }

    public String token(TestTenant tenant, String subject, Role... roles) {
        return issuer.mint("benchcrm", tenant.id(), tenant.slug(), subject, List.of(roles), Duration.ofMinutes(10));
    }

    /** The function's own embedding model and vector index (the same instances, one per JVM). */
    public com.benchcrm.matching.adapters.MatchingAdapters matching() {
        return com.benchcrm.matching.adapters.MatchingAdapters.fromEnvironment(System::getProperty)
                .orElseThrow();
    }

    /** The tenant whose rate limit is tiny (only {@code RateLimitContractIT} uses it). */
    public TestTenant rateLimitedTenant() {
        return rateLimited;
    }

    public LocalTokenIssuer issuer() {
        return issuer;
    }

    public JdbcSqlPort ownerSql() {
        return owner;
    }

    /** A tenant created for one test. */
    public record TestTenant(TenantId id, String slug) {}
}
