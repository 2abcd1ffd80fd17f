package com.benchcrm.bench.pipeline;

import com.benchcrm.auth.jwt.LocalTokenIssuer;
import com.benchcrm.bench.Stats;
import com.benchcrm.function.httpapi.HttpApiApplication;
import com.benchcrm.local.lambda.ApiGatewayV2Events;
import com.benchcrm.local.lambda.FunctionHost;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.security.Role;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * {@code shared/tools/benchmarks/run kpis [submissions=100000] [requests=300] [clients=20] [writes=2000]}: issue 12's targets,
 * through the HTTP API function as Lambda runs it (payload 2.0 events into {@code FunctionInvoker}, a real JWT, real PostgreSQL
 * with fsync on). Numbers only, nothing asserted.
 *
 * <ol>
 *   <li>Data: two tenants with {@code submissions} submissions each (the measured one and another, so row-level security has
 *       something to filter), spread over the last 365 days: 20,000 requirements from 40 clients through 20 vendors, 5,000
 *       consultants, stage times drawn per submission (60 % passed to the client, 40 % of those interviewed, 35 % of those
 *       offered, 70 % of those placed, the rest rejected or open) and a placement for each placed one; generated in SQL
 *       ({@code generate_series}, {@code setseed}) as the application role with the tenant set, then ANALYZE.</li>
 *   <li>{@code GET /v1/analytics/kpis}: the last 90 days, the last 365 days, and 90 days split by vendor; sequential after a
 *       warm-up; p50/p95/p99 and the statements' share.</li>
 *   <li>Writes under {@code clients} concurrent clients: {@code POST /v1/submissions} with {@code submit: true} (RTR check,
 *       duplicate guard over the consultant's window, margin, audit, outbox: one transaction) for {@code writes} fresh
 *       consultant/requirement pairs with an RTR each, then {@code POST .../transitions} to CLIENT_SUBMITTED for each.</li>
 * </ol>
 */
public final class KpisBenchmark {

    private static final String ISSUER = "https://issuer.bench";
    private static final int CONSULTANTS = 5_000;
    private static final int REQUIREMENTS = 20_000;
    private static final int CLIENTS = 40;
    private static final int VENDORS = 20;
    private static final int CHUNK = 10_000;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int submissions = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int writes = args.length > 4 ? Integer.parseInt(args[4]) : 2_000;
        System.out.printf(
                "kpis benchmark: %,d submissions in each of 2 tenants, %d sequential KPI requests per query, %d clients x %,d "
                        + "writes; %d cores, java %s, load before: %s%n",
                submissions,
                requests,
                clients,
                writes,
                Runtime.getRuntime().availableProcessors(),
                Runtime.version(),
                Stats.loadAverage());
        Path work = root.resolve("shared/tools/benchmarks/target/bench/kpis");
        Files.createDirectories(work);
        Path pgHome = work.resolve("postgres");
        Stats.deleteTree(pgHome.resolve("data"));
        long p0 = System.nanoTime();
        LocalPostgres pg = LocalPostgres.start(pgHome, 0, false, true);
        System.out.printf(
                Locale.US, "postgres: initdb + Flyway migrations %.1f s (fsync on)%n", (System.nanoTime() - p0) / 1e9);
        JdbcSqlPort owner = JdbcSqlPort.connect(
                pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 2);
        JdbcSqlPort app = JdbcSqlPort.connect(
                pg.jdbcUrl(), pg.roles().appRole(), pg.roles().appPassword(), 2);
        var ownerDb = com.benchcrm.persistence.postgres.PostgresPersistence.over(owner);
        TenantDirectory directory = new TenantDirectory(ownerDb.transactions(), ownerDb.tenants());
        TenantId measured = directory.ensure(new TenantSlug("kpis"), "kpis");
        TenantId other = directory.ensure(new TenantSlug("kpis-other"), "kpis-other");

        long g0 = System.nanoTime();
        for (TenantId t : List.of(measured, other)) {
            generate(app, t, submissions, t.equals(measured) ? 0.42 : 0.17);
        }
        // what autovacuum does on its own in a while: statistics, and the visibility map that index-only scans need
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword())) {
            c.setAutoCommit(true); // VACUUM runs outside a transaction
            c.createStatement().execute("vacuum analyze");
        }
        System.out.printf(
                Locale.US,
                "data: %,d submissions, %,d requirements, %,d consultants per tenant, generated in SQL + ANALYZE in %.1f s;"
                        + " database %s%n",
                submissions,
                REQUIREMENTS,
                CONSULTANTS,
                (System.nanoTime() - g0) / 1e9,
                owner.withoutTenant(s -> s.queryOne(
                                "select pg_size_pretty(pg_database_size(current_database())) as size", SqlParams.none())
                        .orElseThrow()
                        .string("size")));
        app.inTenant(measured, s -> {
            var row = s.query("""
                    select count(*) as n, count(interviewing_at) as interviewing, count(offered_at) as offered, count(placed_at) as placed,
                           count(*) filter (where submitted_at >= now() - interval '90 days') as last90
                    from submission where tenant_id = :t""", SqlParams.of("t", measured.value())).get(0);
            System.out.printf(
                    "  measured tenant: %,d submissions (%,d in the last 90 days), %,d interviewing, %,d offered, %,d placed%n",
                    row.longValue("n"),
                    row.longValue("last90"),
                    row.longValue("interviewing"),
                    row.longValue("offered"),
                    row.longValue("placed"));
            return null;
        });

        Clock clock = Clock.systemUTC();
        LocalTokenIssuer issuer = LocalTokenIssuer.ephemeral(ISSUER, clock);
        long h0 = System.nanoTime();
        FunctionHost host = FunctionHost.start(
                HttpApiApplication.class.getName(),
                HttpApiApplication.FUNCTION_NAME,
                "benchcrm-http-api",
                Map.ofEntries(
                        Map.entry("BENCHCRM_SQL_MODE", "jdbc"),
                        Map.entry("BENCHCRM_JDBC_URL", pg.jdbcUrl()),
                        Map.entry("BENCHCRM_JDBC_USER", pg.roles().appRole()),
                        Map.entry("BENCHCRM_JDBC_PASSWORD", pg.roles().appPassword()),
                        Map.entry("BENCHCRM_JDBC_POOL_SIZE", "8"),
                        Map.entry("BENCHCRM_JWT_ISSUER", ISSUER),
                        Map.entry("BENCHCRM_JWKS_JSON", issuer.publicJwksJson()),
                        Map.entry("BENCHCRM_METRICS", "off")));
        System.out.printf(Locale.US, "function started in %.1f s%n", (System.nanoTime() - h0) / 1e9);
        String token =
                issuer.mint("benchcrm", measured, "kpis", "recruiter@kpis", List.of(Role.Admin), Duration.ofHours(4));
        Map<String, List<String>> headers = Map.of(
                "authorization",
                List.of("Bearer " + token),
                "accept",
                List.of("application/json"),
                "content-type",
                List.of("application/json"));

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String[]> queries = List.of(
                new String[] {"last 90 days", "from=" + today.minusDays(89) + "&to=" + today},
                new String[] {"last 365 days", "from=" + today.minusDays(364) + "&to=" + today},
                new String[] {
                    "90 days, groupBy=vendor", "from=" + today.minusDays(89) + "&to=" + today + "&groupBy=vendor"
                });
        for (String[] q : queries) {
            for (int i = 0; i < 30; i++) {
                kpis(host, headers, q[1]);
            }
        }
        System.out.printf(
                "%nGET /v1/analytics/kpis, FunctionInvoker, sequential (after 30 warm-up requests each); load now %s%n",
                Stats.loadAverage());
        System.out.printf(
                "  %-26s | %-10s %-10s %-10s %-10s | submitted in window%n",
                "query", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (String[] q : queries) {
            Histogram h = new Histogram(3);
            String last = "";
            for (int i = 0; i < requests; i++) {
                long t0 = System.nanoTime();
                last = kpis(host, headers, q[1]);
                h.recordValue((System.nanoTime() - t0) / 1000);
            }
            String submitted = last.replaceAll("(?s).*?\"funnel\":\\{\"submitted\":(\\d+).*", "$1");
            System.out.printf(
                    Locale.US,
                    "  %-26s | %-10.2f %-10.2f %-10.2f %-10.2f | %s%n",
                    q[0],
                    ms(h, 50),
                    ms(h, 95),
                    ms(h, 99),
                    h.getMaxValue() / 1000.0,
                    submitted);
        }

        // ---- writes: fresh pairs with an RTR each, then create+submit and a transition under concurrent clients
        List<String[]> pairs = freshPairs(app, measured, writes);
        Histogram create = new ConcurrentHistogram(3);
        Histogram move = new ConcurrentHistogram(3);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        List<String> created = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long w0 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < pairs.size(); i = next.getAndIncrement()) {
                    String[] p = pairs.get(i);
                    String body = "{\"consultantId\":\"" + p[0] + "\",\"requirementId\":\"" + p[1]
                            + "\",\"vendorCompanyId\":\"" + p[2]
                            + "\",\"billRate\":{\"amount\":85,\"currency\":\"USD\",\"unit\":\"HOUR\"},\"payRate\":{\"amount\":68,\"currency\":"
                            + "\"USD\",\"unit\":\"HOUR\",\"employmentType\":\"C2C\"},\"submit\":true}";
                    long t0 = System.nanoTime();
                    ApiGatewayV2Events.Response r = post(host, headers, "/v1/submissions", body);
                    create.recordValue((System.nanoTime() - t0) / 1000);
                    if (r.status() != 201) {
                        failures.incrementAndGet();
                        continue;
                    }
                    created.add(new String(r.body(), StandardCharsets.UTF_8)
                            .replaceAll("(?s)^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1"));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double createSeconds = (System.nanoTime() - w0) / 1e9;
        next.set(0);
        done.clear();
        long m0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < created.size(); i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    ApiGatewayV2Events.Response r = post(
                            host,
                            headers,
                            "/v1/submissions/" + created.get(i) + "/transitions",
                            "{\"to\":\"CLIENT_SUBMITTED\"}");
                    move.recordValue((System.nanoTime() - t0) / 1000);
                    if (r.status() != 200) {
                        failures.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double moveSeconds = (System.nanoTime() - m0) / 1e9;
        pool.shutdown();
        System.out.printf(
                Locale.US,
                "%nwrites, %d concurrent clients (function pool 8 connections); load now %s%n",
                clients,
                Stats.loadAverage());
        System.out.printf(
                Locale.US,
                "  POST /v1/submissions (submit: true)      n=%,d  %.0f/s  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms%n",
                create.getTotalCount(),
                create.getTotalCount() / createSeconds,
                ms(create, 50),
                ms(create, 95),
                ms(create, 99));
        System.out.printf(
                Locale.US,
                "  POST /v1/submissions/{id}/transitions    n=%,d  %.0f/s  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms%n",
                move.getTotalCount(),
                move.getTotalCount() / moveSeconds,
                ms(move, 50),
                ms(move, 95),
                ms(move, 99));
        System.out.printf("  failed requests: %d%n", failures.get());

        pg.close();
    }

    /** A tenant's pipeline, generated in SQL from a seed: vendors, clients' requirements, consultants, submissions, placements. */
    static void generate(JdbcSqlPort app, TenantId t, int submissions, double seed) {
        SqlParams p = SqlParams.of("t", t.value())
                .and("n", submissions)
                .and("c", CONSULTANTS)
                .and("r", REQUIREMENTS)
                .and("v", VENDORS)
                .and("k", CLIENTS)
                .and("seed", seed);
        app.inTenant(t, s -> {
            s.query("select setseed(:seed) as ok", p);
            s.update("""
                    insert into company (tenant_id, id, name, normalized_name, kinds)
                    select :t, gen_random_uuid(), 'Vendor ' || g, 'vendor ' || g, '{VENDOR}' from generate_series(1, :v) g""", p);
            s.update("""
                    insert into consultant (tenant_id, id, full_name, title, availability_status, created_at, updated_at)
                    select :t, gen_random_uuid(), 'Consultant ' || g, 'Engineer', 'AVAILABLE',
                           now() - interval '400 days' + random() * interval '380 days', now()
                    from generate_series(1, :c) g""", p);
            s.update("""
                    with v as (select id, row_number() over (order by id) as i from company where tenant_id = :t)
                    insert into requirement (tenant_id, id, title, status, client_name, vendor_company_id, created_at, updated_at)
                    select :t, gen_random_uuid(), 'Role ' || x.g, 'OPEN', 'Client ' || (x.g % :k), v.id, x.at, x.at
                    from (select g, now() - random() * interval '365 days' as at from generate_series(1, :r) g) x
                    join v on v.i = 1 + (x.g % :v)""", p);
            return null;
        });
        // submissions in chunks (one transaction each, under the port's statement timeout), then their placements
        for (int lo = 0; lo < submissions; lo += CHUNK) {
            SqlParams q = p.and("lo", lo)
                    .and("hi", Math.min(submissions, lo + CHUNK))
                    .and("seed", ((seed * 1000 + lo / (double) CHUNK) % 100) / 100.0);
            app.inTenant(t, s -> {
                s.query("select setseed(:seed) as ok", q);
                s.update("""
                    with c as (select id, row_number() over (order by id) - 1 as i from consultant where tenant_id = :t),
                         r as (select id, vendor_company_id, created_at, row_number() over (order by id) - 1 as i from requirement where tenant_id = :t),
                         draw as (
                           select g, r.id as requirement_id, r.vendor_company_id, c.id as consultant_id,
                                  least(now() - interval '1 minute', r.created_at + (1 + random() * 71) * interval '1 hour') as sent,
                                  random() as u1, random() as u2, random() as u3, random() as u4
                           from generate_series(:lo, :hi - 1) g
                           join r on r.i = g % :r
                           join c on c.i = (g / :r) % :c
                         )
                    insert into submission (tenant_id, id, consultant_id, requirement_id, vendor_company_id, status, bill_amount, bill_currency,
                        bill_unit, pay_amount, pay_currency, pay_unit, employment_type, margin_hourly, margin_percent, created_by, submitted_at,
                        client_submitted_at, interviewing_at, offered_at, placed_at, closed_at, status_changed_at, version, created_at, updated_at)
                    select :t, gen_random_uuid(), consultant_id, requirement_id, vendor_company_id,
                           case when u1 >= 0.6 then (case when u1 < 0.95 then 'REJECTED' else 'SUBMITTED' end)
                                when u2 >= 0.4 then (case when u2 < 0.9 then 'REJECTED' else 'CLIENT_SUBMITTED' end)
                                when u3 >= 0.35 then (case when u3 < 0.9 then 'REJECTED' else 'INTERVIEWING' end)
                                when u4 >= 0.7 then 'REJECTED' else 'PLACED' end,
                           85, 'USD', 'HOUR', 68, 'USD', 'HOUR', 'C2C', 17, 20, 'recruiter-' || (g % 12), sent,
                           case when u1 < 0.6 then sent + interval '20 hours' end,
                           case when u1 < 0.6 and u2 < 0.4 then sent + interval '4 days' end,
                           case when u1 < 0.6 and u2 < 0.4 and u3 < 0.35 then sent + interval '12 days' end,
                           case when u1 < 0.6 and u2 < 0.4 and u3 < 0.35 and u4 < 0.7 then sent + interval '16 days' end,
                           case when (u1 >= 0.6 and u1 < 0.95) or (u1 < 0.6 and u2 >= 0.4 and u2 < 0.9)
                                  or (u1 < 0.6 and u2 < 0.4 and u3 >= 0.35 and u3 < 0.9) or (u1 < 0.6 and u2 < 0.4 and u3 < 0.35 and u4 >= 0.7)
                                then sent + interval '6 days' end,
                           sent, 2, sent, sent
                    from draw""", q);
                return null;
            });
        }
        app.inTenant(t, s -> {
            s.update("""
                    insert into placement (tenant_id, id, submission_id, consultant_id, requirement_id, start_date, end_date, bill_amount,
                        bill_currency, bill_unit, pay_amount, pay_currency, pay_unit, employment_type, bill_hourly, cost_hourly, margin_hourly,
                        margin_percent, created_by, created_at)
                    select :t, gen_random_uuid(), id, consultant_id, requirement_id, (placed_at + interval '14 days')::date,
                           (placed_at + interval '200 days')::date, 85, 'USD', 'HOUR', 68, 'USD', 'HOUR', 'C2C', 85, 68, 17, 20, created_by, placed_at
                    from submission where tenant_id = :t and placed_at is not null""", p);
            return null;
        });
    }

    /** Consultants and requirements with no history, one RTR per pair, through the first vendor. */
    static List<String[]> freshPairs(JdbcSqlPort app, TenantId t, int count) {
        SqlParams p = SqlParams.of("t", t.value()).and("n", count);
        return app.inTenant(t, s -> {
            s.update("""
                    insert into consultant (tenant_id, id, full_name, title, availability_status, created_at, updated_at)
                    select :t, gen_random_uuid(), 'Fresh ' || g, 'Engineer', 'AVAILABLE', now(), now() from generate_series(1, :n) g""", p);
            s.update("""
                    insert into requirement (tenant_id, id, title, status, client_name, created_at, updated_at)
                    select :t, gen_random_uuid(), 'Fresh role ' || g, 'OPEN', 'Fresh client ' || g, now(), now() from generate_series(1, :n) g""", p);
            List<String[]> out = new ArrayList<>();
            for (var r : s.query("""
                    with c as (select id, row_number() over (order by id) as i from consultant where tenant_id = :t and full_name like 'Fresh %'),
                         q as (select id, row_number() over (order by id) as i from requirement where tenant_id = :t and title like 'Fresh role %'),
                         v as (select id from company where tenant_id = :t order by name limit 1)
                    select c.id as consultant_id, q.id as requirement_id, v.id as vendor_id from c join q on q.i = c.i cross join v""", p)) {
                out.add(new String[] {
                    r.uuid("consultant_id").toString(),
                    r.uuid("requirement_id").toString(),
                    r.uuid("vendor_id").toString()
                });
            }
            s.update("""
                    insert into rtr (tenant_id, id, consultant_id, requirement_id, vendor_company_id, consented_at, expires_at, rate_amount,
                        rate_currency, rate_unit, document_text, document_sha256, created_by, created_at)
                    select :t, gen_random_uuid(), c.id, q.id, v.id, now() - interval '1 hour', now() + interval '30 days', 85, 'USD', 'HOUR',
                           'I consent.', repeat('0', 64), 'bench', now()
                    from (select id, row_number() over (order by id) as i from consultant where tenant_id = :t and full_name like 'Fresh %') c
                    join (select id, row_number() over (order by id) as i from requirement where tenant_id = :t and title like 'Fresh role %') q
                      on q.i = c.i
                    cross join (select id from company where tenant_id = :t order by name limit 1) v""", p);
            return out;
        });
    }

    private static String kpis(FunctionHost host, Map<String, List<String>> headers, String query) {
        ApiGatewayV2Events.Response res = ApiGatewayV2Events.response(host.invoke(ApiGatewayV2Events.request(
                "GET", "/v1/analytics/kpis", query, headers, new byte[0], "127.0.0.1", "127.0.0.1:3000")));
        String body = new String(res.body(), StandardCharsets.UTF_8);
        if (res.status() != 200) {
            throw new IllegalStateException("kpis answered " + res.status() + ": " + body);
        }
        return body;
    }

    private static ApiGatewayV2Events.Response post(
            FunctionHost host, Map<String, List<String>> headers, String path, String body) {
        return ApiGatewayV2Events.response(host.invoke(ApiGatewayV2Events.request(
                "POST", path, "", headers, body.getBytes(StandardCharsets.UTF_8), "127.0.0.1", "127.0.0.1:3000")));
    }

    private static double ms(Histogram h, double p) {
        return h.getValueAtPercentile(p) / 1000.0;
    }
}
