package com.benchcrm.local.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The relay's own database role (issue 11 item 10, ADR 0059): only it may call the cross-tenant
 * definer functions, the application role may not, and the functions bound their arguments
 * whoever calls.
 */
class RelayRoleIT {

    private static final LocalPostgres PG = TestDatabase.get();

    @Test
    void appRole_callsTheCrossTenantFunctions_isRefused() throws SQLException {
        try (Connection app = DriverManager.getConnection(PG.jdbcUrl(), PG.roles().appRole(), PG.roles().appPassword());
             Statement st = app.createStatement()) {
            for (String call : new String[] {"select * from benchcrm.outbox_claim(10, 30, false)", "select * from benchcrm.webhook_rearm()",
                    "select benchcrm.outbox_mark_published('[]'::jsonb)", "select benchcrm.outbox_release('[]'::jsonb, 5, 'x')",
                    "select * from benchcrm.purge_tenants()"}) {
                assertThatThrownBy(() -> st.executeQuery(call).close()).as(call)
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void relayRole_claimsWithinBounds_andReadsNoTable() throws SQLException {
        try (Connection relay = relay(); Statement st = relay.createStatement()) {
            try (ResultSet rs = st.executeQuery("select count(*) from benchcrm.outbox_claim(10, 900, true)")) {
                assertThat(rs.next()).isTrue();
            }
            assertThatThrownBy(() -> st.executeQuery("select count(*) from benchcrm.outbox").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> st.executeQuery("select count(*) from benchcrm.consultant").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void outboxClaim_leaseOrBatchOutOfBounds_isRefusedInSql() throws SQLException {
        try (Connection relay = relay(); Statement st = relay.createStatement()) {
            for (String call : new String[] {"select * from benchcrm.outbox_claim(10, 0, false)",
                    "select * from benchcrm.outbox_claim(10, 901, false)", "select * from benchcrm.outbox_claim(10, 2147483647, false)",
                    "select * from benchcrm.outbox_claim(0, 30, false)", "select * from benchcrm.outbox_claim(501, 30, false)",
                    "select benchcrm.outbox_release('[]'::jsonb, 86401, 'x')", "select benchcrm.outbox_release('[]'::jsonb, -1, 'x')"}) {
                assertThatThrownBy(() -> st.executeQuery(call).close()).as(call)
                        .isInstanceOf(SQLException.class).hasMessageContaining("must be");
            }
        }
    }

    @Test
    void purgeExpired_aCutOffWithinTheLastHour_isRefused() throws SQLException {
        try (Connection relay = relay(); Statement st = relay.createStatement()) {
            assertThatThrownBy(() -> st.executeQuery(
                    "select benchcrm.purge_expired(gen_random_uuid(), 'outbox', now(), 100)").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("at least an hour ago");
            assertThatThrownBy(() -> st.executeQuery(
                    "select benchcrm.purge_expired(gen_random_uuid(), 'outbox', now() - interval '2 days', 100000)").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("must be 1..5000");
        }
    }

    private static Connection relay() throws SQLException {
        assertThat(PG.roles().relayLogin()).as("the embedded cluster gives the relay role a login").isTrue();
        return DriverManager.getConnection(PG.jdbcUrl(), PG.roles().relayRole(), PG.roles().relayPassword());
    }
}
