package com.benchcrm.local.postgres;

import com.benchcrm.schema.DatabaseRoles;
import com.benchcrm.schema.SchemaBootstrap;
import com.benchcrm.schema.SchemaMigrator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts PostgreSQL from the embedded binaries under {@code home}, listening on 127.0.0.1 only.
 *
 * <pre>{@code
 * try (LocalPostgres pg = LocalPostgres.start(Path.of(".benchcrm/postgres"), 0)) {
 *     String url = pg.appJdbcUrl(); // connect as the application role
 * }
 * }</pre>
 *
 * <p>Layout of {@code home}: {@code data/} (the cluster, kept across restarts),
 * {@code binaries/} (unpacked server), {@code postgres.log} (the server's log), {@code credentials.properties} (generated role
 * passwords, readable by the owner only). The superuser uses trust authentication on loopback,
 * as initdb sets it up for the embedded binaries; the roles the product uses have passwords. A
 * server left running on the home by a process that was killed is stopped before a start
 * ({@link #stopOrphan}).
 */
public final class LocalPostgres implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalPostgres.class);

    private final EmbeddedPostgres server;
    private final DatabaseRoles roles;

    private LocalPostgres(EmbeddedPostgres server, DatabaseRoles roles) {
        this.server = server;
        this.roles = roles;
    }

    /**
     * Starts (initializing on first use), bootstraps roles and migrates.
     *
     * @param port a TCP port, or 0 for any free one
     */
    public static LocalPostgres start(Path home, int port) {
        return start(home, port, false);
    }

    /** As {@link #start(Path, int)}; with {@code clean} the data directory is wiped first (tests). */
    public static LocalPostgres start(Path home, int port, boolean clean) {
        return start(home, port, clean, true);
    }

    /**
     * @param stopAtExit register a JVM shutdown hook that stops the server; pass false when the
     *                   caller closes it itself in a controlled order
     */
    public static LocalPostgres start(Path home, int port, boolean clean, boolean stopAtExit) {
        try {
            Files.createDirectories(home.resolve("binaries"));
            if (!clean) {
                stopOrphan(home);
            }
            DatabaseRoles roles = credentials(home.resolve("credentials.properties"));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(home.resolve("data"))
                    .setCleanDataDirectory(clean)
                    .setOverrideWorkingDirectory(home.resolve("binaries").toFile())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "128MB")
                    .setServerConfig("fsync", clean ? "off" : "on")
                    .setServerConfig("synchronous_commit", clean ? "off" : "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(home.resolve("postgres.log").toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(home.resolve("postgres.log").toFile()))
                    .setRegisterShutdownHook(stopAtExit);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres server = builder.start();
            String admin = "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres";
            SchemaBootstrap.run(admin, "postgres", "", roles);
            SchemaMigrator.migrate(jdbcUrl(server.getPort(), roles.database()), roles);
            return new LocalPostgres(server, roles);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL under " + home, e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public DatabaseRoles roles() {
        return roles;
    }

    /** JDBC URL of the product database; pair it with the app or owner credentials from {@link #roles()}. */
    public String jdbcUrl() {
        return jdbcUrl(port(), roles.database());
    }

    /** JDBC URL of the maintenance database, for the superuser {@code postgres} (no password, loopback). */
    /**
     * What a function's environment needs to reach this database as the application role in JDBC
     * mode ({@code BENCHCRM_SQL_MODE=jdbc} and the connection); a new, mutable map.
     *
     * <pre>{@code
     * Map<String, String> env = pg.appEnvironment(4);
     * env.put("BENCHCRM_JWT_ISSUER", issuer);
     * FunctionHost.start(HttpApiApplication.class.getName(), "httpApi", "http-api", env);
     * }</pre>
     */
    public java.util.Map<String, String> appEnvironment(int poolSize) {
        java.util.Map<String, String> env = new java.util.LinkedHashMap<>();
        env.put("BENCHCRM_SQL_MODE", "jdbc");
        env.put("BENCHCRM_JDBC_URL", jdbcUrl());
        env.put("BENCHCRM_JDBC_USER", roles().appRole());
        env.put("BENCHCRM_JDBC_PASSWORD", roles().appPassword());
        env.put("BENCHCRM_JDBC_POOL_SIZE", Integer.toString(poolSize));
        return env;
    }

    public String adminJdbcUrl() {
        return jdbcUrl(port(), "postgres");
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PostgreSQL left running on this home by a stack that did not stop (its JVM was killed: the
     * postmaster is not its child and lives on, holding {@code postmaster.pid}) is stopped, so this
     * start succeeds: {@code pg_ctl stop -m fast} (rolls back open transactions, checkpoints), or
     * SIGTERM, then SIGKILL after 60 s. Only a live process that is a {@code postgres} of this very
     * data directory is touched; a stale pid file of a dead process is left to PostgreSQL, which
     * removes it itself.
     *
     * @return true when a running server was found and stopped
     */
    public static boolean stopOrphan(Path home) {
        Path data = home.resolve("data").toAbsolutePath().normalize();
        Optional<ProcessHandle> orphan = orphan(data);
        if (orphan.isEmpty()) {
            return false;
        }
        ProcessHandle postmaster = orphan.get();
        LOG.warn("a PostgreSQL left running on {} by a stack that did not stop (pid {}) is stopped before this start", data,
                postmaster.pid());
        Optional<Path> pgCtl = pgCtl(home.resolve("binaries"));
        boolean stopped = false;
        if (pgCtl.isPresent()) {
            try {
                Process p = new ProcessBuilder(pgCtl.get().toString(), "stop", "-D", data.toString(), "-m", "fast", "-w", "-t", "60")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("postgres.log").toFile()))
                        .start();
                stopped = p.waitFor(90, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                LOG.warn("pg_ctl stop failed ({}); sending SIGTERM", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while stopping the orphaned PostgreSQL", e);
            }
        }
        if (!stopped) {
            postmaster.destroy();
        }
        try {
            postmaster.onExit().get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the orphaned PostgreSQL", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return true;
    }

    /** The live postmaster of {@code data} named by its {@code postmaster.pid}, if any. */
    static Optional<ProcessHandle> orphan(Path data) {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.get(0).trim().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        if (!Path.of(lines.get(1).trim()).toAbsolutePath().normalize().equals(data)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive).filter(p -> isPostgresOf(p, data));
    }

    /** The process runs a {@code postgres} binary with this data directory on its command line. */
    private static boolean isPostgresOf(ProcessHandle p, Path data) {
        String command = p.info().command().orElse("");
        String commandLine = p.info().commandLine().orElse("");
        try {
            Path cmdline = Path.of("/proc", Long.toString(p.pid()), "cmdline");
            if (Files.isReadable(cmdline)) {
                commandLine = new String(Files.readAllBytes(cmdline), java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
            }
        } catch (IOException ignored) {
            // fall back to what ProcessHandle says
        }
        return (command.endsWith("/postgres") || commandLine.contains("/postgres ")) && commandLine.contains(data.toString());
    }

    private static Optional<Path> pgCtl(Path binaries) {
        if (!Files.isDirectory(binaries)) {
            return Optional.empty();
        }
        try (var found = Files.find(binaries, 4, (path, attrs) -> path.getFileName().toString().equals("pg_ctl") && attrs.isRegularFile())) {
            return found.findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /**
     * The roles and passwords of the cluster under {@code home}, as generated on its first start
     * (for tools that connect to a running stack's database).
     */
    public static DatabaseRoles existingCredentials(Path home) {
        Path file = home.resolve("credentials.properties");
        if (!Files.exists(file)) {
            throw new IllegalStateException("no embedded PostgreSQL has been initialized under " + home);
        }
        try {
            return credentials(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DatabaseRoles credentials(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
        } else {
            p.setProperty("owner.password", randomSecret());
            p.setProperty("app.password", randomSecret());
            p.setProperty("relay.password", randomSecret());
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the file stays with default permissions
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                p.store(out, "BenchCRM embedded PostgreSQL role passwords (generated; loopback only)");
            }
        }
        if (p.getProperty("relay.password") == null) {
            // a home made before the relay had its own role (ADR 0059): add its password once
            p.setProperty("relay.password", randomSecret());
            try (OutputStream out = Files.newOutputStream(file)) {
                p.store(out, "BenchCRM embedded PostgreSQL role passwords (generated; loopback only)");
            }
        }
        return DatabaseRoles.defaults(p.getProperty("owner.password"), p.getProperty("app.password"), p.getProperty("relay.password"));
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
