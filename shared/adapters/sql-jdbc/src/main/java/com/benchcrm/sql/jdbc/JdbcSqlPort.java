package com.benchcrm.sql.jdbc;

import com.benchcrm.sql.NamedSql;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlErrors;
import com.benchcrm.sql.SqlException;
import com.benchcrm.sql.SqlJson;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.sql.SqlSession;
import com.benchcrm.sql.SqlWork;
import com.benchcrm.sql.TenantNotSetException;
import com.benchcrm.sql.TransientSqlException;
import com.benchcrm.tenancy.TenantId;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.util.PGobject;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The SQL port over JDBC.
 *
 * <pre>{@code
 * JdbcSqlPort sql = JdbcSqlPort.connect("jdbc:postgresql://127.0.0.1:5432/benchcrm", "benchcrm_app", pw, 10);
 * long n = sql.inTenant(tenant, s -> s.update("delete from consultant where id = :id", SqlParams.of("id", id)));
 * }</pre>
 *
 * <p>Each unit of work borrows a connection, runs {@code set_config('app.tenant_id', ..., true)}
 * as the first statement of the transaction, runs the work and commits. The setting is local to
 * the transaction, so a pooled connection never carries one tenant's context into the next.
 */
public final class JdbcSqlPort implements SqlPort, AutoCloseable {

    private static final int MAX_ATTEMPTS = 3;

    private final DataSource dataSource;
    private final AutoCloseable closeable;

    public JdbcSqlPort(DataSource dataSource) {
        this.dataSource = dataSource;
        this.closeable = dataSource instanceof AutoCloseable c ? c : null;
    }

    /** A pooled port; {@code poolSize} connections at most. */
    /** A pool from a function's {@link com.benchcrm.sql.SqlSettings} (jdbc mode). */
    public static JdbcSqlPort connect(com.benchcrm.sql.SqlSettings.Jdbc settings) {
        return connect(settings.url(), settings.user(), settings.password(), settings.poolSize());
    }

    public static JdbcSqlPort connect(String jdbcUrl, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(2, poolSize));
        config.setAutoCommit(false);
        config.setConnectionTimeout(10_000);
        config.setPoolName("benchcrm-" + user);
        config.addDataSourceProperty("ApplicationName", "benchcrm");
        config.addDataSourceProperty("prepareThreshold", "3");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        return new JdbcSqlPort(new HikariDataSource(config));
    }

    @Override
    public <T> T inTenant(TenantId tenant, SqlWork<T> work) {
        if (tenant == null) {
            throw new TenantNotSetException();
        }
        return run(tenant, work);
    }

    @Override
    public <T> T withoutTenant(SqlWork<T> work) {
        return run(null, work);
    }

    private <T> T run(TenantId tenant, SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(tenant, work);
            } catch (TransientSqlException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                sleepBeforeRetry(attempt);
            }
        }
    }

    private <T> T once(TenantId tenant, SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            if (c.getAutoCommit()) {
                c.setAutoCommit(false);
            }
            try {
                JdbcSession session = new JdbcSession(c);
                if (tenant != null) {
                    List<Row> set = session.query(
                            SET_TENANT_SQL,
                            SqlParams.of("tenant_id", tenant.value().toString()));
                    if (!tenant.value().toString().equals(set.get(0).string("tenant_id"))) {
                        throw new TenantNotSetException();
                    }
                }
                T result = work.run(session);
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    @Override
    public void close() throws Exception {
        if (closeable != null) {
            closeable.close();
        }
    }

    static SqlException translate(SQLException e) {
        String constraint = null;
        String message = e.getMessage();
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            ServerErrorMessage m = p.getServerErrorMessage();
            constraint = m.getConstraint();
            message = m.getMessage();
        }
        return SqlErrors.translate(e.getSQLState(), constraint, message, e);
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    private static void sleepBeforeRetry(int attempt) {
        try {
            Thread.sleep(5L * attempt + (long) (Math.random() * 10));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new SqlException("interrupted while retrying a transaction");
        }
    }

    /** Statements on one borrowed connection. */
    private static final class JdbcSession implements SqlSession {

        private final Connection connection;

        JdbcSession(Connection connection) {
            this.connection = connection;
        }

        @Override
        public List<Row> query(String sql, SqlParams params) {
            NamedSql named = NamedSql.of(sql);
            try (PreparedStatement ps = connection.prepareStatement(named.jdbcSql())) {
                bind(ps, named, params);
                try (ResultSet rs = ps.executeQuery()) {
                    return rows(rs);
                }
            } catch (SQLException e) {
                throw translate(e);
            }
        }

        @Override
        public long update(String sql, SqlParams params) {
            NamedSql named = NamedSql.of(sql);
            try (PreparedStatement ps = connection.prepareStatement(named.jdbcSql())) {
                bind(ps, named, params);
                return ps.executeLargeUpdate();
            } catch (SQLException e) {
                throw translate(e);
            }
        }

        private void bind(PreparedStatement ps, NamedSql named, SqlParams params) throws SQLException {
            Map<String, Object> values = params.asMap();
            for (int i = 0; i < named.names().size(); i++) {
                String name = named.names().get(i);
                if (!values.containsKey(name)) {
                    throw new SqlException("no value for parameter :" + name);
                }
                set(ps, i + 1, values.get(name));
            }
        }

        private static void set(PreparedStatement ps, int index, Object v) throws SQLException {
            switch (v) {
                case null -> ps.setNull(index, Types.NULL);
                case String s -> ps.setString(index, s);
                case Integer n -> ps.setInt(index, n);
                case Long n -> ps.setLong(index, n);
                case Double d -> ps.setDouble(index, d);
                case BigDecimal d -> ps.setBigDecimal(index, d);
                case Boolean b -> ps.setBoolean(index, b);
                case UUID u -> ps.setObject(index, u);
                case Instant t -> ps.setObject(index, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
                case LocalDate d -> ps.setObject(index, d);
                case byte[] b -> ps.setBytes(index, b);
                case SqlJson j -> {
                    PGobject json = new PGobject();
                    json.setType("jsonb");
                    json.setValue(j.json());
                    ps.setObject(index, json);
                }
                default -> throw new SqlException("unsupported parameter type " + v.getClass());
            }
        }

        private static List<Row> rows(ResultSet rs) throws SQLException {
            ResultSetMetaData md = rs.getMetaData();
            int columns = md.getColumnCount();
            String[] labels = new String[columns];
            String[] types = new String[columns];
            for (int c = 0; c < columns; c++) {
                labels[c] = md.getColumnLabel(c + 1);
                types[c] = md.getColumnTypeName(c + 1);
            }
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> values = new HashMap<>(columns * 2);
                for (int c = 0; c < columns; c++) {
                    values.put(labels[c], value(rs, c + 1, types[c]));
                }
                rows.add(new Row(values));
            }
            return rows;
        }

        private static Object value(ResultSet rs, int c, String type) throws SQLException {
            Object v = switch (type) {
                case "uuid" -> rs.getObject(c, UUID.class);
                case "timestamptz" -> {
                    OffsetDateTime t = rs.getObject(c, OffsetDateTime.class);
                    yield t == null ? null : t.toInstant();
                }
                case "timestamp" -> {
                    LocalDateTime t = rs.getObject(c, LocalDateTime.class);
                    yield t == null ? null : t.toInstant(ZoneOffset.UTC);
                }
                case "date" -> rs.getObject(c, LocalDate.class);
                case "numeric" -> rs.getBigDecimal(c);
                case "int2", "int4", "int8", "oid" -> rs.getLong(c);
                case "float4", "float8" -> rs.getDouble(c);
                case "bool" -> rs.getBoolean(c);
                case "bytea" -> rs.getBytes(c);
                default -> {
                    if (type.startsWith("_")) {
                        Array array = rs.getArray(c);
                        yield array == null ? null : Arrays.asList((Object[]) array.getArray());
                    }
                    yield rs.getString(c);
                }
            };
            return rs.wasNull() ? null : v;
        }
    }
}
