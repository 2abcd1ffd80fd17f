package com.benchcrm.local;

import com.benchcrm.api.HttpApiApplication;
import com.benchcrm.auth.jwt.LocalTokenIssuer;
import com.benchcrm.lambdalocal.FunctionHost;
import com.benchcrm.localdb.LocalPostgres;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The running embedded stack: PostgreSQL, the issuer, the edge server and the HTTP API function.
 *
 * <pre>{@code
 * try (EmbeddedStack stack = EmbeddedStack.start(StackHome.fromSystem(), 3000)) {
 *     String token = stack.admin().token(new TenantSlug("acme"), "me@example.com", Role.Owner, Duration.ofHours(8));
 * }
 * }</pre>
 */
public final class EmbeddedStack implements AutoCloseable {

    private final StackHome home;
    private final LocalPostgres postgres;
    private final EdgeServer edge;
    private final JdbcSqlPort ownerSql;
    private final TenantAdmin admin;
    private final long startupMillis;

    private EmbeddedStack(StackHome home, LocalPostgres postgres, EdgeServer edge, JdbcSqlPort ownerSql, TenantAdmin admin,
                          long startupMillis) {
        this.home = home;
        this.postgres = postgres;
        this.edge = edge;
        this.ownerSql = ownerSql;
        this.admin = admin;
        this.startupMillis = startupMillis;
    }

    /**
     * Starts everything; {@code port} 0 picks a free port. Tuning (JVM system properties, e.g. in
     * {@code BENCHCRM_JAVA_OPTS}): {@code benchcrm.edge.threads} (default 32) HTTP worker threads,
     * {@code benchcrm.db.pool} (default 8) connections of the function's pool.
     *
     * @throws StackAlreadyRunningException when another stack uses this home
     */
    public static EmbeddedStack start(StackHome home, int port) {
        long started = System.nanoTime();
        RunState.readLive(home.runState()).ifPresent(s -> {
            throw new StackAlreadyRunningException(s);
        });
        try {
            Files.createDirectories(home.logs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicReference<LocalTokenIssuer> issuer = new AtomicReference<>();
        EdgeServer edge;
        try {
            edge = EdgeServer.start(port, () -> issuer.get().publicJwksJson(), Integer.getInteger("benchcrm.edge.threads", 32));
        } catch (BindException e) {
            throw new IllegalStateException("port " + port + " on 127.0.0.1 is in use; choose another with --port", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LocalPostgres postgres = null;
        try {
            String issuerName = "http://127.0.0.1:" + edge.port();
            issuer.set(LocalTokenIssuer.open(home.issuerKey(), issuerName, Clock.systemUTC()));
            postgres = LocalPostgres.start(home.postgres(), 0, false, false);
            Map<String, String> env = new LinkedHashMap<>();
            env.put("BENCHCRM_SQL_MODE", "jdbc");
            env.put("BENCHCRM_JDBC_URL", postgres.jdbcUrl());
            env.put("BENCHCRM_JDBC_USER", postgres.roles().appRole());
            env.put("BENCHCRM_JDBC_PASSWORD", postgres.roles().appPassword());
            env.put("BENCHCRM_JDBC_POOL_SIZE", Integer.toString(Integer.getInteger("benchcrm.db.pool", 8)));
            env.put("BENCHCRM_JWT_ISSUER", issuerName);
            env.put("BENCHCRM_JWT_AUDIENCE", TenantAdmin.AUDIENCE);
            env.put("BENCHCRM_JWKS_URL", issuerName + "/.well-known/jwks.json");
            env.put("BENCHCRM_METRICS", "off");
            FunctionHost function = FunctionHost.start(HttpApiApplication.class.getName(), HttpApiApplication.FUNCTION_NAME,
                    "benchcrm-http-api", env);
            edge.route(function);
            JdbcSqlPort owner = JdbcSqlPort.connect(postgres.jdbcUrl(), postgres.roles().ownerRole(),
                    postgres.roles().ownerPassword(), 2);
            new RunState(ProcessHandle.current().pid(), edge.port(), postgres.port()).write(home.runState());
            return new EmbeddedStack(home, postgres, edge, owner, new TenantAdmin(owner, issuer.get()),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            edge.close();
            if (postgres != null) {
                postgres.close();
            }
            throw e;
        }
    }

    public int port() {
        return edge.port();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + edge.port();
    }

    public TenantAdmin admin() {
        return admin;
    }

    public long startupMillis() {
        return startupMillis;
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    /** Stops the edge first (no new requests), then the pools, then PostgreSQL. */
    @Override
    public void close() {
        edge.close();
        try {
            ownerSql.close();
        } catch (Exception ignored) {
            // closing anyway
        }
        postgres.close();
        try {
            Files.deleteIfExists(home.runState());
        } catch (IOException ignored) {
            // a stale state file is ignored by readLive
        }
    }

    /** Another stack already runs on this home. */
    public static final class StackAlreadyRunningException extends RuntimeException {
        public StackAlreadyRunningException(RunState state) {
            super("a BenchCRM stack is already running here (pid " + state.pid() + ", http://127.0.0.1:" + state.httpPort()
                    + "); stop it with Ctrl-C first");
        }
    }
}
