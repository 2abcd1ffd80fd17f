package com.benchcrm.function.outboxrelay;

import com.benchcrm.common.Ids;
import com.benchcrm.events.eventbridge.PutEventsStub;
import com.benchcrm.local.lambda.FunctionHost;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.local.postgres.TestDatabase;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The outbox relay as Lambda runs it (the real {@code FunctionInvoker}, raw event JSON in and out),
 * on a real PostgreSQL (JDBC mode: the adapter is on the test class path, as in the embedded
 * stack), publishing to a stub speaking EventBridge's PutEvents wire format. One per test JVM.
 */
final class RelayTestStack {

    private static RelayTestStack instance;

    final LocalPostgres pg;
    final JdbcSqlPort app;
    final JdbcSqlPort owner;
    final PutEventsStub eventBridge = new PutEventsStub();
    final FunctionHost relayFunction;
    final Clock clock = Clock.systemUTC();
    final Ids ids = new Ids(clock);

    private RelayTestStack() {
        pg = TestDatabase.get();
        app = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().appRole(), pg.roles().appPassword(), 2);
        owner = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 1);
        relayFunction = FunctionHost.start(OutboxRelayApplication.class.getName(), OutboxRelayApplication.FUNCTION_NAME,
                "benchcrm-outbox-relay", environment());
    }

    static synchronized RelayTestStack get() {
        if (instance == null) {
            instance = new RelayTestStack();
        }
        return instance;
    }

    /** What the CDK app sets, in JDBC mode, with the stub as EventBridge and a one-second budget. */
    Map<String, String> environment() {
        Map<String, String> env = pg.appEnvironment(2);
        // the relay connects as its own role, the only one that may claim outbox rows (ADR 0059)
        env.put("BENCHCRM_JDBC_USER", pg.roles().relayRole());
        env.put("BENCHCRM_JDBC_PASSWORD", pg.roles().relayPassword());
        env.put("BENCHCRM_EVENT_BUS_NAME", "test-events");
        env.put("BENCHCRM_EVENTBRIDGE_ENDPOINT", eventBridge.endpoint().toString());
        env.put("BENCHCRM_RELAY_BUDGET", "PT1S");
        env.put("AWS_REGION", "us-east-1");
        return env;
    }

    TenantId newTenant(String prefix) {
        PostgresPersistence asOwner = PostgresPersistence.over(owner);
        return new TenantDirectory(asOwner.transactions(), asOwner.tenants())
                .ensure(new TenantSlug(prefix + "-" + Long.toString(System.nanoTime(), 36)), prefix);
    }

    /** Appends {@code n} committed {@code ConsultantUpserted} rows to the tenant's outbox; returns their event ids. */
    List<UUID> appendCommitted(TenantId tenant, int n) {
        Caller admin = new Caller(tenant, "admin@relay.test", Set.of(Role.Admin), "relay-test");
        PostgresPersistence db = PostgresPersistence.over(app);
        Outbox outbox = new Outbox(db.outbox(), ids, clock);
        return db.transactions().inTenant(tenant, tx -> {
            List<UUID> appended = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                UUID aggregate = UUID.randomUUID();
                appended.add(outbox.append(tx, admin, "ConsultantUpserted", 1, "consultant", aggregate,
                        Map.of("id", aggregate.toString(), "version", 1)));
            }
            return appended;
        });
    }
}
