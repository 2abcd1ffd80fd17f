package com.benchcrm.function.runtime.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * The SQL part of a function's environment, for config tests: what the CDK app sets in Lambda
 * ({@link #rdsData()}) and what the embedded stack sets ({@link #jdbc()}). Each call returns a new,
 * mutable map for the test to add its function's own variables to.
 *
 * <pre>{@code
 * Map<String, String> env = TestEnvironments.rdsData();
 * env.put("BENCHCRM_EVENT_BUS_NAME", "prod-events");
 * OutboxRelayConfig c = OutboxRelayConfig.from(env::get);
 * }</pre>
 */
public final class TestEnvironments {

    private TestEnvironments() {}

    /** RDS Data API mode, as in Lambda (eu-west-1). */
    public static Map<String, String> rdsData() {
        Map<String, String> env = new HashMap<>();
        env.put("BENCHCRM_DB_RESOURCE_ARN", "arn:aws:rds:eu-west-1:123456789012:cluster:benchcrm");
        env.put("BENCHCRM_DB_SECRET_ARN", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:app");
        env.put("BENCHCRM_DB_NAME", "benchcrm");
        env.put("AWS_REGION", "eu-west-1");
        return env;
    }

    /** JDBC mode, as in the embedded stack. */
    public static Map<String, String> jdbc() {
        Map<String, String> env = new HashMap<>();
        env.put("BENCHCRM_SQL_MODE", "jdbc");
        env.put("BENCHCRM_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/benchcrm");
        env.put("BENCHCRM_JDBC_USER", "benchcrm_app");
        env.put("BENCHCRM_JDBC_PASSWORD", "s3cret-password-value");
        return env;
    }
}
