package com.benchcrm.local.postgres;

import java.nio.file.Path;

/**
 * One real PostgreSQL per test JVM, started on first use in {@code target/} with a clean data
 * directory and stopped at JVM exit. Tests isolate themselves with fresh tenants, not fresh
 * databases.
 *
 * <pre>{@code
 * LocalPostgres pg = TestDatabase.get();
 * }</pre>
 */
public final class TestDatabase {

    private static LocalPostgres instance;

    private TestDatabase() {}

    public static synchronized LocalPostgres get() {
        if (instance == null) {
            Path home = Path.of("target", "test-postgres").toAbsolutePath();
            instance = LocalPostgres.start(home, 0, true);
            LocalPostgres started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-postgres-stop"));
        }
        return instance;
    }
}
