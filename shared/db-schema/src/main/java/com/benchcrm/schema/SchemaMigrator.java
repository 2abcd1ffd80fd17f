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
                .placeholders(Map.of("app_role", roles.appRole()))
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
        return flyway.migrate();
    }
}
