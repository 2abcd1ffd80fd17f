package com.benchcrm.bench.match;

import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.function.httpapi.HttpApiApplication;
import com.benchcrm.audit.AuditLog;
import com.benchcrm.auth.jwt.LocalTokenIssuer;
import com.benchcrm.bench.Stats;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Json;
import com.benchcrm.common.SkillNames;
import com.benchcrm.consultant.Availability;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.demo.DemoData;
import com.benchcrm.demo.DemoDataSet;
import com.benchcrm.embedding.onnx.OnnxMiniLm;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.local.lambda.ApiGatewayV2Events;
import com.benchcrm.local.lambda.FunctionHost;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.matching.ProfileText;
import com.benchcrm.matching.StoredMatchData;
import com.benchcrm.matching.adapters.MatchingAdapters;
import com.benchcrm.vector.VectorHit;
import com.benchcrm.vector.VectorQuery;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.RequirementInput;
import com.benchcrm.requirement.Requirements;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlJson;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import com.benchcrm.vector.EntityKind;
import com.benchcrm.vector.VectorRecord;
import com.benchcrm.vector.lucene.LuceneVectorIndex;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * {@code shared/tools/benchmarks/run recommend [sizes=10000,100000] [requests=300] [clients=2,4]}: issue 4's
 * target, {@code POST /v1/requirements/{id}/recommendations?topK=10} on the embedded adapters (ONNX
 * MiniLM, Lucene) and a real PostgreSQL, invoked as Lambda runs it: API Gateway payload 2.0 event bytes
 * through Spring Cloud Function's {@code FunctionInvoker} ({@link FunctionHost}), with a real JWT. No
 * loopback HTTP edge. Numbers only, nothing asserted.
 *
 * <p>Data: one tenant per size (consultants = demo profiles, rows with their skills), ten other tenants
 * holding as many consultants as the largest size in all, 200 requirements per measured tenant created
 * through the domain service; the Lucene index holds every consultant's vector (the real MiniLM
 * embedding of its demo profile plus small Gaussian noise, as {@code run match latency}) and each
 * requirement's real embedding, under the same ids as the rows.
 */
public final class RecommendBenchmark {

    private static final int BATCH = 5_000;
    private static final int REQUIREMENTS = 200;
    private static final int OTHER_TENANTS = 10;
    private static final String ISSUER = "https://issuer.bench";
    private static final TypeReference<Map<String, Long>> TIMINGS = new TypeReference<>() {
    };
    private static final AtomicInteger EMPTY = new AtomicInteger();
    private static final List<String> STEPS = List.of("queryVector", "knn", "load", "score");

    private record Tenant(String slug, TenantId id, int size, boolean measured, List<UUID> consultants,
                          List<UUID> requirements) {
    }

    /** One request: client-side latency and the stored run's id. */
    private record Sample(long micros, UUID run) {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int[] sizes = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 100_000};
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int[] clients = args.length > 3 ? Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {2, 4};
        int largest = Arrays.stream(sizes).max().orElseThrow();
        System.out.printf("recommend benchmark: sizes %s, %d sequential requests per size, clients %s on %d; %d cores, "
                        + "java %s, load before: %s%n", Arrays.toString(sizes), requests, Arrays.toString(clients), largest,
                Runtime.getRuntime().availableProcessors(), Runtime.version(), Stats.loadAverage());
        Path work = root.resolve("shared/tools/benchmarks/target/bench/recommend");
        Files.createDirectories(work);

        // ---- embeddings (cached under target/bench/match/embeddings, shared with run match latency)
        int distinct = DemoData.MAX_CONSULTANTS;
        DemoDataSet demo = DemoData.generate(2026L, distinct, REQUIREMENTS);
        List<float[]> profileVectors;
        List<float[]> requirementVectors;
        String modelKey;
        // what ProfileIndexer keeps beside each vector since issue 14: the profile text (BM25) and the title's vector
        List<String> profileTexts;
        List<float[]> profileTitleVectors = new ArrayList<>();
        List<float[]> requirementTitleVectors = new ArrayList<>();
        try (OnnxMiniLm model = OnnxMiniLm.load()) {
            EmbeddingCache cache = new EmbeddingCache(root.resolve("shared/tools/benchmarks/target/bench/match/embeddings"), model);
            List<String> ptexts = new ArrayList<>(distinct);
            for (int i = 0; i < distinct; i++) {
                ptexts.add(ProfileText.of(MatchBenchmark.consultant(new UUID(2, i), demo.consultants().get(i))));
            }
            List<String> rtexts = new ArrayList<>();
            for (int i = 0; i < demo.requirements().size(); i++) {
                rtexts.add(ProfileText.of(MatchBenchmark.requirement(new UUID(3, i), demo.requirements().get(i))));
            }
            EmbeddingCache.Result cv = cache.embed("demo-consultants-" + distinct, ptexts);
            EmbeddingCache.Result rv = cache.embed("demo-requirements-" + REQUIREMENTS, rtexts);
            System.out.printf(Locale.US, "embeddings (%s): %d distinct demo profiles %s, %d demo requirements %s%n",
                    model.info().key(), distinct, cv.cached() ? "cached" : String.format(Locale.US, "embedded in %.1f s", cv.millis() / 1e3),
                    REQUIREMENTS, rv.cached() ? "cached" : String.format(Locale.US, "embedded in %.1f s", rv.millis() / 1e3));
            profileVectors = cv.vectors();
            modelKey = model.info().key();
            requirementVectors = rv.vectors();
            profileTexts = ptexts;
            java.util.Map<String, float[]> titles = new java.util.HashMap<>();
            List<String> all = new ArrayList<>();
            demo.consultants().forEach(c -> all.add(c.title() == null ? "none" : c.title()));
            demo.requirements().forEach(r -> all.add(r.title() == null ? "none" : r.title()));
            List<String> unique = all.stream().distinct().toList();
            List<com.benchcrm.embedding.Embedding> tv = model.embedAll(unique);
            for (int i = 0; i < unique.size(); i++) {
                titles.put(unique.get(i), tv.get(i).vector());
            }
            demo.consultants().forEach(c -> profileTitleVectors.add(titles.get(c.title() == null ? "none" : c.title())));
            demo.requirements().forEach(r -> requirementTitleVectors.add(titles.get(r.title() == null ? "none" : r.title())));
            System.out.printf("title vectors: %d distinct titles%n", unique.size());
        }

        // ---- PostgreSQL: fresh cluster, migrated, with fsync and synchronous_commit on, as ./benchcrm up runs it
        Path pgHome = work.resolve("postgres");
        Stats.deleteTree(pgHome.resolve("data"));
        long p0 = System.nanoTime();
        // -Dbench.fsync=off: LocalPostgres's test settings (fsync and synchronous_commit off), to see the commit's share
        boolean fsync = !"off".equals(System.getProperty("bench.fsync"));
        LocalPostgres pg = LocalPostgres.start(pgHome, 0, !fsync, true);
        System.out.printf(Locale.US, "postgres: initdb + Flyway migrations %.1f s (fsync %s, synchronous_commit %s, shared_buffers 128MB)%n",
                (System.nanoTime() - p0) / 1e9, fsync ? "on" : "off", fsync ? "on" : "off");
        JdbcSqlPort owner = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 2);
        JdbcSqlPort app = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().appRole(), pg.roles().appPassword(), 2);
        TenantDirectory directory = tenants(owner);
        List<Tenant> tenants = new ArrayList<>();
        for (int s : sizes) {
            String slug = "rec-" + s;
            tenants.add(new Tenant(slug, directory.ensure(new TenantSlug(slug), slug), s, true, new ArrayList<>(), new ArrayList<>()));
        }
        for (int o = 0; o < OTHER_TENANTS; o++) {
            String slug = "other-" + o;
            tenants.add(new Tenant(slug, directory.ensure(new TenantSlug(slug), slug), largest / OTHER_TENANTS, false,
                    new ArrayList<>(), new ArrayList<>()));
        }

        // ---- consultants + skills: jsonb_to_recordset batches of 5,000 as the app role with the tenant set, 2 writers
        Clock clock = Clock.systemUTC();
        Ids ids = new Ids(clock);
        List<Map<String, Object>> baseRows = new ArrayList<>(distinct);
        List<List<Map<String, Object>>> baseSkills = new ArrayList<>(distinct);
        for (ConsultantInput c : demo.consultants()) {
            baseRows.add(row(c));
            baseSkills.add(skills(c));
        }
        long rows = 0;
        long skillRows = 0;
        long c0 = System.nanoTime();
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<long[]>> pending = new ArrayList<>();
        long n = 0;
        for (Tenant t : tenants) {
            for (int i = 0; i < t.size(); i++) {
                t.consultants().add(ids.next());
            }
            for (int from = 0; from < t.size(); from += BATCH) {
                int start = from;
                long offset = n;
                pending.add(writers.submit(() -> insertBatch(app, t, start, Math.min(t.size(), start + BATCH), offset, baseRows,
                        baseSkills)));
            }
            n += t.size();
        }
        for (Future<long[]> f : pending) {
            long[] r = f.get();
            rows += r[0];
            skillRows += r[1];
        }
        writers.shutdown();
        double cs = (System.nanoTime() - c0) / 1e9;
        System.out.printf(Locale.US, "rows: %,d consultants + %,d consultant_skill rows in %.1f s = %,.0f consultants/s (%,.0f rows/s "
                        + "both tables); %d tenants%n", rows, skillRows, cs, rows / cs, (rows + skillRows) / cs, tenants.size());

        // ---- requirements through the domain service (rows, skills, fingerprint, audit, outbox), one transaction each
        long r0 = System.nanoTime();
        PostgresPersistence db = PostgresPersistence.over(app);
        Requirements requirements = new Requirements(db.transactions(), db.requirements(),
                new AuditLog(db.transactions(), db.audit(), ids, clock), new Outbox(db.outbox(), ids, clock),
                new Idempotency(db.idempotency(), clock), ids, clock);
        for (Tenant t : tenants) {
            if (!t.measured()) {
                continue;
            }
            Caller loader = new Caller(t.id(), "bench-loader", Set.of(Role.Admin), "bench");
            for (RequirementInput in : demo.requirements()) {
                Requirement r = requirements.create(loader, in, Optional.empty()).value();
                t.requirements().add(r.id());
            }
        }
        System.out.printf(Locale.US, "requirements: %d per measured tenant through Requirements.create in %.1f s%n", REQUIREMENTS,
                (System.nanoTime() - r0) / 1e9);
        long a0 = System.nanoTime();
        owner.withoutTenant(s -> s.update("analyze", SqlParams.none()));
        System.out.printf(Locale.US, "analyze: %.1f s; database size %s%n", (System.nanoTime() - a0) / 1e9,
                owner.withoutTenant(s -> s.queryOne("select pg_size_pretty(pg_database_size(current_database())) as size",
                        SqlParams.none()).orElseThrow().string("size")));

        // ---- Lucene index: the directory the function opens (its writer must be closed first)
        Path vectorDir = work.resolve("vectors");
        Stats.deleteTree(vectorDir);
        Random rnd = new Random(9);
        long v0 = System.nanoTime();
        long vectors = 0;
        try (LuceneVectorIndex index = LuceneVectorIndex.open(vectorDir, new LuceneVectorIndex.Config(100, false, 512))) {
            n = 0;
            for (Tenant t : tenants) {
                List<VectorRecord> batch = new ArrayList<>(BATCH);
                for (int i = 0; i < t.size(); i++) {
                    int b = (int) ((n + i) % distinct);
                    batch.add(new VectorRecord(t.id(), EntityKind.CONSULTANT, t.consultants().get(i), modelKey,
                            MatchBenchmark.noisy(profileVectors.get(b), rnd, 0.015f), 1).withText(profileTexts.get(b)));
                    batch.add(new VectorRecord(t.id(), EntityKind.CONSULTANT, t.consultants().get(i),
                            ProfileText.titleKey(modelKey), profileTitleVectors.get(b), 1));
                    if (batch.size() == BATCH) {
                        index.upsert(batch);
                        vectors += batch.size();
                        batch.clear();
                    }
                }
                for (int i = 0; i < t.requirements().size(); i++) {
                    batch.add(new VectorRecord(t.id(), EntityKind.REQUIREMENT, t.requirements().get(i), modelKey,
                            requirementVectors.get(i), 1));
                    batch.add(new VectorRecord(t.id(), EntityKind.REQUIREMENT, t.requirements().get(i),
                            ProfileText.titleKey(modelKey), requirementTitleVectors.get(i), 1));
                }
                index.upsert(batch);
                vectors += batch.size();
                n += t.size();
            }
            index.commit();
        }
        double vs = (System.nanoTime() - v0) / 1e9;
        int segments;
        try (FSDirectory d = FSDirectory.open(vectorDir); DirectoryReader reader = DirectoryReader.open(d)) {
            segments = reader.leaves().size();
        }
        System.out.printf(Locale.US, "vectors: %,d indexed (HNSW M=16, beam 100, RAM buffer 512 MB, no force merge) in %.1f s = %,.0f "
                + "vectors/s; %d segments%n", vectors, vs, vectors / vs, segments);

        // ---- the HTTP API function, as Lambda runs it
        LocalTokenIssuer issuer = LocalTokenIssuer.ephemeral(ISSUER, clock);
        Map<String, String> env = pg.appEnvironment(8); // the embedded stack's default pool
        env.putAll(Map.ofEntries(Map.entry("BENCHCRM_JWT_ISSUER", ISSUER), Map.entry("BENCHCRM_JWKS_JSON", issuer.publicJwksJson()),
                Map.entry("BENCHCRM_METRICS", "off"), Map.entry("BENCHCRM_EMBEDDINGS", "onnx"),
                Map.entry("BENCHCRM_VECTOR_STORE", "lucene"), Map.entry("BENCHCRM_VECTOR_DIR", vectorDir.toString())));
        long h0 = System.nanoTime();
        FunctionHost host = FunctionHost.start(HttpApiApplication.class.getName(), HttpApiApplication.FUNCTION_NAME,
                "benchcrm-http-api", env);
        System.out.printf(Locale.US, "function started (Spring context, ONNX model, Lucene index opened) in %.1f s%n",
                (System.nanoTime() - h0) / 1e9);
        Map<TenantId, Map<String, List<String>>> headers = new HashMap<>();
        for (Tenant t : tenants) {
            if (t.measured()) {
                String token = issuer.mint("benchcrm", t.id(), t.slug(), "recruiter@" + t.slug(), List.of(Role.Recruiter),
                        Duration.ofHours(4));
                headers.put(t.id(), Map.of("authorization", List.of("Bearer " + token), "accept", List.of("application/json"),
                        "content-type", List.of("application/json")));
            }
        }

        // warm-up: every measured tenant in turn (JIT, connection pool, index pages, PostgreSQL buffers)
        long w0 = System.nanoTime();
        int warm = 0;
        for (int round = 0; round < 2; round++) {
            for (Tenant t : tenants) {
                if (t.measured()) {
                    for (UUID r : t.requirements()) {
                        recommend(host, headers.get(t.id()), r);
                        warm++;
                    }
                }
            }
        }
        System.out.printf(Locale.US, "warm-up: %d requests in %.1f s; load now %s%n", warm, (System.nanoTime() - w0) / 1e9, Stats.loadAverage());

        // baseline: an authenticated read of one requirement through the same function (plumbing + one read transaction)
        Tenant big = tenants.stream().filter(t -> t.measured() && t.size() == largest).findFirst().orElseThrow();
        Histogram get = new Histogram(3);
        for (int i = 0; i < 100 + requests; i++) {
            UUID r = big.requirements().get(i % big.requirements().size());
            long t0 = System.nanoTime();
            ApiGatewayV2Events.Response res = ApiGatewayV2Events.response(host.invoke(ApiGatewayV2Events.request("GET",
                    "/v1/requirements/" + r, "", headers.get(big.id()), new byte[0], "127.0.0.1", "127.0.0.1:3000")));
            long us = (System.nanoTime() - t0) / 1000;
            if (res.status() != 200) {
                throw new IllegalStateException("GET requirement answered " + res.status() + ": " + new String(res.body(), StandardCharsets.UTF_8));
            }
            if (i >= 100) {
                get.recordValue(us);
            }
        }
        System.out.printf(Locale.US, "%nbaseline GET /v1/requirements/{id} (%d tenant), sequential: p50 %.2f ms  p95 %.2f ms  p99 %.2f ms (n=%d)%n",
                largest, ms(get, 50), ms(get, 95), ms(get, 99), get.getTotalCount());

        System.out.println("\nPOST /v1/requirements/{id}/recommendations?topK=10&explain=true, FunctionInvoker, sequential, cycling over "
                + REQUIREMENTS + " requirements");
        System.out.println("  ms; steps from the stored match_run.timings_micros; rest = total - steps (requirement read, "
                + "write transaction, JSON, plumbing)");
        header();
        for (Tenant t : tenants) {
            if (!t.measured()) {
                continue;
            }
            List<Sample> samples = new ArrayList<>();
            long s0 = System.nanoTime();
            for (int i = 0; i < requests; i++) {
                UUID r = t.requirements().get(i % t.requirements().size());
                long t0 = System.nanoTime();
                UUID run = recommend(host, headers.get(t.id()), r);
                samples.add(new Sample((System.nanoTime() - t0) / 1000, run));
            }
            double el = (System.nanoTime() - s0) / 1e9;
            report(owner, t, String.format("%,d, 1 client", t.size()), samples, requests / el);
        }
        for (int c : clients) {
            List<Sample> samples = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicInteger failures = new AtomicInteger();
            Thread[] threads = new Thread[c];
            long s0 = System.nanoTime();
            for (int k = 0; k < c; k++) {
                int client = k;
                threads[k] = new Thread(() -> {
                    for (int i = 0; i < requests; i++) {
                        UUID r = big.requirements().get((client * 37 + i) % big.requirements().size());
                        long t0 = System.nanoTime();
                        try {
                            UUID run = recommend(host, headers.get(big.id()), r);
                            samples.add(new Sample((System.nanoTime() - t0) / 1000, run));
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                        }
                    }
                }, "client-" + k);
                threads[k].start();
            }
            for (Thread th : threads) {
                th.join();
            }
            double el = (System.nanoTime() - s0) / 1e9;
            report(owner, big, String.format("%,d, %d clients", big.size(), c), samples, samples.size() / el);
            if (failures.get() > 0) {
                System.out.println("    failures: " + failures.get());
            }
        }
        loadStatements(app, ids, clock, big, 100);
        long runs = owner.inTenant(big.id(), s -> s.queryOne("select count(*) as n from match_run where tenant_id = :t",
                SqlParams.of("t", big.id().value())).orElseThrow().longValue("n"));
        System.out.printf("%nmatch_run rows stored in the %,d tenant: %,d (warm-up included); answers with no recommendation "
                + "(every candidate excluded by a hard filter): %d%n", largest, runs, EMPTY.get());
        System.out.printf("load after: %s%n", Stats.loadAverage());
        pg.close();
    }

    /**
     * The "load" step statement by statement, as the Recommender issues them (each its own transaction
     * with the tenant set), on real k-NN candidates from the function's own index, sequential.
     */
    private static void loadStatements(JdbcSqlPort app, Ids ids, Clock clock, Tenant t, int n) {
        MatchingAdapters m = MatchingAdapters.fromEnvironment(System::getProperty).orElseThrow();
        String key = m.model().info().key();
        PostgresPersistence db = PostgresPersistence.over(app);
        StoredMatchData data = new StoredMatchData(db.transactions(), db.matchRuns(), db.matchSettings());
        AuditLog audit = new AuditLog(db.transactions(), db.audit(), ids, clock);
        Consultants consultants = new Consultants(db.transactions(), db.consultants(), audit, new Outbox(db.outbox(), ids, clock),
                new Idempotency(db.idempotency(), clock), ids, clock);
        Requirements requirements = new Requirements(db.transactions(), db.requirements(), audit, new Outbox(db.outbox(), ids, clock),
                new Idempotency(db.idempotency(), clock), ids, clock);
        Map<String, Histogram> h = new LinkedHashMap<>();
        int loaded = 0;
        for (int round = 0; round < 2; round++) { // the first round warms up
            for (int i = 0; i < n; i++) {
                UUID rid = t.requirements().get(i % t.requirements().size());
                Requirement r = requirements.findAll(t.id(), List.of(rid)).get(rid);
                float[] v = m.index().find(t.id(), EntityKind.REQUIREMENT, rid, key).orElseThrow();
                List<UUID> cand = m.index().query(new VectorQuery(t.id(), EntityKind.CONSULTANT, key, v, 200)).stream()
                        .map(VectorHit::id).toList();
                boolean rec = round == 1;
                time(h, rec, "empty transaction (select 1)", () -> app.inTenant(t.id(), s -> s.queryOne("select 1 as x", SqlParams.none())));
                time(h, rec, "settings (match_settings)", () -> data.forTenant(t.id()));
                time(h, rec, "rejected (feedback)", () -> data.rejected(t.id(), rid));
                int[] got = new int[1];
                time(h, rec, "consultants.findAll (200 ids + skills)", () -> got[0] = consultants.findAll(t.id(), cand).size());
                time(h, rec, "history.consultants (200 ids)", () -> data.consultants(t.id(), cand));
                time(h, rec, "history.company", () -> data.company(t.id(), r.clientName()));
                if (rec) {
                    loaded += got[0];
                }
            }
        }
        // the candidate load on the server side: ConsultantStore's select (copied) under EXPLAIN ANALYZE
        Histogram server = new Histogram(3);
        List<String> plan = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            UUID rid = t.requirements().get(i);
            float[] v = m.index().find(t.id(), EntityKind.REQUIREMENT, rid, key).orElseThrow();
            String csv = String.join(",", m.index().query(new VectorQuery(t.id(), EntityKind.CONSULTANT, key, v, 200)).stream()
                    .map(x -> x.id().toString()).toList());
            List<String> lines = app.inTenant(t.id(), s -> s.query("explain (analyze, buffers) " + FIND_ALL,
                    SqlParams.of("tenant", t.id().value()).and("ids", csv))).stream().map(x -> x.string("QUERY PLAN")).toList();
            for (String line : lines) {
                if (line.startsWith("Execution Time:")) {
                    server.recordValue((long) (Double.parseDouble(line.replaceAll("[^0-9.]", "")) * 1000));
                }
            }
            if (i == 29) {
                plan.addAll(lines);
            }
        }
        System.out.printf(Locale.US, "%nconsultants.findAll's statement under EXPLAIN ANALYZE (30 candidate sets): server execution "
                + "p50 %.2f ms  p95 %.2f ms; the last plan:%n", ms(server, 50), ms(server, 95));
        plan.forEach(l -> System.out.println("    " + (l.length() > 150 ? l.substring(0, 150) + " ..." : l)));
        System.out.printf(Locale.US, "%nthe load step statement by statement (%,d tenant, %d requirements' real k-NN candidates, "
                + "app role, one transaction each, sequential; %.0f rows per findAll):%n", t.size(), n, loaded / (double) n);
        h.forEach((k, x) -> System.out.printf(Locale.US, "  %-40s p50 %6.2f ms  p95 %6.2f ms%n", k, ms(x, 50), ms(x, 95)));
    }

    /** ConsultantStore's findMany statement, as in shared/core (copied for EXPLAIN). */
    private static final String FIND_ALL = """
            select c.id, c.external_id, c.full_name, c.email, c.phone, c.title, c.summary,
                   c.city, c.state, c.country, c.work_authorization, c.years_experience,
                   c.availability_status, c.available_from,
                   c.rate_amount, c.rate_currency, c.rate_unit, c.employment_type,
                   c.version, c.created_at, c.updated_at,
                   coalesce((select json_agg(json_build_object('name', k.name, 'years', k.years, 'primary', k.is_primary)
                                             order by k.position)
                             from consultant_skill k
                             where k.tenant_id = c.tenant_id and k.consultant_id = c.id), '[]'::json) as skills
            from consultant c
            where c.tenant_id = :tenant and c.id = any(cast(string_to_array(:ids, ',') as uuid[]))""";

    private static void time(Map<String, Histogram> h, boolean record, String name, Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        long us = (System.nanoTime() - t0) / 1000;
        if (record) {
            h.computeIfAbsent(name, k -> new Histogram(3)).recordValue(us);
        }
    }

    private static UUID recommend(FunctionHost host, Map<String, List<String>> headers, UUID requirement) {
        byte[] event = ApiGatewayV2Events.request("POST", "/v1/requirements/" + requirement + "/recommendations",
                "topK=10&explain=true", headers, new byte[0], "127.0.0.1", "127.0.0.1:3000");
        ApiGatewayV2Events.Response res = ApiGatewayV2Events.response(host.invoke(event));
        if (res.status() != 201) {
            throw new IllegalStateException("recommendations answered " + res.status() + ": " + new String(res.body(), StandardCharsets.UTF_8));
        }
        try {
            JsonNode body = Json.strict().readTree(res.body());
            if (body.path("items").size() == 0) {
                EMPTY.incrementAndGet(); // every candidate excluded by a hard filter: a valid answer, counted
            }
            return UUID.fromString(body.path("matchRunId").asText());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header() {
        System.out.printf("  %-20s %8s | %-22s | %-22s | %-22s | %-22s | %-22s | %-22s%n", "tenant size, clients", "req/s",
                "total p50/p95/p99", "queryVector p50/p95", "knn p50/p95/p99", "load p50/p95/p99", "score p50/p95/p99",
                "rest p50/p95/p99");
    }

    private static void report(JdbcSqlPort owner, Tenant t, String label, List<Sample> samples, double rate) {
        Map<UUID, Map<String, Long>> timings = new HashMap<>();
        List<UUID> ids = samples.stream().map(Sample::run).toList();
        for (int i = 0; i < ids.size(); i += 1000) {
            String csv = String.join(",", ids.subList(i, Math.min(ids.size(), i + 1000)).stream().map(UUID::toString).toList());
            for (Row r : owner.inTenant(t.id(), s -> s.query("""
                    select id, timings_micros::text as timings from match_run
                    where tenant_id = :t and id = any(cast(string_to_array(:ids, ',') as uuid[]))""",
                    SqlParams.of("t", t.id().value()).and("ids", csv)))) {
                try {
                    timings.put(r.uuid("id"), Json.strict().readValue(r.string("timings"), TIMINGS));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        Histogram total = new Histogram(3);
        Map<String, Histogram> steps = new LinkedHashMap<>();
        STEPS.forEach(s -> steps.put(s, new Histogram(3)));
        Histogram rest = new Histogram(3);
        for (Sample s : samples) {
            total.recordValue(s.micros());
            Map<String, Long> m = timings.get(s.run());
            long sum = 0;
            for (String k : STEPS) {
                long v = m.getOrDefault(k, 0L);
                steps.get(k).recordValue(v);
                sum += v;
            }
            rest.recordValue(Math.max(0, s.micros() - sum));
        }
        System.out.printf(Locale.US, "  %-20s %8.1f | %s | %s | %s | %s | %s | %s%n", label, rate, three(total),
                String.format(Locale.US, "%-22s", String.format(Locale.US, "%.2f / %.2f", ms(steps.get("queryVector"), 50),
                        ms(steps.get("queryVector"), 95))), three(steps.get("knn")), three(steps.get("load")),
                three(steps.get("score")), three(rest));
    }

    private static String three(Histogram h) {
        return String.format(Locale.US, "%-22s", String.format(Locale.US, "%.1f / %.1f / %.1f", ms(h, 50), ms(h, 95), ms(h, 99)));
    }

    private static double ms(Histogram h, double p) {
        return h.getValueAtPercentile(p) / 1000.0;
    }

    private static long[] insertBatch(JdbcSqlPort app, Tenant t, int from, int to, long offset, List<Map<String, Object>> baseRows,
                                      List<List<Map<String, Object>>> baseSkills) {
        int distinct = baseRows.size();
        List<Map<String, Object>> rows = new ArrayList<>(to - from);
        List<Map<String, Object>> skills = new ArrayList<>((to - from) * 8);
        for (int i = from; i < to; i++) {
            int b = (int) ((offset + i) % distinct);
            UUID id = t.consultants().get(i);
            Map<String, Object> row = new LinkedHashMap<>(baseRows.get(b));
            row.put("id", id.toString());
            row.put("external_id", row.get("external_id") + "-" + i);
            Object email = row.get("email");
            if (email != null) {
                String e = email.toString();
                int at = e.indexOf('@');
                row.put("email", at < 0 ? e + "." + i : e.substring(0, at) + "+" + i + e.substring(at));
            }
            rows.add(row);
            for (Map<String, Object> k : baseSkills.get(b)) {
                Map<String, Object> sk = new LinkedHashMap<>(k);
                sk.put("consultant_id", id.toString());
                skills.add(sk);
            }
        }
        Instant now = Instant.now();
        app.inTenant(t.id(), s -> {
            s.update("""
                    insert into consultant (tenant_id, id, external_id, full_name, email, phone, title, summary,
                        city, state, country, work_authorization, years_experience, availability_status, available_from,
                        rate_amount, rate_currency, rate_unit, employment_type, version, created_at, updated_at)
                    select :tenant, x.id, x.external_id, x.full_name, x.email, x.phone, x.title, x.summary,
                        x.city, x.state, x.country, x.work_authorization, x.years_experience, x.availability_status, x.available_from,
                        x.rate_amount, x.rate_currency, x.rate_unit, x.employment_type, 1, :now, :now
                    from jsonb_to_recordset(:rows) as x(id uuid, external_id text, full_name text, email text, phone text,
                        title text, summary text, city text, state text, country text, work_authorization text,
                        years_experience numeric, availability_status text, available_from date, rate_amount numeric,
                        rate_currency text, rate_unit text, employment_type text)""",
                    SqlParams.of("tenant", t.id().value()).and("now", now).and("rows", new SqlJson(Json.write(rows))));
            s.update("""
                    insert into consultant_skill (tenant_id, consultant_id, skill_key, name, years, is_primary, position)
                    select :tenant, x.consultant_id, x.skill_key, x.name, x.years, x.is_primary, x.position
                    from jsonb_to_recordset(:skills) as x(consultant_id uuid, skill_key text, name text, years numeric,
                        is_primary boolean, position int)""",
                    SqlParams.of("tenant", t.id().value()).and("skills", new SqlJson(Json.write(skills))));
            return null;
        });
        return new long[] {rows.size(), skills.size()};
    }

    /** A consultant's columns as ConsultantStore writes them. */
    private static Map<String, Object> row(ConsultantInput in) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("external_id", in.externalId() == null ? "bench" : in.externalId());
        m.put("full_name", in.fullName().trim());
        m.put("email", in.email());
        m.put("phone", in.phone());
        m.put("title", in.title());
        m.put("summary", in.summary());
        m.put("city", in.location() == null ? null : in.location().city());
        m.put("state", in.location() == null ? null : in.location().state());
        m.put("country", in.location() == null ? null : in.location().country());
        m.put("work_authorization", in.workAuthorization() == null ? null : in.workAuthorization().name());
        m.put("years_experience", in.yearsExperience());
        Availability av = in.availability();
        m.put("availability_status", av == null ? null : av.status().name());
        m.put("available_from", av == null || av.availableFrom() == null ? null : av.availableFrom().toString());
        m.put("rate_amount", in.rate() == null ? null : in.rate().amount());
        m.put("rate_currency", in.rate() == null ? null : in.rate().currency());
        m.put("rate_unit", in.rate() == null ? null : in.rate().unit().name());
        m.put("employment_type", in.rate() == null || in.rate().employmentType() == null ? null : in.rate().employmentType().code());
        return m;
    }

    private static List<Map<String, Object>> skills(ConsultantInput in) {
        List<Map<String, Object>> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ConsultantSkill> skills = in.skills();
        for (int i = 0; i < skills.size(); i++) {
            ConsultantSkill k = skills.get(i);
            String key = SkillNames.key(k.name());
            if (!seen.add(key)) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("skill_key", key);
            row.put("name", k.name().trim());
            row.put("years", k.years());
            row.put("is_primary", Boolean.TRUE.equals(k.primary()));
            row.put("position", i);
            out.add(row);
        }
        return out;
    }

    /** The tenant directory over the schema owner's connection (only the owner may create tenants). */
    private static com.benchcrm.tenancy.TenantDirectory tenants(com.benchcrm.sql.SqlPort owner) {
        com.benchcrm.persistence.postgres.PostgresPersistence db = com.benchcrm.persistence.postgres.PostgresPersistence.over(owner);
        return new com.benchcrm.tenancy.TenantDirectory(db.transactions(), db.tenants());
    }
}
