package com.benchcrm.function.notifications;

import com.benchcrm.common.Ids;
import com.benchcrm.local.events.LocalEventPlane;
import com.benchcrm.local.lambda.FunctionHost;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.local.postgres.TestDatabase;
import com.benchcrm.notification.Notification;
import com.benchcrm.persistence.Tx;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.security.Role;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import com.benchcrm.tenancy.UserDirectory;
import com.benchcrm.testing.contract.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The notifications functions as Lambda runs them (the real {@code FunctionInvoker}, raw event JSON in
 * and out) on a real PostgreSQL (JDBC mode) with ElasticMQ for the DLQ and a folder for the digests.
 * One per test JVM; tests isolate themselves with fresh tenants.
 */
final class NotificationsTestStack {

    private static NotificationsTestStack instance;

    final LocalPostgres pg;
    final JdbcSqlPort app;
    final JdbcSqlPort owner;
    final PostgresPersistence db;
    final LocalEventPlane events;
    final Path digests =
            Path.of("target", "digests-" + Long.toString(System.nanoTime(), 36)).toAbsolutePath();
    final Map<String, String> env = new LinkedHashMap<>();
    final FunctionHost notify;
    final FunctionHost daily;

    private NotificationsTestStack() {
        pg = TestDatabase.get();
        app = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().appRole(), pg.roles().appPassword(), 4);
        owner = JdbcSqlPort.connect(
                pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 1);
        db = PostgresPersistence.over(app);
        events = LocalEventPlane.start(
                db.transactions(),
                db.outbox(),
                LocalEventPlane.Settings.defaults(Optional.empty()).withVisibility(Duration.ofSeconds(3)));
        env.putAll(environment());
        notify = FunctionHost.start(
                NotificationsApplication.class.getName(), NotificationsApplication.NOTIFY, "notify", env);
        daily = FunctionHost.start(
                NotificationsApplication.class.getName(), NotificationsApplication.DAILY, "notifications-daily", env);
    }

    static synchronized NotificationsTestStack get() {
        if (instance == null) {
            instance = new NotificationsTestStack();
        }
        return instance;
    }

    /** What the CDK app sets (the embedded stack's values: JDBC, ElasticMQ, the folder mailer). */
    Map<String, String> environment() {
        Map<String, String> e = pg.appEnvironment(2);
        e.put("AWS_REGION", "us-east-1");
        e.put("BENCHCRM_SQS_ENDPOINT", events.sqs().endpoint().toString());
        e.put("BENCHCRM_NOTIFY_DLQ_URL", events.url("notify-dlq"));
        e.put("BENCHCRM_MAIL_MODE", "folder");
        e.put("BENCHCRM_DIGEST_FROM", "notifications@benchcrm.localhost");
        e.put("BENCHCRM_DIGEST_DIR", digests.toString());
        e.put("BENCHCRM_CONSOLE_URL", "http://localhost:3000");
        return e;
    }

    TenantId newTenant(String prefix) {
        PostgresPersistence asOwner = PostgresPersistence.over(owner);
        return new TenantDirectory(asOwner.transactions(), asOwner.tenants())
                .ensure(new TenantSlug(prefix + "-" + Long.toString(System.nanoTime(), 36)), prefix);
    }

    UUID user(TenantId tenant, String email) {
        PostgresPersistence asOwner = PostgresPersistence.over(owner);
        return new UserDirectory(asOwner.transactions(), asOwner.users(), new Ids(Clock.systemUTC()))
                .ensure(tenant, email, Set.of(Role.Recruiter));
    }

    <X> X in(TenantId tenant, java.util.function.Function<Tx, X> work) {
        return db.transactions().inTenant(tenant, work);
    }

    UUID consultant(TenantId tenant, String name, UUID ownerId) {
        UUID id = Samples.id();
        in(tenant, (Tx tx) -> {
            db.consultants().insert(tx, id, Samples.consultant(name, null), Instant.now());
            return ownerId == null || db.notifications().setOwner(tx, id, ownerId);
        });
        return id;
    }

    UUID requirement(TenantId tenant, String title) {
        UUID id = Samples.id();
        in(tenant, (Tx tx) -> {
            db.requirements().insert(tx, id, Samples.requirement(title, "Acme"), Instant.now());
            return null;
        });
        return id;
    }

    List<Notification> notificationsOf(TenantId tenant, UUID user) {
        return in(tenant, (Tx tx) -> db.notifications().page(tx, user, null, 100));
    }

    static byte[] sample(String name) {
        try (InputStream in = NotificationsTestStack.class
                .getClassLoader()
                .getResourceAsStream("events/notifications/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no sample event " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path sampleFile(String name) {
        try {
            return Path.of(NotificationsTestStack.class
                    .getClassLoader()
                    .getResource("events/notifications/" + name + ".json")
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
