package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpApiConfigTest {

    @Test
    void from_missingSettings_reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> HttpApiConfig.from(Map.of("BENCHCRM_SQL_MODE", "jdbc")::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BENCHCRM_JDBC_URL is not set")
                .hasMessageContaining("BENCHCRM_JWT_ISSUER is not set")
                .hasMessageContaining("BENCHCRM_JWKS_URL");
    }

    @Test
    void from_rdsDataMode_needsTheClusterSecretDatabaseAndRegion() {
        assertThatThrownBy(() -> HttpApiConfig.from(Map.of("BENCHCRM_JWT_ISSUER", "i", "BENCHCRM_JWKS_URL", "https://x/jwks")::get))
                .hasMessageContaining("BENCHCRM_DB_RESOURCE_ARN").hasMessageContaining("AWS_REGION");
    }

    @Test
    void from_badValues_areRefused() {
        assertThatThrownBy(() -> HttpApiConfig.from(Map.of("BENCHCRM_SQL_MODE", "oracle", "BENCHCRM_JWT_ISSUER", "i",
                "BENCHCRM_JWKS_URL", "ftp://x", "BENCHCRM_MAX_BODY_BYTES", "-3")::get))
                .hasMessageContaining("jdbc or rdsdata").hasMessageContaining("http(s)").hasMessageContaining("positive integer");
    }

    @Test
    void from_completeJdbcSettings_yieldsDefaults() {
        HttpApiConfig c = HttpApiConfig.from(Map.of("BENCHCRM_SQL_MODE", "JDBC", "BENCHCRM_JDBC_URL", "jdbc:postgresql://h/db",
                "BENCHCRM_JDBC_USER", "u", "BENCHCRM_JDBC_PASSWORD", "p", "BENCHCRM_JWT_ISSUER", "i",
                "BENCHCRM_JWKS_URL", "http://127.0.0.1:3000/.well-known/jwks.json")::get);
        assertThat(c.sql().mode()).isEqualTo(com.benchcrm.sql.SqlSettings.Mode.JDBC);
        assertThat(c.maxBodyBytes()).isEqualTo(1_048_576);
        assertThat(c.jwt().audience()).isEqualTo("benchcrm");
        assertThat(c.emfMetrics()).isTrue();
        assertThat(c.sql().jdbc().orElseThrow().toString()).doesNotContain("p]");
    }

    @Test
    void from_rateLimit_defaultOff_dynamodbNeedsATable_burstBelowRateRefused() {
        Map<String, String> base = Map.of("BENCHCRM_SQL_MODE", "JDBC", "BENCHCRM_JDBC_URL", "jdbc:postgresql://h/db",
                "BENCHCRM_JDBC_USER", "u", "BENCHCRM_JDBC_PASSWORD", "p", "BENCHCRM_JWT_ISSUER", "i",
                "BENCHCRM_JWKS_URL", "http://127.0.0.1:3000/.well-known/jwks.json");
        HttpApiConfig c = HttpApiConfig.from(base::get);
        assertThat(c.rateLimiting().mode()).isEqualTo(HttpApiConfig.RateLimitMode.OFF);
        assertThat(c.rateLimiting().limits().defaults()).isEqualTo(new com.benchcrm.ratelimit.RateLimit(50, 50));

        java.util.Map<String, String> env = new java.util.HashMap<>(base);
        env.putAll(Map.of("BENCHCRM_RATE_LIMIT", "dynamodb", "BENCHCRM_RATE_LIMIT_DEFAULT", "20", "BENCHCRM_RATE_LIMIT_BURST", "40",
                "BENCHCRM_RATE_LIMIT_TABLE", "benchcrm-dev-rate-limits"));
        HttpApiConfig d = HttpApiConfig.from(env::get);
        assertThat(d.rateLimiting().mode()).isEqualTo(HttpApiConfig.RateLimitMode.DYNAMODB);
        assertThat(d.rateLimiting().limits().defaults()).isEqualTo(new com.benchcrm.ratelimit.RateLimit(20, 40));
        assertThat(d.rateLimiting().table()).contains("benchcrm-dev-rate-limits");

        env.remove("BENCHCRM_RATE_LIMIT_TABLE");
        env.put("BENCHCRM_RATE_LIMIT_BURST", "5");
        assertThatThrownBy(() -> HttpApiConfig.from(env::get))
                .hasMessageContaining("needs BENCHCRM_RATE_LIMIT_TABLE").hasMessageContaining("burst (5) must be at least the rate (20)");
        env.put("BENCHCRM_RATE_LIMIT", "redis");
        assertThatThrownBy(() -> HttpApiConfig.from(env::get)).hasMessageContaining("off, memory or dynamodb");
    }

    @Test
    void create_rdsDataMode_buildsTheDataApiAdapter_andRefusesABadClusterArn() {
        java.util.Map<String, String> env = new java.util.HashMap<>(Map.of(
                "BENCHCRM_SQL_MODE", "rdsdata",
                "BENCHCRM_DB_RESOURCE_ARN", "arn:aws:rds:us-east-1:123456789012:cluster:benchcrm",
                "BENCHCRM_DB_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:benchcrm-app-AbCdEf",
                "BENCHCRM_DB_NAME", "benchcrm", "AWS_REGION", "us-east-1", "BENCHCRM_JWT_ISSUER", "https://issuer",
                "BENCHCRM_JWKS_URL", "https://issuer/.well-known/jwks.json",
                "BENCHCRM_TENANT_KEY_ALIAS_PREFIX", "alias/benchcrm-dev/tenant/"));
        HttpApiComponents components = HttpApiComponents.create(HttpApiConfig.from(env::get));
        assertThat(components.sql()).isInstanceOf(com.benchcrm.sql.rdsdata.RdsDataSqlPort.class);
        env.put("BENCHCRM_DB_RESOURCE_ARN", "arn:aws:rds:us-east-1:123456789012:db:instance-1");
        assertThatThrownBy(() -> HttpApiComponents.create(HttpApiConfig.from(env::get)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cluster ARN");
    }

    @Test
    void from_usersSettings_ttlIdentityAndUserClaim_validatedTogether() {
        Map<String, String> base = Map.of("BENCHCRM_SQL_MODE", "JDBC", "BENCHCRM_JDBC_URL", "jdbc:postgresql://h/db",
                "BENCHCRM_JDBC_USER", "u", "BENCHCRM_JDBC_PASSWORD", "p", "BENCHCRM_JWT_ISSUER", "i",
                "BENCHCRM_JWKS_URL", "http://127.0.0.1:3000/.well-known/jwks.json");
        HttpApiConfig c = HttpApiConfig.from(base::get);
        assertThat(c.userStatusTtl()).isEqualTo(java.time.Duration.ofSeconds(30));
        assertThat(c.identity().cognito()).isFalse();
        assertThat(c.jwt().userClaim()).isEqualTo("sub");

        java.util.Map<String, String> cognito = new java.util.HashMap<>(base);
        cognito.putAll(Map.of("BENCHCRM_IDENTITY", "cognito", "BENCHCRM_COGNITO_USER_POOL_ID", "us-east-1_X",
                "BENCHCRM_USER_STATUS_TTL", "PT10S", "BENCHCRM_JWT_USER_CLAIM", "user_id", "BENCHCRM_JWT_AUDIENCE", "benchcrm,client1"));
        HttpApiConfig d = HttpApiConfig.from(cognito::get);
        assertThat(d.identity().userPoolId()).contains("us-east-1_X");
        assertThat(d.userStatusTtl()).isEqualTo(java.time.Duration.ofSeconds(10));
        assertThat(d.jwt().userClaim()).isEqualTo("user_id");
        assertThat(d.jwt().audiences()).containsExactlyInAnyOrder("benchcrm", "client1");

        java.util.Map<String, String> bad = new java.util.HashMap<>(base);
        bad.putAll(Map.of("BENCHCRM_IDENTITY", "cognito", "BENCHCRM_USER_STATUS_TTL", "PT1H"));
        assertThatThrownBy(() -> HttpApiConfig.from(bad::get)).hasMessageContaining("BENCHCRM_COGNITO_USER_POOL_ID")
                .hasMessageContaining("BENCHCRM_USER_STATUS_TTL");
    }
}
