package com.benchcrm.schema;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies {@code db/migration} with Flyway, as the owner role, into the {@code benchcrm} schema.
 *
 * <pre>{@code
 * MigrateResult r = SchemaMigrator.migrate("jdbc:postgresql://127.0.0.1:5432/benchcrm", roles);
 * }</pre>
 */
public final class SchemaMigrator {

    public static final String SCHEMA = "benchcrm";

    private SchemaMigrator() {
    }

    public static MigrateResult migrate(String jdbcUrl, DatabaseRoles roles) {
        Flyway flyway = Flyway.configure()
                .dataSource(jdbcUrl, roles.ownerRole(), roles.ownerPassword())
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .createSchemas(false)
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", roles.appRole(), "relay_role", roles.relayRole()))
                // Branches add migrations with numbers below the newest on main (V5-V8 after V9): a
                // database that already has a higher version applies a lower pending one instead of
                // refusing to start. Each migration only adds to V1-V4, so their order does not matter.
                .outOfOrder(true)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
        return flyway.migrate();
    }
}
