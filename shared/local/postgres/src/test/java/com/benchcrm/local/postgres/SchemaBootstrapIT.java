package com.benchcrm.local.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.schema.DatabaseRoles;
import com.benchcrm.schema.SchemaBootstrap;
import com.benchcrm.schema.SchemaMigrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Bootstrap and migrations as an administrator that is not a superuser, like Aurora's master user
 * (CREATEDB and CREATEROLE only), run twice: the second run changes nothing and still works.
 */
class SchemaBootstrapIT {

    @Test
    void bootstrap_asANonSuperuserMaster_isIdempotent_andLeavesTheAppRoleOwningNothing() throws Exception {
        LocalPostgres pg = TestDatabase.get();
        String suffix = Long.toString(System.nanoTime(), 36);
        String master = "master_" + suffix;
        try (Connection c = DriverManager.getConnection(pg.adminJdbcUrl(), "postgres", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + master + " LOGIN PASSWORD 'Master-Password-123456' CREATEDB CREATEROLE NOSUPERUSER");
        }
        DatabaseRoles roles = new DatabaseRoles("db_" + suffix, "owner_" + suffix, "Owner-Password-1234567",
                "app_" + suffix, "App-Password-123456789", "relay_" + suffix, "Relay-Password-12345678");
        for (int run = 0; run < 2; run++) {
            SchemaBootstrap.run(pg.adminJdbcUrl(), master, "Master-Password-123456", roles);
            SchemaMigrator.migrate("jdbc:postgresql://127.0.0.1:" + pg.port() + "/" + roles.database(), roles);
        }
        String url = "jdbc:postgresql://127.0.0.1:" + pg.port() + "/" + roles.database();
        try (Connection app = DriverManager.getConnection(url, roles.appRole(), roles.appPassword());
             Statement st = app.createStatement();
             ResultSet rs = st.executeQuery("""
                     select (select count(*) from pg_class where relowner = (select oid from pg_roles where rolname = current_user)) as owned,
                            (select nspowner::regrole::text from pg_namespace where nspname = 'benchcrm') as schema_owner,
                            (select count(*) from benchcrm.consultant) as visible""")) {
            rs.next();
            assertThat(rs.getLong("owned")).isZero();
            assertThat(rs.getString("schema_owner")).isEqualTo(roles.ownerRole());
            assertThat(rs.getLong("visible")).isZero();
        }
        try (Connection relay = DriverManager.getConnection(url, roles.relayRole(), roles.relayPassword());
             Statement st = relay.createStatement();
             ResultSet rs = st.executeQuery("""
                     select (select count(*) from pg_class where relowner = (select oid from pg_roles where rolname = current_user)) as owned,
                            has_table_privilege('benchcrm.outbox', 'SELECT') as reads_outbox,
                            has_function_privilege('benchcrm.outbox_claim(int, int, boolean)', 'EXECUTE') as claims""")) {
            rs.next();
            assertThat(rs.getLong("owned")).isZero();
            assertThat(rs.getBoolean("reads_outbox")).isFalse();
            assertThat(rs.getBoolean("claims")).isTrue();
        }
        try (Connection admin = DriverManager.getConnection(pg.adminJdbcUrl(), "postgres", "");
             Statement st = admin.createStatement();
             ResultSet rs = st.executeQuery("select rolpassword from pg_authid where rolname = '" + roles.appRole() + "'")) {
            rs.next();
            assertThat(rs.getString(1)).as("stored as a SCRAM verifier, not clear text").startsWith("SCRAM-SHA-256$");
        }
    }
}
