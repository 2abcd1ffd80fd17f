package com.benchcrm.sql.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.local.postgres.TestDatabase;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlException;
import com.benchcrm.sql.SqlJson;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.TenantNotSetException;
import com.benchcrm.sql.UniqueViolationException;
import com.benchcrm.tenancy.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JDBC adapter against a real PostgreSQL, connected as the application role. */
class JdbcSqlPortIT {

    static LocalPostgres pg;
    static JdbcSqlPort app;
    static JdbcSqlPort owner;
    static TenantId tenantA;
    static TenantId tenantB;

    @BeforeAll
    static void start() {
        pg = TestDatabase.get();
        app = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().appRole(), pg.roles().appPassword(), 1);
        owner = JdbcSqlPort.connect(
                pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 1);
        tenantA = ensureTenant(owner, "jdbc-a-" + suffix(), "A");
        tenantB = ensureTenant(owner, "jdbc-b-" + suffix(), "B");
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
        owner.close();
    }

    @Test
    void sqlSettingsInJdbcMode_findThisAdapterOnTheClassPath_andConnectAsConfigured() throws Exception {
        java.util.List<String> problems = new java.util.ArrayList<>();
        com.benchcrm.sql.SqlSettings settings = com.benchcrm.sql.SqlSettings.from(
                java.util.Map.of(
                        "BENCHCRM_SQL_MODE",
                        "jdbc",
                        "BENCHCRM_JDBC_URL",
                        pg.jdbcUrl(),
                        "BENCHCRM_JDBC_USER",
                        pg.roles().appRole(),
                        "BENCHCRM_JDBC_PASSWORD",
                        pg.roles().appPassword(),
                        "BENCHCRM_JDBC_POOL_SIZE",
                        "1")::get,
                problems);

        try (JdbcSqlPort port = (JdbcSqlPort) settings.connect()) {
            List<Row> rows = port.withoutTenant(s -> s.query("select current_user as who", SqlParams.none()));
            assertThat(rows.get(0).string("who")).isEqualTo(pg.roles().appRole());
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void inTenant_withoutTenant_failsClosedBeforeTouchingTheDatabase() {
        assertThatThrownBy(() -> app.inTenant(null, s -> s.query("select 1 as one")))
                .isInstanceOf(TenantNotSetException.class);
    }

    @Test
    void inTenant_settingIsLocalToTheTransaction_andDoesNotLeakThroughThePool() {
        String inside = app.inTenant(
                tenantA,
                s -> s.query("select current_setting('app.tenant_id', true) as t")
                        .get(0)
                        .string("t"));
        assertThat(inside).isEqualTo(tenantA.toString());
        // pool size 1: the same physical connection, next transaction, no tenant
        String after = app.withoutTenant(s -> s.query("select current_setting('app.tenant_id', true) as t")
                .get(0)
                .string("t"));
        assertThat(after).isNullOrEmpty();
    }

    @Test
    void typedValues_roundTrip() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Row row = app.withoutTenant(s -> s.query(
                        """
                select :id::uuid as id, :at::timestamptz as at, :day::date as day, :amount::numeric as amount,
                       :n::int8 as n, :f::float8 as f, :flag::boolean as flag, :j::jsonb as j,
                       string_to_array(:csv, ',') as arr, :missing::text as missing""",
                        SqlParams.of("id", id)
                                .and("at", at)
                                .and("day", LocalDate.of(2026, 2, 28))
                                .and("amount", new BigDecimal("72.50"))
                                .and("n", 42L)
                                .and("f", 0.25)
                                .and("flag", true)
                                .and("j", new SqlJson("{\"a\": [1, 2]}"))
                                .and("csv", "H1B,GC_EAD")
                                .and("missing", null)))
                .get(0);
        assertThat(row.uuid("id")).isEqualTo(id);
        assertThat(row.instant("at")).isEqualTo(at);
        assertThat(row.date("day")).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(row.decimal("amount")).isEqualByComparingTo("72.50");
        assertThat(row.longValue("n")).isEqualTo(42L);
        assertThat(row.doubleValue("f")).isEqualTo(0.25);
        assertThat(row.bool("flag")).isTrue();
        assertThat(row.string("j")).isEqualTo("{\"a\": [1, 2]}");
        assertThat(row.stringList("arr")).containsExactly("H1B", "GC_EAD");
        assertThat(row.isNull("missing")).isTrue();
    }

    @Test
    void uniqueViolation_isTranslated_withTheConstraintName_andNoRowValuesInTheMessage() {
        UUID first = UUID.randomUUID();
        app.inTenant(tenantA, s -> insertConsultant(s, tenantA, first, "dup@example.com"));
        assertThatThrownBy(() ->
                        app.inTenant(tenantA, s -> insertConsultant(s, tenantA, UUID.randomUUID(), "DUP@example.com")))
                .isInstanceOfSatisfying(UniqueViolationException.class, e -> {
                    assertThat(e.constraint()).isEqualTo("consultant_email_key");
                    assertThat(e.getMessage()).doesNotContain("dup@example.com");
                });
    }

    @Test
    void failedWork_isRolledBack() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> app.inTenant(tenantA, s -> {
                    insertConsultant(s, tenantA, id, null);
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IllegalStateException.class);
        long count = app.inTenant(
                tenantA,
                s -> s.query("select count(*) as n from consultant where id = :id", SqlParams.of("id", id))
                        .get(0)
                        .longValue("n"));
        assertThat(count).isZero();
    }

    @Test
    void badStatement_isASqlException_withItsSqlState() {
        assertThatThrownBy(() -> app.withoutTenant(s -> s.query("select * from no_such_table")))
                .isInstanceOfSatisfying(
                        SqlException.class, e -> assertThat(e.sqlState()).isEqualTo("42P01"));
    }

    static long insertConsultant(com.benchcrm.sql.SqlSession s, TenantId tenant, UUID id, String email) {
        return s.update(
                """
                insert into consultant (tenant_id, id, full_name, email, created_at, updated_at)
                values (:tenant, :id, 'Test Person', :email, now(), now())""", SqlParams.of("tenant", tenant.value()).and("id", id).and("email", email));
    }

    /** Creates a tenant through the definer function, as the schema owner (the persistence module's TenantRepository does the same). */
    static TenantId ensureTenant(com.benchcrm.sql.SqlPort owner, String slug, String name) {
        return new TenantId(owner.withoutTenant(s -> s.query(
                        "select benchcrm.ensure_tenant(:slug, :name) as id",
                        SqlParams.of("slug", slug).and("name", name))
                .get(0)
                .uuid("id")));
    }

    /** Resolves a slug through the definer function; empty when unknown. */
    static java.util.Optional<TenantId> resolveTenant(com.benchcrm.sql.SqlPort port, String slug) {
        Row r = port.withoutTenant(
                s -> s.query("select benchcrm.resolve_tenant(:slug) as id", SqlParams.of("slug", slug))
                        .get(0));
        return r.isNull("id") ? java.util.Optional.empty() : java.util.Optional.of(new TenantId(r.uuid("id")));
    }

    static String suffix() {
        return Long.toString(System.nanoTime(), 36);
    }

    static List<Row> all(JdbcSqlPort port, TenantId tenant, String table) {
        return port.inTenant(tenant, s -> s.query("select * from " + table));
    }
}
