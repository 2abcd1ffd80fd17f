package com.benchcrm.bench;

import com.benchcrm.auth.jwt.JwtTokenVerifier;
import com.benchcrm.auth.jwt.LocalTokenIssuer;
import com.benchcrm.function.httpapi.HttpApiApplication;
import com.benchcrm.function.httpapi.HttpApiComponents;
import com.benchcrm.function.httpapi.HttpApiConfig;
import com.benchcrm.function.httpapi.http.HttpApi;
import com.benchcrm.function.httpapi.http.HttpRequest;
import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.local.lambda.ApiGatewayV2Events;
import com.benchcrm.local.lambda.FunctionHost;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.security.Role;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where one request's time goes, single-threaded, on a real PostgreSQL: the pipeline alone
 * ({@code HttpApi.handle}: token, routing, SQL, JSON), the same request as a Lambda invocation
 * ({@code FunctionInvoker} with payload 2.0 event bytes), and that plus the edge's event building
 * and response parsing (what API Gateway does). Run: {@code shared/tools/benchmarks/run jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PipelineBenchmark {

    @Param({"list20", "get"})
    public String request;

    LocalPostgres pg;
    HttpApi api;
    FunctionHost host;
    HttpRequest httpRequest;
    byte[] event;
    String rawPath;
    String rawQuery;
    Map<String, List<String>> headers;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        pg = LocalPostgres.start(
                Path.of("shared/tools/benchmarks/target/bench/jmh-postgres").toAbsolutePath(), 0, true);
        LocalTokenIssuer issuer = LocalTokenIssuer.ephemeral("https://issuer.bench", Clock.systemUTC());
        TenantId tenant;
        try (JdbcSqlPort owner = JdbcSqlPort.connect(
                pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 1)) {
            tenant = tenants(owner).ensure(new TenantSlug("jmh"), "jmh");
        }
        String token = issuer.mint("benchcrm", tenant, "jmh", "bench", List.of(Role.Admin), Duration.ofHours(2));
        Map<String, String> env = new HashMap<>(Map.of(
                "BENCHCRM_SQL_MODE",
                "jdbc",
                "BENCHCRM_JDBC_URL",
                pg.jdbcUrl(),
                "BENCHCRM_JDBC_USER",
                pg.roles().appRole(),
                "BENCHCRM_JDBC_PASSWORD",
                pg.roles().appPassword(),
                "BENCHCRM_JDBC_POOL_SIZE",
                "2",
                "BENCHCRM_JWT_ISSUER",
                "https://issuer.bench",
                "BENCHCRM_JWKS_JSON",
                issuer.publicJwksJson(),
                "BENCHCRM_METRICS",
                "off"));
        HttpApiConfig config = HttpApiConfig.from(env::get);
        api = HttpApiComponents.create(
                        config,
                        JdbcSqlPort.connect(
                                pg.jdbcUrl(), pg.roles().appRole(), pg.roles().appPassword(), 2),
                        JwtTokenVerifier.create(config.jwt()))
                .api();
        host = FunctionHost.start(HttpApiApplication.class.getName(), HttpApiApplication.FUNCTION_NAME, "bench", env);
        Map<String, String> auth = Map.of("authorization", "Bearer " + token);
        String lastId = null;
        for (int i = 0; i < 200; i++) {
            String body = "{\"externalId\":\"jmh-" + i + "\",\"fullName\":\"Bench Person " + i
                    + "\",\"title\":\"Java Developer\","
                    + "\"summary\":\"Java and Spring Boot engineer with AWS, Kafka and SQL experience across banking and retail.\","
                    + "\"location\":{\"city\":\"Austin\",\"state\":\"TX\",\"country\":\"US\"},\"workAuthorization\":\"H1B\","
                    + "\"yearsExperience\":9,\"skills\":[{\"name\":\"Java\",\"years\":9},{\"name\":\"Spring Boot\"},{\"name\":\"AWS\"},"
                    + "{\"name\":\"Kafka\"},{\"name\":\"SQL\"}],\"availability\":{\"status\":\"AVAILABLE\"},"
                    + "\"rate\":{\"amount\":70,\"currency\":\"USD\",\"unit\":\"HOUR\",\"employmentType\":\"C2C\"}}";
            Map<String, String> h = new HashMap<>(auth);
            h.put("content-type", "application/json");
            HttpResponse r = api.handle(new HttpRequest(
                    "POST", "/v1/consultants", Map.of(), Map.of(), h, body.getBytes(StandardCharsets.UTF_8), "seed"));
            lastId = r.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        }
        rawPath = "list20".equals(request) ? "/v1/consultants" : "/v1/consultants/" + lastId;
        rawQuery = "list20".equals(request) ? "limit=20" : "";
        Map<String, String> query = "list20".equals(request) ? Map.of("limit", "20") : Map.of();
        httpRequest = new HttpRequest("GET", rawPath, Map.of(), query, auth, new byte[0], "bench");
        headers = Map.of("authorization", List.of("Bearer " + token), "accept", List.of("application/json"));
        event = ApiGatewayV2Events.request(
                "GET", rawPath, rawQuery, headers, new byte[0], "127.0.0.1", "127.0.0.1:3000");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pg.close();
    }

    /** Token (cached), routing, one SQL transaction, JSON: the function's own work. */
    @Benchmark
    public HttpResponse pipeline() {
        return api.handle(httpRequest);
    }

    /** The same as a Lambda invocation: event bytes through Spring Cloud Function's FunctionInvoker. */
    @Benchmark
    public byte[] functionInvoker() {
        return host.invoke(event);
    }

    /** Plus the local API Gateway's share: building the event and reading the function's response. */
    @Benchmark
    public ApiGatewayV2Events.Response edgeTranslation() {
        byte[] e = ApiGatewayV2Events.request(
                "GET", rawPath, rawQuery, headers, new byte[0], "127.0.0.1", "127.0.0.1:3000");
        return ApiGatewayV2Events.response(host.invoke(e));
    }

    /** The tenant directory over the schema owner's connection (only the owner may create tenants). */
    private static com.benchcrm.tenancy.TenantDirectory tenants(com.benchcrm.sql.SqlPort owner) {
        com.benchcrm.persistence.postgres.PostgresPersistence db =
                com.benchcrm.persistence.postgres.PostgresPersistence.over(owner);
        return new com.benchcrm.tenancy.TenantDirectory(db.transactions(), db.tenants());
    }
}
