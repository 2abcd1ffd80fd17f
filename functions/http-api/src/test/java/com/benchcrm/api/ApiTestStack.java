package com.benchcrm.api;

import com.benchcrm.auth.jwt.LocalTokenIssuer;
import com.benchcrm.lambdalocal.FunctionHost;
import com.benchcrm.localdb.LocalPostgres;
import com.benchcrm.localdb.TestDatabase;
import com.benchcrm.security.Role;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The HTTP API function as Lambda runs it (Spring Cloud Function's {@code FunctionInvoker}, raw
 * event JSON in and out), on a real PostgreSQL, with tokens from a test issuer. One per test JVM.
 */
public final class ApiTestStack {

    public static final String ISSUER = "https://issuer.benchcrm.test";

    private static ApiTestStack instance;

    private final LocalPostgres pg;
    private final LocalTokenIssuer issuer;
    private final FunctionHost host;
    private final JdbcSqlPort owner;

    private ApiTestStack() {
        pg = TestDatabase.get();
        issuer = LocalTokenIssuer.ephemeral(ISSUER, Clock.systemUTC());
        host = FunctionHost.start(HttpApiApplication.class.getName(), HttpApiApplication.FUNCTION_NAME, "http-api", Map.of(
                "BENCHCRM_SQL_MODE", "jdbc",
                "BENCHCRM_JDBC_URL", pg.jdbcUrl(),
                "BENCHCRM_JDBC_USER", pg.roles().appRole(),
                "BENCHCRM_JDBC_PASSWORD", pg.roles().appPassword(),
                "BENCHCRM_JDBC_POOL_SIZE", "4",
                "BENCHCRM_JWT_ISSUER", ISSUER,
                "BENCHCRM_JWKS_JSON", issuer.publicJwksJson(),
                "BENCHCRM_METRICS", "off"));
        owner = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 1);
    }

    public static synchronized ApiTestStack get() {
        if (instance == null) {
            instance = new ApiTestStack();
        }
        return instance;
    }

    public ApiResponse invoke(ApiEvent event) {
        return ApiResponse.parse(host.invoke(event.bytes()));
    }

    /** A fresh tenant, so tests never see each other's rows. */
    public TestTenant newTenant(String prefix) {
        String slug = prefix + "-" + Long.toString(System.nanoTime(), 36);
        TenantId id = new TenantDirectory(owner).ensure(new TenantSlug(slug), prefix);
        return new TestTenant(id, slug);
    }

    public String token(TestTenant tenant, Role... roles) {
        return token(tenant, "user-" + UUID.randomUUID(), roles);
    }

    public String token(TestTenant tenant, String subject, Role... roles) {
        return issuer.mint("benchcrm", tenant.id(), tenant.slug(), subject, List.of(roles), Duration.ofMinutes(10));
    }

    public LocalTokenIssuer issuer() {
        return issuer;
    }

    public JdbcSqlPort ownerSql() {
        return owner;
    }

    /** A tenant created for one test. */
    public record TestTenant(TenantId id, String slug) {
    }
}
