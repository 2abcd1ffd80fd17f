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

        Purge.Report report = new Purge(
                        S.relayTransactions(),
                        S.asRelay.purge(),
                        new Ids(Clock.systemUTC()),
                        Clock.systemUTC(),
                        new Purge.Settings(2, Duration.ofMinutes(1)))
                .run("purge-it");

        assertThat(report.removed().get(dayTtl)).containsEntry("idempotency_key", 3);
        assertThat(report.removed()).doesNotContainKey(twoDayTtl);
        assertThat(keys(dayTtl)).isEqualTo(1);
        assertThat(keys(twoDayTtl)).as("48 h retention: kept").isEqualTo(4);
        String details = S.app.inTenant(
                        dayTtl,
                        s -> s.queryOne(
                                "select details::text as d from audit_log where action = 'data.purged' and actor_id = 'system:purge'",
                                SqlParams.none()))
                .orElseThrow()
                .string("d");
        assertThat(details).contains("\"idempotency_key\": 3");
    }

    @Test
    void run_removesReadAndDismissedNotifications_oldDigestClaims_andDeactivatedUsersPreferences_pastTheWindow() {
        TenantId shortWindow = S.newTenant();
        TenantId defaults = S.newTenant(); // 90 days: keeps everything below
        setSettings(shortWindow, "{\"retention\": {\"notificationDays\": 20}}");
        Instant old = Instant.now().minus(Duration.ofDays(25)).truncatedTo(ChronoUnit.MICROS);
        Instant recent = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MICROS);
        for (TenantId t : new TenantId[] {shortWindow, defaults}) {
            UUID ann = S.transactions()
                    .inTenant(
                            t,
                            (Tx tx) -> S.users()
                                    .ensure(
                                            tx,
                                            UUID.randomUUID(),
                                            "ann@x.example",
                                            java.util.Set.of(com.benchcrm.security.Role.Recruiter)));
            UUID gone = S.transactions()
                    .inTenant(
                            t,
                            (Tx tx) -> S.users()
                                    .ensure(
                                            tx,
                                            UUID.randomUUID(),
                                            "gone@x.example",
                                            java.util.Set.of(com.benchcrm.security.Role.Recruiter)));
            UUID oldRead = notify(t, ann, "old-read", old);
            UUID oldDismissed = notify(t, ann, "old-dismissed", old);
            notify(t, ann, "old-unread", old);
            UUID recentRead = notify(t, ann, "recent-read", recent);
            S.transactions().inTenant(t, (Tx tx) -> {
                S.notifications().markRead(tx, ann, oldRead, old);
                S.notifications().dismiss(tx, ann, oldDismissed, old);
                S.notifications().markRead(tx, ann, recentRead, recent);
                S.notifications().claimDigest(tx, ann, java.time.LocalDate.now().minusDays(25), 3, old);
                S.notifications().claimDigest(tx, ann, java.time.LocalDate.now().minusDays(1), 3, recent);
                for (UUID u : new UUID[] {ann, gone}) {
                    S.notifications()
                            .savePreferences(
                                    tx, u, com.benchcrm.notification.NotificationPreferences.DEFAULT, null, old);
                }
                return null;
            });
            S.app.inTenant(
                    t,
                    s -> s.update(
                            "update app_user set status = 'DEACTIVATED' where tenant_id = :t and id = :id",
                            SqlParams.of("t", t.value()).and("id", gone)));
        }

        Purge.Report report = new Purge(
                        S.relayTransactions(),
                        S.asRelay.purge(),
                        new Ids(Clock.systemUTC()),
                        Clock.systemUTC(),
                        new Purge.Settings(100, Duration.ofMinutes(1)))
                .run("purge-notifications-it");

        assertThat(report.removed().get(shortWindow))
                .containsEntry("notification", 2)
                .containsEntry("notification_digest", 1)
                .containsEntry("notification_preference", 1);
        assertThat(titles(shortWindow)).containsExactlyInAnyOrder("old-unread", "recent-read");
        assertThat(count(shortWindow, "notification_digest")).isEqualTo(1);
        assertThat(count(shortWindow, "notification_preference"))
                .as("the active user's stay")
                .isEqualTo(1);
        assertThat(report.removed().getOrDefault(defaults, java.util.Map.of()))
                .doesNotContainKeys("notification", "notification_digest", "notification_preference");
        assertThat(titles(defaults)).hasSize(4);
        assertThat(count(defaults, "notification_preference")).isEqualTo(2);
    }

    private static UUID notify(TenantId tenant, UUID user, String title, Instant at) {
        UUID id = new Ids(Clock.systemUTC()).next();
        S.transactions()
                .inTenant(
                        tenant,
                        (Tx tx) -> S.notifications()
                                .insert(
                                        tx,
                                        id,
                                        new com.benchcrm.notification.NewNotification(
                                                user,
                                                com.benchcrm.notification.NotificationKind.SUBMISSION_STATUS_CHANGED,
                                                title,
                                                null,
                                                "submission",
                                                UUID.randomUUID(),
                                                "/pipeline",
                                                "test:" + title,
                                                null),
                                        at));
        return id;
    }

    private static java.util.List<String> titles(TenantId tenant) {
        return S.app.inTenant(
                tenant,
                s -> s.query("select title from notification", SqlParams.none()).stream()
                        .map(r -> r.string("title"))
                        .toList());
    }

    private static long count(TenantId tenant, String table) {
        return S.app.inTenant(tenant, s -> s.queryOne("select count(*) as n from " + table, SqlParams.none()))
                .orElseThrow()
                .longValue("n");
    }

    private static void claim(TenantId tenant, String key, Instant at) {
        S.transactions()
                .inTenant(
                        tenant,
                        (Tx tx) -> S.idempotency()
                                .claim(
                                        tx,
                                        "user-1",
                                        new IdempotencyKey(key + "-" + UUID.randomUUID()),
                                        "op",
                                        "h",
                                        at,
                                        at.minus(Duration.ofHours(24))));
    }

    private static long keys(TenantId tenant) {
        return S.app.inTenant(tenant, s -> s.queryOne("select count(*) as n from idempotency_key", SqlParams.none()))
                .orElseThrow()
                .longValue("n");
    }

    private static void setSettings(TenantId tenant, String json) {
        S.owner.withoutTenant(s -> s.update(
                "update benchcrm.tenant set settings = cast(:s as jsonb) where id = :id",
                SqlParams.of("s", json).and("id", tenant.value())));
    }
}
