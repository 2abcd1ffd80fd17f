package com.benchcrm.sql;

import static com.benchcrm.common.EnvReader.integer;
import static com.benchcrm.common.EnvReader.required;
import static com.benchcrm.common.EnvReader.uri;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Which SQL adapter a function uses and how to reach the database, read the same way by every
 * function from its environment:
 *
 * <table>
 *   <caption>Environment</caption>
 *   <tr><td>BENCHCRM_SQL_MODE</td><td>{@code rdsdata} (AWS, default) or {@code jdbc} (embedded stack)</td></tr>
 *   <tr><td>BENCHCRM_JDBC_URL, _USER, _PASSWORD, BENCHCRM_JDBC_POOL_SIZE (default 2)</td><td>jdbc mode</td></tr>
 *   <tr><td>BENCHCRM_DB_RESOURCE_ARN, BENCHCRM_DB_SECRET_ARN, BENCHCRM_DB_NAME, AWS_REGION,
 *       BENCHCRM_RDSDATA_ENDPOINT (optional)</td><td>rdsdata mode</td></tr>
 * </table>
 *
 * <pre>{@code
 * SqlSettings sql = SqlSettings.from(env, problems);
 * SqlPort port = sql.connect();   // the adapter of the mode, found on the class path (SqlPortProvider)
 * }</pre>
 *
 * <p>A Lambda artifact carries only the RDS Data API adapter; the JDBC adapter, the PostgreSQL driver
 * and the pool are on the embedded stack's class path (and the functions' test class path), so
 * {@code jdbc} mode in a Lambda artifact fails at start saying so.
 */
public record SqlSettings(Mode mode, Optional<Jdbc> jdbc, Optional<RdsData> rdsData) {

    /** Which SQL adapter. */
    public enum Mode {
        JDBC,
        RDSDATA
    }

    /** JDBC connection settings; {@code toString} leaves the password out. */
    public record Jdbc(String url, String user, String password, int poolSize) {
        @Override
        public String toString() {
            return "Jdbc[url=" + url + ", user=" + user + ", poolSize=" + poolSize + "]";
        }
    }

    /** RDS Data API settings. */
    public record RdsData(
            String resourceArn, String secretArn, String database, String region, Optional<URI> endpoint) {}

    /** Reads the settings; each missing or bad value adds one line to {@code problems}. */
    public static SqlSettings from(Function<String, String> env, List<String> problems) {
        String modeText = Optional.ofNullable(env.apply("BENCHCRM_SQL_MODE"))
                .map(String::trim)
                .orElse("rdsdata");
        Mode mode;
        try {
            mode = Mode.valueOf(modeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("BENCHCRM_SQL_MODE must be jdbc or rdsdata, not " + modeText);
            return new SqlSettings(Mode.RDSDATA, Optional.empty(), Optional.empty());
        }
        if (mode == Mode.JDBC) {
            return new SqlSettings(
                    mode,
                    Optional.of(new Jdbc(
                            required(env, "BENCHCRM_JDBC_URL", problems),
                            required(env, "BENCHCRM_JDBC_USER", problems),
                            required(env, "BENCHCRM_JDBC_PASSWORD", problems),
                            integer(env, "BENCHCRM_JDBC_POOL_SIZE", 2, problems))),
                    Optional.empty());
        }
        return new SqlSettings(
                mode,
                Optional.empty(),
                Optional.of(new RdsData(
                        required(env, "BENCHCRM_DB_RESOURCE_ARN", problems),
                        required(env, "BENCHCRM_DB_SECRET_ARN", problems),
                        required(env, "BENCHCRM_DB_NAME", problems),
                        required(env, "AWS_REGION", problems),
                        uri(env, "BENCHCRM_RDSDATA_ENDPOINT", problems))));
    }

    /**
     * The port for this mode, opened by the adapter registered for it ({@link SqlPortProvider}).
     *
     * @throws IllegalStateException when no adapter of this mode is on the class path
     */
    public SqlPort connect() {
        for (SqlPortProvider provider : ServiceLoader.load(SqlPortProvider.class, SqlSettings.class.getClassLoader())) {
            if (provider.mode() == mode) {
                return provider.open(this);
            }
        }
        throw new IllegalStateException(
                "BENCHCRM_SQL_MODE is " + mode.name().toLowerCase(Locale.ROOT) + ", but its SQL adapter ("
                        + (mode == Mode.JDBC
                                ? "benchcrm-sql-jdbc with the PostgreSQL driver and HikariCP: the embedded stack's class path; "
                                        + "a Lambda artifact uses rdsdata"
                                : "benchcrm-sql-rdsdata")
                        + ") is not on the class path");
    }
}
