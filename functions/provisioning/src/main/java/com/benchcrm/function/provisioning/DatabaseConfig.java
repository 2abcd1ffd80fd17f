package com.benchcrm.function.provisioning;

import static com.benchcrm.common.EnvReader.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything the migration function reads from its environment, read once and validated at start.
 * The CDK app sets each variable from a construct reference (cluster endpoint, secret ARNs).
 *
 * <table>
 *   <caption>Environment</caption>
 *   <tr><td>BENCHCRM_DB_HOST, BENCHCRM_DB_PORT</td><td>the cluster's writer endpoint</td></tr>
 *   <tr><td>BENCHCRM_DB_NAME</td><td>the product database, {@code benchcrm}</td></tr>
 *   <tr><td>BENCHCRM_DB_MASTER_SECRET_ARN</td><td>the cluster's master credentials (creates roles and the database)</td></tr>
 *   <tr><td>BENCHCRM_DB_OWNER_SECRET_ARN</td><td>the owner role (runs migrations, owns every object)</td></tr>
 *   <tr><td>BENCHCRM_DB_APP_SECRET_ARN</td><td>the application role (what the functions use through the Data API)</td></tr>
 *   <tr><td>BENCHCRM_DB_RELAY_SECRET_ARN</td><td>the relay role (the outbox relay and the purge; ADR 0059)</td></tr>
 *   <tr><td>BENCHCRM_SECRET_KEYS, BENCHCRM_TENANT_KEY_ALIAS_PREFIX, BENCHCRM_SECRET_KEYRING, AWS_REGION</td><td>the keys that
 *       seal webhook signing secrets: {@code kms} (default) with the tenants' key aliases, or {@code file} (tests)</td></tr>
 *   <tr><td>BENCHCRM_DB_SSL_MODE</td><td>pgjdbc {@code sslmode}: {@code require} (default) or {@code verify-full}; {@code disable} only for the embedded test database</td></tr>
 * </table>
 */
public record DatabaseConfig(
        String host,
        int port,
        String database,
        String masterSecretArn,
        String ownerSecretArn,
        String appSecretArn,
        String relaySecretArn,
        String sslMode,
        com.benchcrm.secrets.kms.SecretKeys.Settings secretKeys,
        String region) {

    private static final Set<String> SSL_MODES = Set.of("disable", "require", "verify-ca", "verify-full");

    /** Reads and validates; every problem is reported at once. */
    public static DatabaseConfig from(Function<String, String> env) {
        List<String> problems = new ArrayList<>();
        String host = required(env, "BENCHCRM_DB_HOST", problems);
        int port = 0;
        String portText = required(env, "BENCHCRM_DB_PORT", problems);
        if (portText != null) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65_535) {
                problems.add("BENCHCRM_DB_PORT must be a TCP port, not " + portText);
            }
        }
        String database = required(env, "BENCHCRM_DB_NAME", problems);
        String master = required(env, "BENCHCRM_DB_MASTER_SECRET_ARN", problems);
        String owner = required(env, "BENCHCRM_DB_OWNER_SECRET_ARN", problems);
        String app = required(env, "BENCHCRM_DB_APP_SECRET_ARN", problems);
        String relay = required(env, "BENCHCRM_DB_RELAY_SECRET_ARN", problems);
        String ssl = env.apply("BENCHCRM_DB_SSL_MODE");
        ssl = ssl == null || ssl.isBlank() ? "require" : ssl.trim().toLowerCase(Locale.ROOT);
        if (!SSL_MODES.contains(ssl)) {
            problems.add("BENCHCRM_DB_SSL_MODE must be one of " + SSL_MODES + ", not " + ssl);
        }
        com.benchcrm.secrets.kms.SecretKeys.Settings keys = com.benchcrm.secrets.kms.SecretKeys.Settings.from(env, "rdsdata", problems);
        String region = java.util.Optional.ofNullable(env.apply("AWS_REGION")).orElse("us-east-1");
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the migration function is not configured: " + String.join("; ", problems));
        }
        return new DatabaseConfig(host, port, database, master, owner, app, relay, ssl, keys, region);
    }

    /** JDBC URL of a database on the cluster. */
    public String jdbcUrl(String databaseName) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + databaseName
                + "?sslmode=" + sslMode + "&connectTimeout=30&socketTimeout=600&ApplicationName=benchcrm-provisioning";
    }
}
