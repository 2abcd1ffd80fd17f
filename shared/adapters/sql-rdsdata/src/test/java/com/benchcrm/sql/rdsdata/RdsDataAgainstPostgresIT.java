package com.benchcrm.sql.rdsdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.local.postgres.TestDatabase;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlException;
import com.benchcrm.sql.SqlJson;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlSession;
import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The adapter, through the real SDK client, against {@code data-api-local} (a third-party emulator
 * of the Data API, run by node) in front of a real PostgreSQL with the product schema, connected as
 * the application role: forced row-level security, transactions and rollbacks are PostgreSQL's own.
 *
 * <p>Skipped (with the reason) unless node is on the PATH and the emulator is installed:
 * {@code npm ci --prefix shared/adapters/sql-rdsdata/data-api-local}. The emulator differs from the service
 * where these tests do not look: its error messages carry no {@code SQLState} (so SQLSTATE mapping
 * and retries are covered by the stub ITs only), it binds {@code longValue} as {@code int4}, drops
 * sub-second precision from timestamps, returns {@code date} columns as quoted JSON strings and
 * counts updated rows for UPDATE only.
 */
class RdsDataAgainstPostgresIT {

    static final Path EMULATOR = Path.of("data-api-local").toAbsolutePath();
    static final ObjectMapper JSON = new ObjectMapper();

    static LocalPostgres pg;
    static Process emulator;
    static RdsDataSqlPort port;
    static TenantId tenantA;
    static TenantId tenantB;

    /** Why these tests cannot run here, or null; each test is skipped with it (visible in the report). */
    static String skipReason;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isRegularFile(EMULATOR.resolve("node_modules/data-api-local/package.json"))) {
            skipReason =
                    "data-api-local is not installed; run: npm ci --prefix shared/adapters/sql-rdsdata/data-api-local";
            return;
        }
        if (!nodeWorks()) {
            skipReason = "node is not on the PATH: data-api-local needs it";
            return;
        }

        pg = TestDatabase.get();
        tenantA = ensureTenant("rdsdata-a-" + suffix());
        tenantB = ensureTenant("rdsdata-b-" + suffix());

        Path log = Path.of("target", "data-api-local.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder("node", "serve.js")
                .directory(EMULATOR.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        env.put("PGHOST", "127.0.0.1");
        env.put("PGPORT", Integer.toString(pg.port()));
        env.put("PGUSER", pg.roles().appRole());
        env.put("PGPASSWORD", pg.roles().appPassword());
        env.put("PGDATABASE", pg.roles().database());
        env.put("TZ", "UTC");
        emulator = pb.start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8));
        String ready = CompletableFuture.supplyAsync(() -> readLine(out)).get(30, TimeUnit.SECONDS);
        if (ready == null) {
            throw new IllegalStateException("data-api-local exited before listening; see " + log);
        }
        int emulatorPort = JSON.readTree(ready).path("port").asInt();

        port = RdsDataSqlPort.create(
                new RdsDataConfig(
                        DataApiStub.CLUSTER_ARN,
                        DataApiStub.SECRET_ARN,
                        pg.roles().database(),
                        "us-east-1",
                        Optional.of(URI.create("http://127.0.0.1:" + emulatorPort)),
                        Duration.ofSeconds(20)),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "fake-secret-key")));
    }

    @BeforeEach
    void requireEmulator() {
        assumeTrue(skipReason == null, skipReason);
    }

    @AfterAll
    static void stop() throws Exception {
        if (port != null) {
            port.close();
        }
        if (emulator != null) {
            emulator.getOutputStream().close(); // serve.js stops on end of input
            if (!emulator.waitFor(5, TimeUnit.SECONDS)) {
                emulator.destroy();
                emulator.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void inTenant_setConfig_isVisibleToTheWorkInTheSameTransaction() {
        String inside = port.inTenant(
                tenantA,
                s -> s.query("select current_setting('app.tenant_id', true) as t")
                        .get(0)
                        .string("t"));

        assertThat(inside).isEqualTo(tenantA.toString());
    }

    @Test
    void inTenant_rowLevelSecurity_keepsTheTenantsRowsApart() {
        UUID id = UUID.randomUUID();
        port.inTenant(tenantA, s -> insertConsultant(s, tenantA, id, "Ann Lee"));

        long inA = port.inTenant(tenantA, s -> count(s, id));
        long inB = port.inTenant(tenantB, s -> count(s, id));
        long without = port.withoutTenant(s -> count(s, id));

        assertThat(inA).isEqualTo(1);
        assertThat(inB).isZero();
        assertThat(without).isZero();
    }

    @Test
    void inTenant_writeForAnotherTenant_isRefusedByThePolicy() {
        assertThatThrownBy(
                        () -> port.inTenant(tenantA, s -> insertConsultant(s, tenantB, UUID.randomUUID(), "Mallory")))
                .isInstanceOf(SqlException.class)
                .hasMessageContaining("row-level security");
    }

    @Test
    void inTenant_workThrowsAfterAnInsert_leavesNoRow() {
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> port.inTenant(tenantA, s -> {
                    insertConsultant(s, tenantA, id, "Rolled Back");
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IllegalStateException.class);

        long left = port.inTenant(tenantA, s -> count(s, id));
        assertThat(left).isZero();
    }

    @Test
    void inTenant_statementFailsAfterAnInsert_leavesNoRow() {
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> port.inTenant(tenantA, s -> {
                    insertConsultant(s, tenantA, id, "First");
                    return insertConsultant(s, tenantA, UUID.randomUUID(), null); // full_name is NOT NULL
                }))
                .isInstanceOf(SqlException.class)
                .hasMessageContaining("not-null");

        long left = port.inTenant(tenantA, s -> count(s, id));
        assertThat(left).isZero();
    }

    @Test
    void update_returnsTheRowsPostgresChanged() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        port.inTenant(
                tenantA, s -> insertConsultant(s, tenantA, first, "One") + insertConsultant(s, tenantA, second, "Two"));

        long updated = port.inTenant(
                tenantA,
                s -> s.update(
                        "update consultant set title = :title where id in (:first, :second)",
                        SqlParams.of("title", "Architect").and("first", first).and("second", second)));

        assertThat(updated).isEqualTo(2);
    }

    @Test
    void typedValues_roundTripThroughTheEmulatorAndPostgres() throws IOException {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-02-28T17:45:12Z");

        Row row = port.withoutTenant(s -> s.query(
                        """
                select :id::uuid as id, :at::timestamptz as at, :amount::numeric as amount, :n::int8 as n,
                       :f::float8 as f, :flag::boolean as flag, :j::jsonb as j,
                       string_to_array(:csv, ',') as arr, :missing::text as missing""",
                        SqlParams.of("id", id)
                                .and("at", at)
                                .and("amount", new BigDecimal("72.50"))
                                .and("n", 42L)
                                .and("f", 0.25)
                                .and("flag", true)
                                .and("j", new SqlJson("{\"a\": [1, 2]}"))
                                .and("csv", "H1B,GC_EAD")
                                .and("missing", null)))
                .get(0);

        assertThat(row.raw("id")).isEqualTo(id);
        assertThat(row.raw("at")).isEqualTo(at);
        assertThat(row.raw("amount")).isEqualTo(new BigDecimal("72.50"));
        assertThat(row.raw("n")).isEqualTo(42L);
        assertThat(row.raw("f")).isEqualTo(0.25);
        assertThat(row.raw("flag")).isEqualTo(true);
        assertThat(JSON.readTree(row.string("j"))).isEqualTo(JSON.readTree("{\"a\": [1, 2]}"));
        assertThat(row.stringList("arr")).containsExactly("H1B", "GC_EAD");
        assertThat(row.isNull("missing")).isTrue();
    }

    static long insertConsultant(SqlSession s, TenantId tenant, UUID id, String name) {
        return s.update(
                """
                insert into consultant (tenant_id, id, full_name, created_at, updated_at)
                values (:tenant, :id, :name, :at, :at)""",
                SqlParams.of("tenant", tenant.value())
                        .and("id", id)
                        .and("name", name)
                        .and("at", Instant.now()));
    }

    static long count(SqlSession s, UUID id) {
        List<Row> rows = s.query("select count(*) as n from consultant where id = :id", SqlParams.of("id", id));
        return rows.get(0).longValue("n");
    }

    /** Tenants are created by the schema owner; the application role may not. */
    static TenantId ensureTenant(String slug) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword());
                PreparedStatement ps = c.prepareStatement("select benchcrm.ensure_tenant(?, ?)")) {
            ps.setString(1, slug);
            ps.setString(2, slug);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new TenantId(rs.getObject(1, UUID.class));
            }
        }
    }

    static boolean nodeWorks() {
        try {
            Process p = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    static String suffix() {
        return Long.toString(System.nanoTime(), 36);
    }
}
