package com.benchcrm.local.events;

import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.local.postgres.TestDatabase;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import java.util.Set;

/** The test JVM's PostgreSQL, its pools (application, owner and relay role) and fresh tenants. */
final class TestTenants {

    private static TestTenants instance;

    final LocalPostgres pg;
    final JdbcSqlPort app;
    final JdbcSqlPort owner;
    /** The relay role's pool: the only role that may call the cross-tenant outbox functions. */
    final JdbcSqlPort relay;

    private TestTenants() {
        pg = TestDatabase.get();
        app = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().appRole(), pg.roles().appPassword(), 8);
        owner = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 2);
        relay = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().relayRole(), pg.roles().relayPassword(), 2);
    }

    static synchronized TestTenants get() {
        if (instance == null) {
            instance = new TestTenants();
        }
        return instance;
    }

    TenantId newTenant(String prefix) {
        String slug = prefix + "-" + Long.toString(System.nanoTime(), 36);
        return new TenantDirectory(com.benchcrm.persistence.postgres.PostgresPersistence.over(owner).transactions(),
                com.benchcrm.persistence.postgres.PostgresPersistence.over(owner).tenants()).ensure(new TenantSlug(slug), prefix);
    }

    static Caller caller(TenantId tenant) {
        return new Caller(tenant, "test-user", Set.of(Role.Admin), "trace-" + tenant.value().toString().substring(0, 8));
    }
}
