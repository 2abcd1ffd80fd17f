package com.benchcrm.bench;

import com.benchcrm.auth.jwt.LocalTokenIssuer;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.security.Role;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
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
 * (token verification, a PostgreSQL query, JSON). The function runs in JDBC mode against a local
 * PostgreSQL, with the JDBC adapter, driver and pool after the artifact on the class path, as the
 * embedded stack supplies them (the artifact itself has only the RDS Data API adapter).
 */
public final class ColdStart {

    /** Jar name prefixes the embedded stack puts beside a function for JDBC mode. */
    private static final List<String> EMBEDDED_SQL = List.of("benchcrm-sql-jdbc-", "postgresql-", "HikariCP-");

    private static final Pattern LINE =
            Pattern.compile("FIRST_INVOCATION status=(\\d+) jvm_to_ready_ms=(\\d+) invoke_ms=(\\d+)");

    private ColdStart() {}

    /**
     * {@code ColdStart <root> [runs] [other root]}: with a second checkout root (e.g. a build of an
     * earlier commit), both artifacts are measured in the same session, run by run alternating, so
     * machine noise hits them alike.
     */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> roots = new ArrayList<>(List.of(root));
        if (args.length > 2) {
            roots.add(Path.of(args[2]).toAbsolutePath().normalize());
        }
        Path work = root.resolve("shared/tools/benchmarks/target/bench");
        Files.createDirectories(work);
        Map<Path, String> classpaths = new LinkedHashMap<>();
        for (Path r : roots) {
            classpaths.put(r, classpath(r));
        }

        try (LocalPostgres pg = LocalPostgres.start(work.resolve("coldstart-postgres"), 0, true)) {
            LocalTokenIssuer issuer = LocalTokenIssuer.ephemeral("https://issuer.bench", Clock.systemUTC());
            TenantId tenant;
            try (JdbcSqlPort owner = JdbcSqlPort.connect(
                    pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 1)) {
                tenant = tenants(owner).ensure(new TenantSlug("coldstart"), "Cold start");
            }
            String token = issuer.mint(
                    "benchcrm", tenant, "coldstart", "bench-user", List.of(Role.Recruiter), Duration.ofHours(1));
            String event = Files.readString(root.resolve("events/http-api/consultants-list.json"))
                    .replace("REPLACE_WITH_TOKEN", token);
            Path eventFile = work.resolve("coldstart-event.json");
            Files.writeString(eventFile, event);

            Map<String, String> env = pg.appEnvironment(1);
            env.put("BENCHCRM_JWT_ISSUER", "https://issuer.bench");
            env.put("BENCHCRM_JWKS_JSON", issuer.publicJwksJson());
            env.put("BENCHCRM_METRICS", "off");

            Map<String, List<String>> flagSets = new LinkedHashMap<>();
            flagSets.put("default flags", List.of());
            flagSets.put("-XX:TieredStopAtLevel=1", List.of("-XX:TieredStopAtLevel=1"));
            flagSets.put(
                    "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC", List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
            record Variant(String classpath, List<String> flags) {}
            Map<String, Variant> variants = new LinkedHashMap<>();
            flagSets.forEach((name, flags) -> classpaths.forEach(
                    (r, cp) -> variants.put(roots.size() > 1 ? r + ": " + name : name, new Variant(cp, flags))));
            Map<String, List<Long>> wall = new LinkedHashMap<>();
            Map<String, List<Long>> ready = new LinkedHashMap<>();
            Map<String, List<Long>> invoke = new LinkedHashMap<>();
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            System.out.printf(
                    "Cold start: %s, %d runs per variant (alternating), load before: %s%n",
                    java, runs, Stats.loadAverage());
            for (String cp : classpaths.values()) {
                run(java, List.of(), cp, eventFile, env); // warm the OS page cache once per artifact
            }
            for (int i = 0; i < runs; i++) {
                for (var v : variants.entrySet()) {
                    long[] r = run(java, v.getValue().flags(), v.getValue().classpath(), eventFile, env);
                    wall.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(r[0]);
                    ready.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(r[1]);
                    invoke.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(r[2]);
                }
            }
            int width =
                    variants.keySet().stream().mapToInt(String::length).max().orElse(42);
            String row = "  %-" + width + "s %s%n";
            System.out.println("JVM launch -> first handled invocation (wall clock, process spawn to response):");
            wall.forEach((k, v) -> System.out.printf(row, k, Stats.summary(v)));
            System.out.println("  of which: JVM start -> function ready (Spring context, pools):");
            ready.forEach((k, v) -> System.out.printf(row, k, Stats.summary(v)));
            System.out.println("  of which: first invocation itself:");
            invoke.forEach((k, v) -> System.out.printf(row, k, Stats.summary(v)));
            System.out.printf("Load after: %s%n", Stats.loadAverage());
        }
    }

    /**
     * The artifact of {@code root}'s HTTP API function, then what the embedded stack adds for
     * BENCHCRM_SQL_MODE=jdbc (the JDBC adapter, the driver and the pool: not in a Lambda jar, ADR 0045),
     * then the probe.
     */
    private static String classpath(Path root) throws java.io.IOException {
        Path shaded = root.resolve("functions/http-api/target/benchcrm-http-api-0.1.0-SNAPSHOT-aws.jar");
        if (!Files.exists(shaded)) {
            throw new IllegalStateException("build the Lambda artifact first: " + shaded);
        }
        List<String> entries = new ArrayList<>();
        entries.add(shaded.toString());
        Path lib = root.resolve("shared/tools/benchmarks/target/lib");
        try (var jars = Files.list(lib)) {
            jars.map(Path::toString)
                    .filter(p -> EMBEDDED_SQL.stream()
                            .anyMatch(j -> Path.of(p).getFileName().toString().startsWith(j)))
                    .sorted()
                    .forEach(entries::add);
        }
        entries.add(root.resolve("shared/tools/benchmarks/target/benchcrm-benchmarks.jar")
                .toString());
        try (var jars = Files.list(lib)) {
            entries.add(jars.filter(p -> p.getFileName().toString().startsWith("benchcrm-lambda-local"))
                    .findFirst()
                    .orElseThrow()
                    .toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** Returns wall ms, jvm-to-ready ms, invoke ms. */
    private static long[] run(String java, List<String> flags, String classpath, Path event, Map<String, String> env)
            throws Exception {
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
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
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
        com.benchcrm.persistence.postgres.PostgresPersistence db =
                com.benchcrm.persistence.postgres.PostgresPersistence.over(owner);
        return new com.benchcrm.tenancy.TenantDirectory(db.transactions(), db.tenants());
    }
}
