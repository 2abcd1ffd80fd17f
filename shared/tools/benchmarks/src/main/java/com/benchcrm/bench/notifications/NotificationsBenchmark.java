package com.benchcrm.bench.notifications;

import com.benchcrm.bench.Stats;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Json;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.EventCatalog;
import com.benchcrm.events.ProcessedEvents;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.notification.DailyNotifications;
import com.benchcrm.notification.NotificationFanOut;
import com.benchcrm.notification.NotificationKind;
import com.benchcrm.notification.NotificationMailer;
import com.benchcrm.notification.NotificationPreferences;
import com.benchcrm.notification.mail.FolderNotificationMailer;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.security.Role;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import com.benchcrm.tenancy.UserDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * {@code shared/tools/benchmarks/run notifications [runs=20] [owners=50] [consultants=1000] [digestUsers=200] [perUser=10]}:
 * the notify consumer's fan-out and the daily digest, through the real use cases on a real PostgreSQL (fsync on), as the
 * application role under row-level security. Numbers only, nothing asserted.
 *
 * <ol>
 *   <li>Fan-out: {@code consultants} consultants owned round-robin by {@code owners} users and, per event, a new requirement
 *       with a match run recommending every one of them (scores 0.50 to 0.99; owners keep the default threshold 0.70; made
 *       before the clock starts), then its {@code RecommendationsReady}: per event, the processed-event record, the recommendations
 *       of owned consultants, the owners' preferences and one notification per owner above the threshold, in one transaction.</li>
 *   <li>Digest: {@code digestUsers} users with the digest on and {@code perUser} unread notifications each; one
 *       {@code DailyNotifications.digests} run (claim, read, render and hand over every mail), with a mailer that only counts
 *       and with the embedded stack's folder mailer ({@code .eml} files); the claims are cleared between runs.</li>
 * </ol>
 */
public final class NotificationsBenchmark {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int owners = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int consultants = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
        int digestUsers = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        int perUser = args.length > 5 ? Integer.parseInt(args[5]) : 10;
        System.out.printf(
                "notifications benchmark: %d events to %d owners of %,d consultants; digest of %d users x %d unread;"
                        + " %d cores, java %s, load before: %s%n",
                runs,
                owners,
                consultants,
                digestUsers,
                perUser,
                Runtime.getRuntime().availableProcessors(),
                Runtime.version(),
                Stats.loadAverage());
        Path work = root.resolve("shared/tools/benchmarks/target/bench/notifications");
        Files.createDirectories(work);
        Path pgHome = work.resolve("postgres");
        Stats.deleteTree(pgHome.resolve("data"));
        LocalPostgres pg = LocalPostgres.start(pgHome, 0, false, true);
        try {
            JdbcSqlPort owner = JdbcSqlPort.connect(
                    pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 2);
            JdbcSqlPort app = JdbcSqlPort.connect(
                    pg.jdbcUrl(), pg.roles().appRole(), pg.roles().appPassword(), 2);
            PostgresPersistence ownerDb = PostgresPersistence.over(owner);
            PostgresPersistence db = PostgresPersistence.over(app);
            TenantId tenant = new TenantDirectory(ownerDb.transactions(), ownerDb.tenants())
                    .ensure(new TenantSlug("notifications"), "notifications");
            Clock clock = Clock.systemUTC();
            Ids ids = new Ids(clock);
            UserDirectory users = new UserDirectory(ownerDb.transactions(), ownerDb.users(), ids);

            // ---- fan-out
            List<UUID> ownerIds = new ArrayList<>();
            for (int i = 0; i < owners; i++) {
                ownerIds.add(users.ensure(tenant, "owner" + i + "@bench.example", Set.of(Role.Recruiter)));
            }
            long g0 = System.nanoTime();
            app.inTenant(
                    tenant,
                    s -> s.update(
                            """
                    insert into consultant (tenant_id, id, full_name, created_at, updated_at, owner_user_id)
                    select :t, gen_random_uuid(), 'Consultant ' || g, now(), now(),
                           cast((string_to_array(:owners, ','))[1 + g % cardinality(string_to_array(:owners, ','))] as uuid)
                    from generate_series(1, :n) g""",
                            SqlParams.of("t", tenant.value())
                                    .and(
                                            "owners",
                                            ownerIds.stream()
                                                    .map(UUID::toString)
                                                    .collect(Collectors.joining(",")))
                                    .and("n", consultants)));
            vacuum(pg);
            System.out.printf(
                    Locale.US, "data: %,d consultants in %.1f s%n", consultants, (System.nanoTime() - g0) / 1e9);

            NotificationFanOut fanOut = new NotificationFanOut(
                    db.transactions(),
                    db.notifications(),
                    new ProcessedEvents(db.processedEvents(), clock),
                    ids,
                    clock);
            int warmup = Math.max(3, runs / 5);
            double[] ms = new double[runs];
            int written = 0;
            for (int i = 0; i < warmup + runs; i++) {
                // a new requirement and its run recommending every consultant (not timed): a match notifies once per
                // requirement
                UUID requirement = UUID.randomUUID();
                UUID run = UUID.randomUUID();
                newRun(app, tenant, requirement, run, consultants);
                DomainEvent e = new DomainEvent(
                        ids.next(),
                        EventCatalog.RECOMMENDATIONS_READY,
                        1,
                        tenant,
                        Instant.now(),
                        "",
                        Json.strict()
                                .createObjectNode()
                                .put("requirementId", requirement.toString())
                                .put("requirementVersion", 1)
                                .put("matchRunId", run.toString())
                                .put("count", consultants));
                long t0 = System.nanoTime();
                int n = fanOut.handle(e);
                if (i >= warmup) {
                    ms[i - warmup] = (System.nanoTime() - t0) / 1e6;
                    written = n;
                }
            }
            Arrays.sort(ms);
            System.out.printf(
                    Locale.US,
                    "fan-out of one RecommendationsReady (%,d recommendations, %d owners): %d notifications per event;"
                            + " p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d events (%d warm-up)%n",
                    consultants,
                    owners,
                    written,
                    pct(ms, 0.50),
                    pct(ms, 0.95),
                    ms[ms.length - 1],
                    runs,
                    warmup);

            // ---- digest
            List<UUID> readers = new ArrayList<>();
            for (int i = 0; i < digestUsers; i++) {
                readers.add(users.ensure(tenant, "reader" + i + "@bench.example", Set.of(Role.Recruiter)));
            }
            NotificationPreferences digestOn =
                    new NotificationPreferences(0.7, EnumSet.allOf(NotificationKind.class), true, 0, null);
            db.transactions().inTenant(tenant, tx -> {
                for (UUID u : readers) {
                    db.notifications().savePreferences(tx, u, digestOn, null, Instant.now());
                }
                return null;
            });
            app.inTenant(
                    tenant,
                    s -> s.update(
                            """
                    insert into notification (tenant_id, id, user_id, kind, title, body, entity, entity_id, link, dedupe_key, created_at)
                    select :t, gen_random_uuid(), u, 'SUBMISSION_STATUS_CHANGED', 'Consultant ' || k || ': Submitted → Interviewing',
                           'Senior Java Developer', 'submission', gen_random_uuid(), '/pipeline?submission=x', 'bench:' || k, now()
                    from unnest(cast(string_to_array(:users, ',') as uuid[])) u, generate_series(1, :k) k""",
                            SqlParams.of("t", tenant.value())
                                    .and(
                                            "users",
                                            readers.stream().map(UUID::toString).collect(Collectors.joining(",")))
                                    .and("k", perUser)));
            vacuum(pg);
            AtomicInteger counted = new AtomicInteger();
            NotificationMailer counting = (t, mail) -> counted.incrementAndGet();
            Path mailDir = work.resolve("digests");
            Stats.deleteTree(mailDir);
            NotificationMailer folder = new FolderNotificationMailer(mailDir, "notifications@bench.localhost", clock);
            for (var mode : List.of(
                    new Object[] {"counting mailer", counting}, new Object[] {"folder mailer (.eml)", folder})) {
                DailyNotifications daily = new DailyNotifications(
                        db.transactions(),
                        db.notifications(),
                        (NotificationMailer) mode[1],
                        "http://localhost:3000",
                        ids,
                        clock,
                        true);
                double[] times = new double[5];
                int sent = 0;
                for (int i = 0; i < times.length + 1; i++) {
                    owner.inTenant(
                            tenant,
                            s -> s.update(
                                    "delete from notification_digest where tenant_id = :t",
                                    SqlParams.of("t", tenant.value())));
                    long t0 = System.nanoTime();
                    sent = daily.digests(tenant);
                    if (i > 0) {
                        times[i - 1] = (System.nanoTime() - t0) / 1e6;
                    }
                }
                Arrays.sort(times);
                System.out.printf(
                        Locale.US,
                        "digest, %s: %d mails of %d notifications each; p50 %.0f ms, max %.0f ms per run (%.2f ms per user)"
                                + " over %d runs after 1 warm-up%n",
                        mode[0],
                        sent,
                        perUser,
                        pct(times, 0.5),
                        times[times.length - 1],
                        pct(times, 0.5) / Math.max(1, sent),
                        times.length);
            }
            System.out.printf("load after: %s%n", Stats.loadAverage());
            owner.close();
            app.close();
        } finally {
            pg.close();
        }
    }

    /** A requirement and a match run recommending every consultant of the tenant (scores 0.50 to 0.99). */
    private static void newRun(JdbcSqlPort app, TenantId tenant, UUID requirement, UUID run, int consultants) {
        app.inTenant(tenant, s -> {
            SqlParams p = SqlParams.of("t", tenant.value())
                    .and("n", consultants)
                    .and("req", requirement)
                    .and("run", run);
            s.update(
                    "insert into requirement (tenant_id, id, title, created_at, updated_at) values (:t, :req, 'Senior Java Developer', now(), now())",
                    p);
            s.update("""
                    insert into match_run (tenant_id, id, requirement_id, requirement_version, trigger, top_k, candidates, scored,
                        engine_version, settings_version, embedding_model, timings_micros, created_at)
                    values (:t, :run, :req, 1, 'REQUIREMENT_IMPORTED', 50, :n, :n, 'bench', 'default', 'none', '{}', now())""", p);
            return s.update("""
                    insert into recommendation (tenant_id, id, match_run_id, requirement_id, consultant_id, rank, match_score,
                        success_probability, calibrated, reasons, factors, model_version)
                    select :t, gen_random_uuid(), :run, :req, c.id, row_number() over (order by c.id),
                           0.5 + 0.49 * ((row_number() over (order by c.id)) % 100) / 100.0, 0.5, false, '[]', '[]', 'bench'
                    from consultant c where c.tenant_id = :t""", p);
        });
    }

    private static void vacuum(LocalPostgres pg) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword())) {
            c.setAutoCommit(true);
            c.createStatement().execute("vacuum analyze");
        }
    }

    private static double pct(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * (sorted.length - 1) + 0.5))];
    }
}
