package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.auth.jwt.JwtTokenVerifier;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.local.postgres.TestDatabase;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SnapStart priming hook drives real requests through the whole pipeline. */
class HttpApiPrimingIT {

    @Test
    void prime_runsHealthAuthParseAndRoutingPaths() throws Exception {
        LocalPostgres pg = TestDatabase.get();
        Map<String, String> env = new HashMap<>(Map.of(
                "BENCHCRM_SQL_MODE",
                "jdbc",
                "BENCHCRM_JDBC_URL",
                pg.jdbcUrl(),
                "BENCHCRM_JDBC_USER",
                pg.roles().appRole(),
                "BENCHCRM_JDBC_PASSWORD",
                pg.roles().appPassword(),
                "BENCHCRM_JWT_ISSUER",
                "https://issuer.test",
                "BENCHCRM_JWKS_JSON",
                com.benchcrm.auth.jwt.LocalTokenIssuer.ephemeral("x", java.time.Clock.systemUTC())
                        .publicJwksJson(),
                "BENCHCRM_METRICS",
                "off"));
        HttpApiConfig config = HttpApiConfig.from(env::get);
        try (JdbcSqlPort sql = JdbcSqlPort.connect(
                pg.jdbcUrl(), pg.roles().appRole(), pg.roles().appPassword(), 1)) {
            HttpApiComponents components = HttpApiComponents.create(config, sql, JwtTokenVerifier.create(config.jwt()));
            assertThat(new HttpApiPriming(components.api()).prime()).containsExactly(200, 401, 401, 404);
        }
    }
}
