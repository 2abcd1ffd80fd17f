package com.benchcrm.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Ids;
import com.benchcrm.idempotency.IdempotencyKey;
import com.benchcrm.persistence.Tx;
import com.benchcrm.retention.Purge;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.tenancy.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The retention purge against PostgreSQL with forced row-level security (issue 11 item 8): as the
 * relay role through the definer functions, each tenant's own retention from its settings, the
 * other tenant's rows untouched, counts in the tenant's audit log.
 */
class PostgresPurgeRepositoryIT {

    static final PostgresStores S = PostgresStores.get();

    @Test
    void run_asTheRelayRole_removesExpiredKeysByEachTenantsRetention_andAuditsTheCounts() {
        TenantId dayTtl = S.newTenant();
        TenantId twoDayTtl = S.newTenant();
        setSettings(twoDayTtl, "{\"retention\": {\"idempotencyHours\": 48}}");
        Instant thirtyHoursAgo = Instant.now().minus(Duration.ofHours(30)).truncatedTo(ChronoUnit.MICROS);
        for (TenantId t : new TenantId[] {dayTtl, twoDayTtl}) {
            for (int i = 0; i < 3; i++) {
                claim(t, "old-" + i, thirtyHoursAgo);
            }
            claim(t, "fresh", Instant.now());
        }

        Purge.Report report = new Purge(S.relayTransactions(), S.asRelay.purge(), new Ids(Clock.systemUTC()), Clock.systemUTC(),
                new Purge.Settings(2, Duration.ofMinutes(1))).run("purge-it");

        assertThat(report.removed().get(dayTtl)).containsEntry("idempotency_key", 3);
        assertThat(report.removed()).doesNotContainKey(twoDayTtl);
        assertThat(keys(dayTtl)).isEqualTo(1);
        assertThat(keys(twoDayTtl)).as("48 h retention: kept").isEqualTo(4);
        String details = S.app.inTenant(dayTtl, s -> s.queryOne(
                "select details::text as d from audit_log where action = 'data.purged' and actor_id = 'system:purge'", SqlParams.none()))
                .orElseThrow().string("d");
        assertThat(details).contains("\"idempotency_key\": 3");
    }

    private static void claim(TenantId tenant, String key, Instant at) {
        S.transactions().inTenant(tenant, (Tx tx) -> S.idempotency().claim(tx, "user-1", new IdempotencyKey(key + "-" + UUID.randomUUID()),
                "op", "h", at, at.minus(Duration.ofHours(24))));
    }

    private static long keys(TenantId tenant) {
        return S.app.inTenant(tenant, s -> s.queryOne("select count(*) as n from idempotency_key", SqlParams.none()))
                .orElseThrow().longValue("n");
    }

    private static void setSettings(TenantId tenant, String json) {
        S.owner.withoutTenant(s -> s.update("update benchcrm.tenant set settings = cast(:s as jsonb) where id = :id",
                SqlParams.of("s", json).and("id", tenant.value())));
    }
}
