package com.benchcrm.function.emailingest;

import com.benchcrm.blob.FolderBlobStore;
import com.benchcrm.common.Json;
import com.benchcrm.ingest.FolderDeadLetters;
import com.benchcrm.local.lambda.FunctionHost;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.local.postgres.TestDatabase;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The e-mail ingest function as Lambda runs it (Spring Cloud Function's {@code FunctionInvoker},
 * raw event JSON in and out) on a real PostgreSQL, with the local-folder raw store and dead-letter
 * folder of the embedded stack. One per test JVM.
 */
final class IngestTestStack {

    private static IngestTestStack instance;

    final LocalPostgres pg;
    final JdbcSqlPort app;
    final JdbcSqlPort owner;
    final Path rawDir;
    final Path dlqDir;
    final FolderBlobStore blobs;
    final FolderDeadLetters dlq;
    final Map<String, String> env;
    private FunctionHost host;

    private IngestTestStack() {
        pg = TestDatabase.get();
        app = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().appRole(), pg.roles().appPassword(), 4);
        owner = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 1);
        try {
            Path base = Files.createDirectories(Path.of("target", "ingest-it").toAbsolutePath());
            rawDir = Files.createTempDirectory(base, "raw-");
            dlqDir = Files.createTempDirectory(base, "dlq-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        blobs = new FolderBlobStore(rawDir);
        dlq = new FolderDeadLetters(dlqDir);
        env = Map.of(
                "BENCHCRM_SQL_MODE", "jdbc",
                "BENCHCRM_JDBC_URL", pg.jdbcUrl(),
                "BENCHCRM_JDBC_USER", pg.roles().appRole(),
                "BENCHCRM_JDBC_PASSWORD", pg.roles().appPassword(),
                "BENCHCRM_INGEST_DOMAIN", "ingest.example.com",
                "BENCHCRM_BLOB_MODE", "folder",
                "BENCHCRM_RAW_DIR", rawDir.toString(),
                "BENCHCRM_DLQ_DIR", dlqDir.toString());
    }

    static synchronized IngestTestStack get() {
        if (instance == null) {
            instance = new IngestTestStack();
        }
        return instance;
    }

    EmailIngestConfig config() {
        return EmailIngestConfig.from(env::get);
    }

    synchronized JsonNode invoke(byte[] event) {
        if (host == null) {
            host = FunctionHost.start(EmailIngestApplication.class.getName(), EmailIngestApplication.FUNCTION_NAME, "email-ingest", env);
        }
        try {
            JsonNode out = Json.strict().readTree(host.invoke(event));
            // FunctionInvoker returns the function's String result as a JSON string
            return out.isTextual() ? Json.strict().readTree(out.asText()) : out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh tenant so tests never see each other's rows. */
    TestTenant newTenant(String prefix) {
        String slug = prefix + "-" + Long.toString(System.nanoTime(), 36);
        return new TestTenant(new TenantDirectory(com.benchcrm.persistence.postgres.PostgresPersistence.over(owner).transactions(),
                com.benchcrm.persistence.postgres.PostgresPersistence.over(owner).tenants()).ensure(new TenantSlug(slug), prefix), slug);
    }

    /** The tenants file's settings of a tenant, as the provisioning function stores them (before the tenant's first mail). */
    void setTenantSettings(TestTenant t, String json) {
        owner.withoutTenant(s -> s.update("update benchcrm.tenant set settings = cast(:s as jsonb) where id = :id",
                SqlParams.of("s", json).and("id", t.id().value())));
    }

    List<Row> query(TestTenant t, String sql) {
        return app.inTenant(t.id(), s -> s.query(sql, SqlParams.of("tenant", t.id().value())));
    }

    /** The dead letters written so far whose blob key is {@code key}. */
    List<JsonNode> deadLetters(String key) {
        try (Stream<Path> files = Files.list(dlqDir)) {
            return files.map(p -> {
                try {
                    return Json.strict().readTree(p.toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).filter(j -> key == null ? j.path("blobKey").isMissingNode() || j.path("blobKey").isNull() : key.equals(j.path("blobKey").asText()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record TestTenant(TenantId id, String slug) {
    }
}
