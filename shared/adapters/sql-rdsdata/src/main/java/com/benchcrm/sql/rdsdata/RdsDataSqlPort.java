package com.benchcrm.sql.rdsdata;

import com.benchcrm.sql.NamedSql;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlException;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.sql.SqlSession;
import com.benchcrm.sql.SqlWork;
import com.benchcrm.sql.TenantNotSetException;
import com.benchcrm.sql.TransientSqlException;
import com.benchcrm.sql.rdsdata.DataApiErrors.Step;
import com.benchcrm.tenancy.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.rdsdata.RdsDataClient;
import software.amazon.awssdk.services.rdsdata.RdsDataClientBuilder;
import software.amazon.awssdk.services.rdsdata.model.DecimalReturnType;
import software.amazon.awssdk.services.rdsdata.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.rdsdata.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.rdsdata.model.LongReturnType;
import software.amazon.awssdk.services.rdsdata.model.ResultSetOptions;
import software.amazon.awssdk.services.rdsdata.model.SqlParameter;

/**
 * The SQL port over the Amazon RDS Data API.
 *
 * <pre>{@code
 * // once per process (a Lambda's static initialiser, so SnapStart snapshots the built client)
 * RdsDataSqlPort sql = RdsDataSqlPort.create(new RdsDataConfig(clusterArn, secretArn, "benchcrm",
 *         "us-east-1", Optional.empty(), Duration.ofSeconds(50)));
 *
 * long n = sql.inTenant(tenant, s -> s.update("delete from consultant where id = :id", SqlParams.of("id", id)));
 * }</pre>
 *
 * <p>Each unit of work is {@code BeginTransaction}, then {@code ExecuteStatement} calls carrying
 * the transaction id, the first of them {@link #SET_TENANT_SQL} (whose answer must echo the
 * tenant), then {@code CommitTransaction}; any failure sends {@code RollbackTransaction} instead.
 * As in the JDBC adapter, a serialization failure or deadlock (SQLSTATE 40001, 40P01) reruns the
 * whole unit, three attempts at most; so do throttling and a briefly unavailable endpoint, but not
 * when they answer the commit, whose outcome is then unknown. The SDK's own retries are off: a
 * statement retried inside a transaction could run twice.
 *
 * <p>The client is built once (by {@link #create}) and shared by every unit of work; it is
 * thread-safe. {@link #close()} closes it when this port built it.
 */
public final class RdsDataSqlPort implements SqlPort, AutoCloseable {

    private static final int MAX_ATTEMPTS = 3;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final ResultSetOptions RESULT_OPTIONS = ResultSetOptions.builder()
            .decimalReturnType(DecimalReturnType.STRING) // numeric as text: no precision lost on the way
            .longReturnType(LongReturnType.LONG)
            .build();

    private final RdsDataClient client;
    private final RdsDataConfig config;
    private final boolean ownsClient;

    /**
     * A port over a client built elsewhere; {@link #close()} leaves it open. The client should have
     * SDK retries disabled (see {@link #create(RdsDataConfig, AwsCredentialsProvider)}).
     */
    public RdsDataSqlPort(RdsDataClient client, RdsDataConfig config) {
        this(client, config, false);
    }

    private RdsDataSqlPort(RdsDataClient client, RdsDataConfig config, boolean ownsClient) {
        this.client = Objects.requireNonNull(client, "client");
        this.config = Objects.requireNonNull(config, "config");
        this.ownsClient = ownsClient;
    }

    /** A port with its own client, signing with the default credentials chain (a Lambda's role). */
    /** A client from a function's {@link com.benchcrm.sql.SqlSettings} (rdsdata mode), calls ending after {@code callTimeout}. */
    public static RdsDataSqlPort create(com.benchcrm.sql.SqlSettings.RdsData settings, java.time.Duration callTimeout) {
        return create(new RdsDataConfig(
                settings.resourceArn(),
                settings.secretArn(),
                settings.database(),
                settings.region(),
                settings.endpoint(),
                callTimeout));
    }

    public static RdsDataSqlPort create(RdsDataConfig config) {
        return create(config, DefaultCredentialsProvider.builder().build());
    }

    /** A port with its own client, signing with {@code credentials}. */
    public static RdsDataSqlPort create(RdsDataConfig config, AwsCredentialsProvider credentials) {
        return new RdsDataSqlPort(buildClient(config, credentials), config, true);
    }

    /**
     * The client this adapter wants: the URLConnection HTTP client (no Netty or Apache in a Lambda
     * jar), the socket timeout as long as the call timeout (the default 30 s is shorter than the
     * Data API's 45 s statement limit), and no SDK retries.
     */
    public static RdsDataClient buildClient(RdsDataConfig config, AwsCredentialsProvider credentials) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(credentials, "credentials");
        RdsDataClientBuilder builder = RdsDataClient.builder()
                .region(Region.of(config.region()))
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(min(CONNECT_TIMEOUT, config.apiCallTimeout()))
                        .socketTimeout(config.apiCallTimeout()))
                .overrideConfiguration(
                        o -> o.apiCallTimeout(config.apiCallTimeout()).retryStrategy(AwsRetryStrategy.doNotRetry()));
        config.endpointOverride().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
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

    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }

    private <T> T run(TenantId tenant, SqlWork<T> work) {
        Objects.requireNonNull(work, "work");
        for (int attempt = 1; ; attempt++) {
            try {
                return once(tenant, work);
            } catch (TransientSqlException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                sleepBeforeRetry(attempt, e.sqlState() == null);
            }
        }
    }

    private <T> T once(TenantId tenant, SqlWork<T> work) {
        String transactionId = begin();
        try {
            DataApiSession session = new DataApiSession(transactionId);
            if (tenant != null) {
                String expected = tenant.value().toString();
                List<Row> set = session.query(SET_TENANT_SQL, SqlParams.of("tenant_id", expected));
                if (set.size() != 1 || !expected.equals(set.get(0).string("tenant_id"))) {
                    throw new TenantNotSetException();
                }
            }
            T result = work.run(session);
            commit(transactionId);
            return result;
        } catch (RuntimeException | Error e) {
            rollbackQuietly(transactionId, e);
            throw e;
        }
    }

    private String begin() {
        try {
            String id = client.beginTransaction(b -> b.resourceArn(config.resourceArn())
                            .secretArn(config.secretArn())
                            .database(config.database()))
                    .transactionId();
            if (id == null || id.isBlank()) {
                throw new SqlException("the Data API began a transaction without an id");
            }
            return id;
        } catch (SdkException e) {
            throw DataApiErrors.translate(e, Step.BEFORE_COMMIT);
        }
    }

    private void commit(String transactionId) {
        try {
            client.commitTransaction(b -> b.resourceArn(config.resourceArn())
                    .secretArn(config.secretArn())
                    .transactionId(transactionId));
        } catch (SdkException e) {
            throw DataApiErrors.translate(e, Step.COMMIT);
        }
    }

    /**
     * Best effort: after a failed commit the transaction may be gone already, and the rollback's own
     * failure must not hide the first one.
     */
    private void rollbackQuietly(String transactionId, Throwable cause) {
        try {
            client.rollbackTransaction(b -> b.resourceArn(config.resourceArn())
                    .secretArn(config.secretArn())
                    .transactionId(transactionId));
        } catch (SdkException rollbackFailure) {
            cause.addSuppressed(DataApiErrors.translate(rollbackFailure, Step.BEFORE_COMMIT));
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    private static void sleepBeforeRetry(int attempt, boolean serviceSide) {
        // a database conflict clears in milliseconds; throttling or an unavailable endpoint needs longer
        long base = serviceSide ? 100L << (attempt - 1) : 5L * attempt;
        try {
            Thread.sleep(base + ThreadLocalRandom.current().nextLong(serviceSide ? 50 : 10));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new SqlException("interrupted while retrying a transaction");
        }
    }

    /** Statements inside one Data API transaction. */
    private final class DataApiSession implements SqlSession {

        private final String transactionId;

        DataApiSession(String transactionId) {
            this.transactionId = transactionId;
        }

        @Override
        public List<Row> query(String sql, SqlParams params) {
            ExecuteStatementResponse response = execute(sql, params, true);
            return DataApiValues.rows(response.columnMetadata(), response.records());
        }

        @Override
        public long update(String sql, SqlParams params) {
            Long updated = execute(sql, params, false).numberOfRecordsUpdated();
            return updated == null ? 0L : updated;
        }

        private ExecuteStatementResponse execute(String sql, SqlParams params, boolean withMetadata) {
            ExecuteStatementRequest request = ExecuteStatementRequest.builder()
                    .resourceArn(config.resourceArn())
                    .secretArn(config.secretArn())
                    .database(config.database())
                    .transactionId(transactionId)
                    .sql(sql)
                    .parameters(parameters(sql, params))
                    .includeResultMetadata(withMetadata)
                    .resultSetOptions(RESULT_OPTIONS)
                    .build();
            try {
                return client.executeStatement(request);
            } catch (SdkException e) {
                throw DataApiErrors.translate(e, Step.BEFORE_COMMIT);
            }
        }

        /** The parameters the statement uses, each required to have a value (null included). */
        private static List<SqlParameter> parameters(String sql, SqlParams params) {
            Map<String, Object> values = params.asMap();
            List<String> names = NamedSql.of(sql).distinctNames();
            List<SqlParameter> out = new ArrayList<>(names.size());
            for (String name : names) {
                if (!values.containsKey(name)) {
                    throw new SqlException("no value for parameter :" + name);
                }
                out.add(DataApiValues.parameter(name, values.get(name)));
            }
            return out;
        }
    }
}
