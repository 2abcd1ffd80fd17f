package com.benchcrm.sql.rdsdata;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the Data API adapter sends its statements, checked when built so that a misconfigured
 * function fails at start-up (before a SnapStart snapshot) rather than on its first request.
 *
 * <pre>{@code
 * RdsDataConfig config = new RdsDataConfig(
 *         "arn:aws:rds:us-east-1:123456789012:cluster:benchcrm",
 *         "arn:aws:secretsmanager:us-east-1:123456789012:secret:benchcrm-app-AbCdEf",
 *         "benchcrm", "us-east-1", Optional.empty(), Duration.ofSeconds(50));
 * }</pre>
 *
 * @param resourceArn      the Aurora cluster's ARN
 * @param secretArn        the ARN of the Secrets Manager secret holding the application role's credentials
 * @param database         the database name
 * @param region           the AWS region of the Data API endpoint, e.g. {@code us-east-1}
 * @param endpointOverride another endpoint (tests, emulators, a VPC endpoint); empty for the regional one
 * @param apiCallTimeout   the longest one Data API call may take, all of it included; also the HTTP
 *                         socket timeout. The Data API itself ends a statement after 45 seconds.
 */
public record RdsDataConfig(
        String resourceArn,
        String secretArn,
        String database,
        String region,
        Optional<URI> endpointOverride,
        Duration apiCallTimeout) {

    private static final Pattern CLUSTER_ARN =
            Pattern.compile("arn:aws[a-z-]*:rds:[a-z0-9-]+:\\d{12}:cluster:[A-Za-z0-9-]+");
    private static final Pattern SECRET_ARN =
            Pattern.compile("arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\\d{12}:secret:[A-Za-z0-9/_+=.@-]+");
    private static final Pattern DATABASE = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,62}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(15);

    public RdsDataConfig {
        require(
                resourceArn,
                CLUSTER_ARN,
                "resourceArn",
                "an Aurora cluster ARN (arn:aws:rds:<region>:<account>:cluster:<name>)");
        require(
                secretArn,
                SECRET_ARN,
                "secretArn",
                "a Secrets Manager secret ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>)");
        require(database, DATABASE, "database", "a PostgreSQL database name");
        require(region, REGION, "region", "an AWS region such as us-east-1");
        Objects.requireNonNull(endpointOverride, "endpointOverride (use Optional.empty())");
        endpointOverride.ifPresent(RdsDataConfig::requireHttpEndpoint);
        Objects.requireNonNull(apiCallTimeout, "apiCallTimeout");
        if (apiCallTimeout.isNegative() || apiCallTimeout.isZero() || apiCallTimeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException(
                    "apiCallTimeout must be positive and at most " + MAX_TIMEOUT + ": " + apiCallTimeout);
        }
    }

    private static void require(String value, Pattern pattern, String name, String expected) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be " + expected + ", got: " + value);
        }
    }

    private static void requireHttpEndpoint(URI uri) {
        Objects.requireNonNull(uri, "endpointOverride");
        if (!uri.isAbsolute()
                || uri.getHost() == null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new IllegalArgumentException(
                    "endpointOverride must be an absolute http(s) URI with a host, got: " + uri);
        }
    }
}
