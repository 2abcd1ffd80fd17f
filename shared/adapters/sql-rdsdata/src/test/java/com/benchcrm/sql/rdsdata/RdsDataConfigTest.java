package com.benchcrm.sql.rdsdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RdsDataConfigTest {

    static final String CLUSTER = "arn:aws:rds:us-east-1:123456789012:cluster:benchcrm";
    static final String SECRET = "arn:aws:secretsmanager:us-east-1:123456789012:secret:benchcrm/app-AbCdEf";

    static RdsDataConfig config(
            String cluster, String secret, String database, String region, Optional<URI> endpoint, Duration timeout) {
        return new RdsDataConfig(cluster, secret, database, region, endpoint, timeout);
    }

    @Test
    void sqlSettingsInRdsDataMode_findThisAdapterOnTheClassPath() {
        java.util.List<String> problems = new java.util.ArrayList<>();
        com.benchcrm.sql.SqlSettings settings = com.benchcrm.sql.SqlSettings.from(
                java.util.Map.of(
                        "BENCHCRM_DB_RESOURCE_ARN",
                        CLUSTER,
                        "BENCHCRM_DB_SECRET_ARN",
                        SECRET,
                        "BENCHCRM_DB_NAME",
                        "benchcrm",
                        "AWS_REGION",
                        "us-east-1",
                        "BENCHCRM_RDSDATA_ENDPOINT",
                        "http://127.0.0.1:1")::get,
                problems);

        com.benchcrm.sql.SqlPort port = settings.connect();

        assertThat(problems).isEmpty();
        assertThat(port).isInstanceOf(RdsDataSqlPort.class);
    }

    @Test
    void create_validValues_areKept() {
        RdsDataConfig c = config(
                CLUSTER,
                SECRET,
                "benchcrm",
                "us-east-1",
                Optional.of(URI.create("https://rds-data.us-east-1.amazonaws.com")),
                Duration.ofSeconds(50));

        assertThat(c.resourceArn()).isEqualTo(CLUSTER);
        assertThat(c.endpointOverride()).contains(URI.create("https://rds-data.us-east-1.amazonaws.com"));
    }

    @Test
    void create_govCloudAndChinaPartitions_areAccepted() {
        config(
                "arn:aws-us-gov:rds:us-gov-west-1:123456789012:cluster:b",
                "arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:b-AbCdEf",
                "benchcrm",
                "us-gov-west-1",
                Optional.empty(),
                Duration.ofSeconds(1));
        config(
                "arn:aws-cn:rds:cn-north-1:123456789012:cluster:b",
                "arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:b-AbCdEf",
                "benchcrm",
                "cn-north-1",
                Optional.empty(),
                Duration.ofSeconds(1));
    }

    @Test
    void create_instanceArnInsteadOfClusterArn_isRefused() {
        assertThatThrownBy(() -> config(
                        "arn:aws:rds:us-east-1:123456789012:db:benchcrm-1",
                        SECRET,
                        "benchcrm",
                        "us-east-1",
                        Optional.empty(),
                        Duration.ofSeconds(50)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("resourceArn");
    }

    @Test
    void create_secretNameInsteadOfArn_isRefused() {
        assertThatThrownBy(() -> config(
                        CLUSTER, "benchcrm/app", "benchcrm", "us-east-1", Optional.empty(), Duration.ofSeconds(50)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secretArn");
    }

    @Test
    void create_blankOrQuotedDatabase_isRefused() {
        assertThatThrownBy(() -> config(CLUSTER, SECRET, " ", "us-east-1", Optional.empty(), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("database");
        assertThatThrownBy(() ->
                        config(CLUSTER, SECRET, "bench\"crm", "us-east-1", Optional.empty(), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("database");
    }

    @Test
    void create_malformedRegion_isRefused() {
        assertThatThrownBy(
                        () -> config(CLUSTER, SECRET, "benchcrm", "US_EAST_1", Optional.empty(), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("region");
    }

    @Test
    void create_endpointThatIsNotAnAbsoluteHttpUri_isRefused() {
        assertThatThrownBy(() -> config(
                        CLUSTER,
                        SECRET,
                        "benchcrm",
                        "us-east-1",
                        Optional.of(URI.create("localhost:8080")),
                        Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endpointOverride");
        assertThatThrownBy(() -> config(
                        CLUSTER,
                        SECRET,
                        "benchcrm",
                        "us-east-1",
                        Optional.of(URI.create("ftp://127.0.0.1:21")),
                        Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endpointOverride");
    }

    @Test
    void create_nullEndpointOptional_isRefused() {
        assertThatThrownBy(() -> config(CLUSTER, SECRET, "benchcrm", "us-east-1", null, Duration.ofSeconds(5)))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("endpointOverride");
    }

    @Test
    void create_zeroNegativeOrHugeTimeout_isRefused() {
        for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofSeconds(-1), Duration.ofHours(1)}) {
            assertThatThrownBy(() -> config(CLUSTER, SECRET, "benchcrm", "us-east-1", Optional.empty(), bad))
                    .as(bad.toString())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("apiCallTimeout");
        }
    }
}
