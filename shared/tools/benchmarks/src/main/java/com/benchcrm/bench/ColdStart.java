package com.benchcrm.bench;

import com.benchcrm.auth.jwt.LocalTokenIssuer;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.security.Role;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JVM launch to first handled invocation of the HTTP API function, from its Lambda artifact (the
 * shaded jar), with and without {@code -XX:TieredStopAtLevel=1}. Variants alternate run by run so
 * machine noise hits them alike. The invocation is an authenticated {@code GET /v1/consultants}
 * (token verification, a PostgreSQL query, JSON).
 */
public final class ColdStart {

    private static final Pattern LINE = Pattern.compile("FIRST_INVOCATION status=(\\d+) jvm_to_ready_ms=(\\d+) invoke_ms=(\\d+)");

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path work = root.resolve("shared/tools/benchmarks/target/bench");
        Files.createDirectories(work);
        Path shaded = root.resolve("functions/http-api/target/benchcrm-http-api-0.1.0-SNAPSHOT-aws.jar");
        if (!Files.exists(shaded)) {
            throw new IllegalStateException("build the Lambda artifact first: " + shaded);
        }
        String classpath = String.join(java.io.File.pathSeparator, shaded.toString(),
                root.resolve("shared/tools/benchmarks/target/benchcrm-benchmarks.jar").toString(),
                Files.list(root.resolve("shared/tools/benchmarks/target/lib"))
                        .filter(p -> p.getFileName().toString().startsWith("benchcrm-lambda-local")).findFirst().orElseThrow().toString());

        try (LocalPostgres pg = LocalPostgres.start(work.resolve("coldstart-postgres"), 0, true)) {
            LocalTokenIssuer issuer = LocalTokenIssuer.ephemeral("https://issuer.bench", Clock.systemUTC());
            TenantId tenant;
            try (JdbcSqlPort owner = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 1)) {
                tenant = tenants(owner).ensure(new TenantSlug("coldstart"), "Cold start");
            }
            String token = issuer.mint("benchcrm", tenant, "coldstart", "bench-user", List.of(Role.Recruiter), Duration.ofHours(1));
            String event = Files.readString(root.resolve("events/http-api/consultants-list.json")).replace("REPLACE_WITH_TOKEN", token);
            Path eventFile = work.resolve("coldstart-event.json");
            Files.writeString(eventFile, event);

            Map<String, String> env = new LinkedHashMap<>();
            env.put("BENCHCRM_SQL_MODE", "jdbc");
            env.put("BENCHCRM_JDBC_URL", pg.jdbcUrl());
            env.put("BENCHCRM_JDBC_USER", pg.roles().appRole());
            env.put("BENCHCRM_JDBC_PASSWORD", pg.roles().appPassword());
            env.put("BENCHCRM_JDBC_POOL_SIZE", "1");
            env.put("BENCHCRM_JWT_ISSUER", "https://issuer.bench");
            env.put("BENCHCRM_JWKS_JSON", issuer.publicJwksJson());
            env.put("BENCHCRM_METRICS", "off");

            Map<String, List<String>> variants = new LinkedHashMap<>();
            variants.put("default flags", List.of());
            variants.put("-XX:TieredStopAtLevel=1", List.of("-XX:TieredStopAtLevel=1"));
            variants.put("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC", List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
            Map<String, List<Long>> wall = new LinkedHashMap<>();
            Map<String, List<Long>> ready = new LinkedHashMap<>();
            Map<String, List<Long>> invoke = new LinkedHashMap<>();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            System.out.printf("Cold start: %s, %d runs per variant (alternating), load before: %s%n", java, runs, Stats.loadAverage());
            run(java, variants.values().iterator().next(), classpath, eventFile, env); // warm the OS page cache once
            for (int i = 0; i < runs; i++) {
                for (var v : variants.entrySet()) {
                    long[] r = run(java, v.getValue(), classpath, eventFile, env);
                    wall.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(r[0]);
                    ready.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(r[1]);
                    invoke.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(r[2]);
                }
            }
            System.out.println("JVM launch -> first handled invocation (wall clock, process spawn to response):");
            wall.forEach((k, v) -> System.out.printf("  %-42s %s%n", k, Stats.summary(v)));
            System.out.println("  of which: JVM start -> function ready (Spring context, pools):");
            ready.forEach((k, v) -> System.out.printf("  %-42s %s%n", k, Stats.summary(v)));
            System.out.println("  of which: first invocation itself:");
            invoke.forEach((k, v) -> System.out.printf("  %-42s %s%n", k, Stats.summary(v)));
            System.out.printf("Load after: %s%n", Stats.loadAverage());
        }
    }

    /** Returns wall ms, jvm-to-ready ms, invoke ms. */
    private static long[] run(String java, List<String> flags, String classpath, Path event, Map<String, String> env) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(flags);
        cmd.add("-Xshare:auto");
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(ColdStartProbe.class.getName());
        cmd.add(event.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null) {
                Matcher m = LINE.matcher(line);
                if (m.find()) {
                    long wallMs = (System.nanoTime() - t0) / 1_000_000;
                    if (!"200".equals(m.group(1))) {
                        throw new IllegalStateException("first invocation answered " + m.group(1));
                    }
                    p.waitFor();
                    return new long[] {wallMs, Long.parseLong(m.group(2)), Long.parseLong(m.group(3))};
                }
                if (seen.length() < 20_000) {
                    seen.append(line).append('\n');
                }
            }
            throw new IllegalStateException("the probe ended without an invocation:\n" + seen);
        } finally {
            p.destroyForcibly();
        }
    }

    /** The tenant directory over the schema owner's connection (only the owner may create tenants). */
    private static com.benchcrm.tenancy.TenantDirectory tenants(com.benchcrm.sql.SqlPort owner) {
        com.benchcrm.persistence.postgres.PostgresPersistence db = com.benchcrm.persistence.postgres.PostgresPersistence.over(owner);
        return new com.benchcrm.tenancy.TenantDirectory(db.transactions(), db.tenants());
    }
}
