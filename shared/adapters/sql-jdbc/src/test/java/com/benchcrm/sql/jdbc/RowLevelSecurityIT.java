package com.benchcrm.sql.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.local.postgres.TestDatabase;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlException;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.tenancy.TenantId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation enforced by PostgreSQL itself: these statements name no tenant, so only the
 * row-level security policies stand between tenant B and tenant A's rows.
 */
class RowLevelSecurityIT {

    static LocalPostgres pg;
    static JdbcSqlPort app;
    static JdbcSqlPort owner;
    static TenantId tenantA;
    static TenantId tenantB;
    static UUID consultantOfA;

    @BeforeAll
    static void start() {
        pg = TestDatabase.get();
        app = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().appRole(), pg.roles().appPassword(), 2);
        owner = JdbcSqlPort.connect(
                pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 1);
        tenantA = JdbcSqlPortIT.ensureTenant(owner, "rls-a-" + JdbcSqlPortIT.suffix(), "A");
        tenantB = JdbcSqlPortIT.ensureTenant(owner, "rls-b-" + JdbcSqlPortIT.suffix(), "B");
        consultantOfA = UUID.randomUUID();
        app.inTenant(tenantA, s -> JdbcSqlPortIT.insertConsultant(s, tenantA, consultantOfA, null));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
        owner.close();
    }

    @Test
    void tenantB_cannotRead_tenantAsRows() {
        List<Row> seenByA = app.inTenant(tenantA, s -> s.query("select id from consultant"));
        List<Row> seenByB = app.inTenant(
                tenantB, s -> s.query("select id from consultant where id = :id", SqlParams.of("id", consultantOfA)));
        assertThat(seenByA).extracting(r -> r.uuid("id")).contains(consultantOfA);
        assertThat(seenByB).isEmpty();
    }

    @Test
    void tenantB_cannotUpdateOrDelete_tenantAsRows() {
        long updated = app.inTenant(
                tenantB,
                s -> s.update(
                        "update consultant set full_name = 'Hijacked' where id = :id",
                        SqlParams.of("id", consultantOfA)));
        long deleted = app.inTenant(
                tenantB, s -> s.update("delete from consultant where id = :id", SqlParams.of("id", consultantOfA)));
        assertThat(updated).isZero();
        assertThat(deleted).isZero();
        String name = app.inTenant(
                tenantA,
                s -> s.query("select full_name from consultant where id = :id", SqlParams.of("id", consultantOfA))
                        .get(0)
                        .string("full_name"));
        assertThat(name).isEqualTo("Test Person");
    }

    @Test
    void tenantB_cannotInsertRows_labelledWithTenantA() {
        assertThatThrownBy(() ->
                        app.inTenant(tenantB, s -> JdbcSqlPortIT.insertConsultant(s, tenantA, UUID.randomUUID(), null)))
                .isInstanceOfSatisfying(
                        SqlException.class, e -> assertThat(e.sqlState()).isEqualTo("42501"));
    }

    @Test
    void noTenantSet_seesNothing_andWritesNothing() {
        List<Row> seen = app.withoutTenant(s -> s.query("select id from consultant"));
        assertThat(seen).isEmpty();
        assertThatThrownBy(() ->
                        app.withoutTenant(s -> JdbcSqlPortIT.insertConsultant(s, tenantA, UUID.randomUUID(), null)))
                .isInstanceOfSatisfying(
                        SqlException.class, e -> assertThat(e.sqlState()).isEqualTo("42501"));
    }

    @Test
    void everyTableWithATenantId_hasForcedRowLevelSecurity_andAPolicy() {
        List<String> unprotected = owner.withoutTenant(s -> s.query("""
                select c.relname
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'benchcrm' and c.relkind = 'r'
                  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
                  and (not c.relrowsecurity or not c.relforcerowsecurity
                       or not exists (select 1 from pg_policy p where p.polrelid = c.oid))""")).stream()
                .map(r -> r.string("relname"))
                .toList();
        long tenantTables = owner.withoutTenant(s -> s.query("""
                select count(*) as n from information_schema.columns
                where table_schema = 'benchcrm' and column_name = 'tenant_id'""").get(0).longValue("n"));
        assertThat(tenantTables).isGreaterThanOrEqualTo(11);
        assertThat(unprotected).isEmpty();
    }

    @Test
    void applicationRole_ownsNothing_andCannotBypassRls() {
        var row = owner.withoutTenant(
                s -> s.query("""
                select (select count(*) from pg_class where relowner = r.oid) as owned,
                       r.rolsuper as superuser, r.rolbypassrls as bypass
                from pg_roles r where r.rolname = :role""", SqlParams.of("role", pg.roles().appRole())).get(0));
        assertThat(row.longValue("owned")).isZero();
        assertThat(row.bool("superuser")).isFalse();
        assertThat(row.bool("bypass")).isFalse();
    }

    @Test
    void applicationRole_cannotReadTheTenantRegistry_butCanResolveASlug() {
        assertThatThrownBy(() -> app.withoutTenant(s -> s.query("select * from tenant")))
                .isInstanceOfSatisfying(
                        SqlException.class, e -> assertThat(e.sqlState()).isEqualTo("42501"));
        assertThatThrownBy(() -> JdbcSqlPortIT.ensureTenant(app, "sneaky-" + JdbcSqlPortIT.suffix(), "x"))
                .isInstanceOfSatisfying(
                        SqlException.class, e -> assertThat(e.sqlState()).isEqualTo("42501"));
        boolean unknown = app.withoutTenant(
                s -> s.query("select benchcrm.resolve_tenant(:slug) as id", SqlParams.of("slug", "no-such-tenant"))
                        .get(0)
                        .isNull("id"));
        assertThat(unknown).isTrue();
    }

    @Test
    void resolve_asTheApplicationRole_findsAKnownSlugOnly() {
        String slugOfA = owner.withoutTenant(
                s -> s.query("select slug from benchcrm.tenant where id = :id", SqlParams.of("id", tenantA.value()))
                        .get(0)
                        .string("slug"));
        assertThat(JdbcSqlPortIT.resolveTenant(app, slugOfA)).contains(tenantA);
        assertThat(JdbcSqlPortIT.resolveTenant(app, "nobody-here")).isEmpty();
    }

    @Test
    void auditLog_isAppendOnly_forTheApplicationRole() {
        app.inTenant(
                tenantA, s -> s.update("""
                insert into audit_log (tenant_id, id, at, actor_id, action, entity)
                values (:t, :id, now(), 'u', 'test.action', 'test')""", SqlParams.of("t", tenantA.value()).and("id", UUID.randomUUID())));
        assertThatThrownBy(() -> app.inTenant(tenantA, s -> s.update("delete from audit_log", SqlParams.none())))
                .isInstanceOfSatisfying(
                        SqlException.class, e -> assertThat(e.sqlState()).isEqualTo("42501"));
        assertThatThrownBy(() ->
                        app.inTenant(tenantA, s -> s.update("update audit_log set actor_id = 'x'", SqlParams.none())))
                .isInstanceOfSatisfying(
                        SqlException.class, e -> assertThat(e.sqlState()).isEqualTo("42501"));
    }
}
