package com.benchcrm.function.workauthorizationalerts;

import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.consultant.WorkAuthorizationValidity;
import com.benchcrm.local.lambda.FunctionHost;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.local.postgres.TestDatabase;
import com.benchcrm.persistence.Tx;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The work authorization alerts as Lambda runs them (the real {@code FunctionInvoker}, raw event JSON
 * in and out) on a real PostgreSQL (JDBC mode: the adapter is on the test class path, as in the
 * embedded stack). One per test JVM.
 */
final class AlertsTestStack {

    private static AlertsTestStack instance;

    final LocalPostgres pg;
    final JdbcSqlPort app;
    final JdbcSqlPort owner;
    final FunctionHost alertsFunction;

    private AlertsTestStack() {
        pg = TestDatabase.get();
        app = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().appRole(), pg.roles().appPassword(), 2);
        owner = JdbcSqlPort.connect(
                pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 1);
        alertsFunction = FunctionHost.start(
                WorkAuthorizationAlertsApplication.class.getName(),
                WorkAuthorizationAlertsApplication.FUNCTION_NAME,
                "benchcrm-work-authorization-alerts",
                environment());
    }

    static synchronized AlertsTestStack get() {
        if (instance == null) {
            instance = new AlertsTestStack();
        }
        return instance;
    }

    /** What the CDK app sets, in JDBC mode. */
    Map<String, String> environment() {
        Map<String, String> env = pg.appEnvironment(2);
        env.put("AWS_REGION", "us-east-1");
        return env;
    }

    TenantId newTenant(String prefix) {
        PostgresPersistence asOwner = PostgresPersistence.over(owner);
        return new TenantDirectory(asOwner.transactions(), asOwner.tenants())
                .ensure(new TenantSlug(prefix + "-" + Long.toString(System.nanoTime(), 36)), prefix);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** A consultant of the tenant whose H-1B ends {@code days} from today. */
    UUID consultantEndingIn(TenantId tenant, String name, int days) {
        UUID id = UUID.randomUUID();
        ConsultantInput in = new ConsultantInput(
                null,
                name,
                null,
                null,
                null,
                null,
                null,
                WorkAuthorization.H1B,
                null,
                List.of(),
                null,
                null,
                new WorkAuthorizationValidity(today().plusDays(days), null, null),
                null);
        PostgresPersistence db = PostgresPersistence.over(app);
        db.transactions().inTenant(tenant, (Tx tx) -> {
            db.consultants().insert(tx, id, in, Instant.now());
            return null;
        });
        return id;
    }

    /** How many WorkAuthorizationExpiring rows the tenant's outbox holds for the consultant. */
    long announcements(TenantId tenant, UUID consultant) {
        return app.inTenant(
                tenant,
                s -> s.queryOne(
                                "select count(*) as n from outbox where aggregate_id = :id "
                                        + "and event_type = 'WorkAuthorizationExpiring'",
                                SqlParams.of("id", consultant))
                        .map(r -> r.longValue("n"))
                        .orElse(0L));
    }
}
