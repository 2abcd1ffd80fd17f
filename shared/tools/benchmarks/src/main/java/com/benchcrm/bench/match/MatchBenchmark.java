package com.benchcrm.bench.match;

import com.benchcrm.bench.Stats;
import com.benchcrm.bench.match.RealData.Family;
import com.benchcrm.bench.match.RealData.Posting;
import com.benchcrm.bench.match.RealData.Resume;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.demo.DemoData;
import com.benchcrm.demo.DemoDataSet;
import com.benchcrm.embedding.Embedding;
import com.benchcrm.embedding.Vectors;
import com.benchcrm.embedding.onnx.OnnxMiniLm;
import com.benchcrm.matching.ConsultantLookup;
import com.benchcrm.matching.MatchEngine;
import com.benchcrm.matching.MatchHistory;
import com.benchcrm.matching.MatchSettings;
import com.benchcrm.matching.MatchSettingsProvider;
import com.benchcrm.matching.ProfileText;
import com.benchcrm.matching.Recommendations;
import com.benchcrm.matching.Recommender;
import com.benchcrm.matching.RejectedCandidates;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.RequirementInput;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.vector.EntityKind;
import com.benchcrm.vector.VectorHit;
import com.benchcrm.vector.VectorQuery;
import com.benchcrm.vector.VectorRecord;
import com.benchcrm.vector.lucene.LuceneVectorIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
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
import org.HdrHistogram.Histogram;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * {@code shared/tools/benchmarks/run match [all|embed|recall|latency|quality] [sizes]}. Numbers only.
 */
public final class MatchBenchmark {

    private static final Clock CLOCK =
            Clock.fixed(DemoData.DEFAULT_ANCHOR.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private final Path root;
    private final Path work;
    private final OnnxMiniLm model;
    private final EmbeddingCache cache;

    private MatchBenchmark(Path root, OnnxMiniLm model) {
        this.root = root;
        this.work = root.resolve("shared/tools/benchmarks/target/bench/match");
        this.model = model;
        this.cache = new EmbeddingCache(work.resolve("embeddings"), model);
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        String what = args.length > 1 ? args[1] : "all";
        int[] sizes = args.length > 2
                ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 100_000};
        System.out.printf(
                "match benchmark (%s), %d cores, load before: %s%n",
                what, Runtime.getRuntime().availableProcessors(), Stats.loadAverage());
        try (OnnxMiniLm model = OnnxMiniLm.load()) {
            MatchBenchmark b = new MatchBenchmark(root, model);
            System.out.println("model: " + model.info().key() + " " + model.config());
            if (what.equals("all") || what.equals("embed")) {
                b.embedThroughput();
            }
            if (what.equals("all") || what.equals("recall")) {
                b.recall();
            }
            if (what.equals("all") || what.equals("latency")) {
                b.latency(sizes);
            }
            if (what.equals("all") || what.equals("quality")) {
                b.quality();
            }
        }
        System.out.printf("load after: %s%n", Stats.loadAverage());
    }

    // ------------------------------------------------------------------ embedding throughput

    private void embedThroughput() throws IOException {
        System.out.println("\n== embedding throughput (ONNX MiniLM, in-process)");
        DemoDataSet demo = DemoData.generate(2026L, 2000, 200);
        List<String> profiles = demo.consultants().stream()
                .map(c -> ProfileText.of(consultant(UUID.randomUUID(), c)))
                .toList();
        List<String> reqs = demo.requirements().stream()
                .map(r -> ProfileText.of(requirement(UUID.randomUUID(), r)))
                .toList();
        model.embedAll(profiles.subList(0, 64));
        time("demo consultant profiles (short)", profiles, model);
        time("demo requirements (title + skills + description)", reqs, model);
        for (int batch : new int[] {1, 8, 32}) {
            try (OnnxMiniLm m = OnnxMiniLm.load(new OnnxMiniLm.Config(1, batch, 128))) {
                m.embedAll(profiles.subList(0, 16));
                time("same 600 profiles, batch " + batch + ", 1 thread", profiles.subList(100, 700), m);
            }
        }
        try (OnnxMiniLm two = OnnxMiniLm.load(new OnnxMiniLm.Config(2, 1, 128))) {
            two.embedAll(profiles.subList(0, 16));
            time("same 600 profiles, batch 1, 2 intra-op threads", profiles.subList(100, 700), two);
        }
        Optional<Path> data = RealData.dataDir(root);
        if (data.isPresent()) {
            List<String> resumes =
                    RealData.resumes(data.get()).stream().map(Resume::text).toList();
            time("real resumes (200, long: chunked)", resumes, model);
        } else {
            System.out.println("  real resumes: skipped, ../shared/data not found");
        }
    }

    private static void time(String label, List<String> texts, OnnxMiniLm m) {
        long t0 = System.nanoTime();
        long chunks = 0;
        long tokens = 0;
        for (int i = 0; i < texts.size(); i += 256) {
            for (Embedding e : m.embedAll(texts.subList(i, Math.min(texts.size(), i + 256)))) {
                chunks += e.chunks();
                tokens += e.tokens();
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                Locale.US,
                "  %-52s %6d texts %8.1f texts/s  %7.1f windows/s  %8.0f tokens/s  (%.1f tokens/text)%n",
                label,
                texts.size(),
                texts.size() / s,
                chunks / s,
                tokens / s,
                tokens / (double) texts.size());
    }

    // ------------------------------------------------------------------ recall

    private void recall() throws IOException {
        System.out.println("\n== recall@50 of HNSW (Lucene) against exact search, real embeddings");
        Optional<Path> data = RealData.dataDir(root);
        if (data.isEmpty()) {
            System.out.println(
                    "  skipped: ../shared/data not found (real postings, resumes and Dice titles live there)");
            return;
        }
        List<String> dice = RealData.diceTexts(data.get(), 22_000);
        List<Posting> postings = RealData.postings(data.get());
        List<Resume> resumes = RealData.resumes(data.get());
        EmbeddingCache.Result d = cache.embed("dice", dice);
        EmbeddingCache.Result p =
                cache.embed("nyc-postings", postings.stream().map(Posting::text).toList());
        EmbeddingCache.Result r =
                cache.embed("resumes", resumes.stream().map(Resume::text).toList());
        report("Dice titles + skills", dice.size(), d);
        report("NYC IT postings", postings.size(), p);
        report("resumes", resumes.size(), r);

        List<float[]> corpus = new ArrayList<>(d.vectors());
        corpus.addAll(p.vectors());
        corpus.addAll(r.vectors());
        List<float[]> queries = new ArrayList<>(p.vectors());
        queries.addAll(r.vectors());
        Random rnd = new Random(5);
        for (int i = 0; i < 300; i++) {
            queries.add(d.vectors().get(rnd.nextInt(d.vectors().size())));
        }
        TenantId[] tenants = new TenantId[4];
        for (int i = 0; i < tenants.length; i++) {
            tenants[i] = new TenantId(new UUID(0x7000L, i + 1));
        }
        String key = model.info().key();
        for (boolean filtered : new boolean[] {false, true}) {
            Path dir = work.resolve("recall-index-" + (filtered ? "4-tenants" : "1-tenant"));
            Stats.deleteTree(dir);
            // exactThreshold 0: always the HNSW graph, which is what recall measures
            try (LuceneVectorIndex index =
                    LuceneVectorIndex.open(dir, new LuceneVectorIndex.Config(100, false, 256, 0))) {
                long t0 = System.nanoTime();
                List<VectorRecord> batch = new ArrayList<>();
                for (int i = 0; i < corpus.size(); i++) {
                    TenantId t = filtered ? tenants[i % 4] : tenants[0];
                    batch.add(new VectorRecord(t, EntityKind.CONSULTANT, new UUID(1, i), key, corpus.get(i), 1));
                    if (batch.size() == 2000) {
                        index.upsert(batch);
                        batch.clear();
                    }
                }
                index.upsert(batch);
                index.commit();
                double buildS = (System.nanoTime() - t0) / 1e9;
                double sum = 0;
                Histogram hnswLat = new Histogram(3);
                Histogram exactLat = new Histogram(3);
                for (float[] q : queries) {
                    long a = System.nanoTime();
                    List<VectorHit> hits = index.query(new VectorQuery(tenants[0], EntityKind.CONSULTANT, key, q, 50));
                    long b = System.nanoTime();
                    Set<UUID> truth = exact(corpus, q, 50, i -> !filtered || i % 4 == 0);
                    long c = System.nanoTime();
                    hnswLat.recordValue((b - a) / 1000);
                    exactLat.recordValue((c - b) / 1000);
                    sum += hits.stream().filter(h -> truth.contains(h.id())).count() / (double) truth.size();
                }
                System.out.printf(
                        Locale.US,
                        "  %-26s %6d vectors (%d in the queried tenant), built at %7.0f vectors/s; "
                                + "recall@50 %.4f over %d queries; top-50 p50 %.2f ms p95 %.2f ms (exact brute force p50 %.2f ms)%n",
                        filtered ? "4 tenants, filter inside" : "1 tenant",
                        corpus.size(),
                        filtered ? (corpus.size() + 3) / 4 : corpus.size(),
                        corpus.size() / buildS,
                        sum / queries.size(),
                        queries.size(),
                        hnswLat.getValueAtPercentile(50) / 1000.0,
                        hnswLat.getValueAtPercentile(95) / 1000.0,
                        exactLat.getValueAtPercentile(50) / 1000.0);
            }
        }
    }

    private static void report(String label, int n, EmbeddingCache.Result r) {
        if (r.cached()) {
            System.out.printf("  %-22s %6d embedded earlier (cached under target/)%n", label, n);
        } else {
            System.out.printf(
                    Locale.US,
                    "  %-22s %6d embedded in %.1f s: %.1f texts/s, %d windows, %.0f tokens/s%n",
                    label,
                    n,
                    r.millis() / 1000.0,
                    n * 1000.0 / Math.max(1, r.millis()),
                    r.chunks(),
                    r.tokens() * 1000.0 / Math.max(1, r.millis()));
        }
    }

    private static Set<UUID> exact(List<float[]> corpus, float[] q, int k, java.util.function.IntPredicate in) {
        Integer[] best = new Integer[k];
        double[] scores = new double[k];
        Arrays.fill(scores, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < corpus.size(); i++) {
            if (!in.test(i)) {
                continue;
            }
            double s = Vectors.dot(q, corpus.get(i));
            if (s > scores[k - 1]) {
                int j = k - 1;
                while (j > 0 && scores[j - 1] < s) {
                    scores[j] = scores[j - 1];
                    best[j] = best[j - 1];
                    j--;
                }
                scores[j] = s;
                best[j] = i;
            }
        }
        Set<UUID> out = new HashSet<>();
        for (Integer b : best) {
            if (b != null) {
                out.add(new UUID(1, b));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ latency

    private void latency(int[] sizes) throws IOException {
        System.out.println(
                "\n== recommendation latency, in-process (Lucene HNSW + MatchEngine), one index for all tenants");
        int distinct = DemoData.MAX_CONSULTANTS;
        DemoDataSet demo = DemoData.generate(2026L, distinct, 200);
        List<Consultant> base = new ArrayList<>(distinct);
        for (ConsultantInput c : demo.consultants()) {
            base.add(consultant(new UUID(2, base.size()), c));
        }
        List<Requirement> reqs = new ArrayList<>();
        for (RequirementInput r : demo.requirements()) {
            reqs.add(requirement(new UUID(3, reqs.size()), r));
        }
        EmbeddingCache.Result cv = cache.embed(
                "demo-consultants-" + distinct,
                base.stream().map(ProfileText::of).toList());
        EmbeddingCache.Result rv = cache.embed(
                "demo-requirements-200", reqs.stream().map(ProfileText::of).toList());
        report("demo consultants", distinct, cv);
        report("demo requirements", reqs.size(), rv);

        // Tenants: one per size, plus ten "other" tenants holding as many vectors as the largest size.
        int largest = Arrays.stream(sizes).max().orElseThrow();
        Map<TenantId, Integer> plan = new LinkedHashMap<>();
        for (int s : sizes) {
            plan.put(new TenantId(new UUID(0x7100L, s)), s);
        }
        for (int o = 0; o < 10; o++) {
            plan.put(new TenantId(new UUID(0x7200L, o)), largest / 10);
        }
        int total = plan.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(
                "  index: %s; %d vectors in all; each consultant is a demo profile (%d distinct, embedded for real)%n"
                        + "  whose vector gets small Gaussian noise (sigma 0.015 per dimension, cosine to the original ~0.96)%n",
                plan.entrySet().stream()
                                .limit(sizes.length)
                                .map(e -> e.getValue() + " in tenant "
                                        + e.getKey().value().getLeastSignificantBits())
                                .toList()
                        + " + 10 other tenants x " + largest / 10,
                total,
                distinct);

        String key = model.info().key();
        Map<TenantId, Map<UUID, Consultant>> records = new HashMap<>();
        Path dir = work.resolve("latency-index");
        Stats.deleteTree(dir);
        Random rnd = new Random(9);
        try (LuceneVectorIndex index = LuceneVectorIndex.open(dir, new LuceneVectorIndex.Config(100, false, 512))) {
            long t0 = System.nanoTime();
            long n = 0;
            for (Map.Entry<TenantId, Integer> e : plan.entrySet()) {
                boolean keep = Arrays.stream(sizes).anyMatch(s -> e.getValue() == s)
                        && e.getKey().value().getMostSignificantBits() == 0x7100L;
                Map<UUID, Consultant> bench = keep ? new HashMap<>() : null;
                List<VectorRecord> batch = new ArrayList<>();
                for (int i = 0; i < e.getValue(); i++) {
                    int b = (int) ((n + i) % distinct);
                    UUID id = new UUID(
                            e.getKey().value().getLeastSignificantBits() << 8
                                    | e.getKey().value().getMostSignificantBits(),
                            i);
                    if (keep) {
                        Consultant c = base.get(b);
                        bench.put(
                                id,
                                new Consultant(
                                        id,
                                        c.externalId(),
                                        c.fullName(),
                                        c.email(),
                                        c.phone(),
                                        c.title(),
                                        c.summary(),
                                        c.location(),
                                        c.workAuthorization(),
                                        c.yearsExperience(),
                                        c.skills(),
                                        c.availability(),
                                        c.rate(),
                                        1,
                                        Instant.EPOCH,
                                        Instant.EPOCH));
                    }
                    batch.add(new VectorRecord(
                            e.getKey(),
                            EntityKind.CONSULTANT,
                            id,
                            key,
                            noisy(cv.vectors().get(b), rnd, 0.015f),
                            1));
                    if (batch.size() == 5000) {
                        index.upsert(batch);
                        batch.clear();
                    }
                }
                index.upsert(batch);
                n += e.getValue();
                if (keep) {
                    records.put(e.getKey(), bench);
                    List<VectorRecord> rs = new ArrayList<>();
                    for (int i = 0; i < reqs.size(); i++) {
                        rs.add(new VectorRecord(
                                e.getKey(),
                                EntityKind.REQUIREMENT,
                                reqs.get(i).id(),
                                key,
                                rv.vectors().get(i),
                                1));
                    }
                    index.upsert(rs);
                }
            }
            index.commit();
            double buildS = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    Locale.US,
                    "  index build: %d vectors in %.1f s = %.0f vectors/s (HNSW M=16, beam 100, no merge)%n",
                    total,
                    buildS,
                    total / buildS);
            measure(index, records, reqs, sizes, "as built (several segments)");
            long m0 = System.nanoTime();
            index.forceMerge();
            System.out.printf(Locale.US, "  force merge to one segment: %.1f s%n", (System.nanoTime() - m0) / 1e9);
            measure(index, records, reqs, sizes, "after force merge (one graph)");
        }
        System.out.println("""
                  Not in these figures (the HTTP path): loading the ~200 candidate rows from PostgreSQL (one statement,
                  id = any(:ids), with skills: a few ms), the API Gateway / FunctionInvoker plumbing (JMH: ~0.5-1 ms per
                  request here) and writing the MatchRun with its Recommendations (one batched insert). Phase 2 measures them.""");
    }

    private void measure(
            LuceneVectorIndex index,
            Map<TenantId, Map<UUID, Consultant>> records,
            List<Requirement> reqs,
            int[] sizes,
            String label) {
        System.out.println("  " + label + ":");
        for (int s : sizes) {
            TenantId tenant = new TenantId(new UUID(0x7100L, s));
            Map<UUID, Consultant> bench = records.get(tenant);
            ConsultantLookup lookup = (t, ids) -> {
                Map<UUID, Consultant> m = new HashMap<>(ids.size() * 2);
                for (UUID id : ids) {
                    Consultant c = bench.get(id);
                    if (c != null) {
                        m.put(id, c);
                    }
                }
                return m;
            };
            Recommender rec = new Recommender(
                    model,
                    index,
                    lookup,
                    MatchSettingsProvider.fixed(MatchSettings.DEFAULT),
                    MatchHistory.NONE,
                    RejectedCandidates.NONE,
                    new MatchEngine(CLOCK));
            for (int w = 0; w < 200; w++) {
                rec.recommend(tenant, reqs.get(w % reqs.size()), 10);
            }
            Histogram total = new Histogram(3);
            Map<String, Histogram> parts = new LinkedHashMap<>();
            int returned = 0;
            for (int round = 0; round < 3; round++) {
                for (Requirement r : reqs) {
                    long t0 = System.nanoTime();
                    Recommendations out = rec.recommend(tenant, r, 10);
                    total.recordValue((System.nanoTime() - t0) / 1000);
                    returned += out.results().size();
                    out.timingsMicros()
                            .forEach((k, v) -> parts.computeIfAbsent(k, x -> new Histogram(3))
                                    .recordValue(v));
                }
            }
            StringBuilder p = new StringBuilder();
            parts.forEach((k, h) -> p.append(String.format(
                    Locale.US,
                    "%s %.2f/%.2f  ",
                    k,
                    h.getValueAtPercentile(50) / 1000.0,
                    h.getValueAtPercentile(95) / 1000.0)));
            System.out.printf(
                    Locale.US,
                    "    %7d consultants in the tenant%s: p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  (n=%d, %.1f results each; "
                            + "p50/p95 ms by step: %s)%n",
                    s,
                    s <= LuceneVectorIndex.Config.DEFAULT.exactThreshold() ? " (exact scan)" : " (HNSW)",
                    total.getValueAtPercentile(50) / 1000.0,
                    total.getValueAtPercentile(95) / 1000.0,
                    total.getValueAtPercentile(99) / 1000.0,
                    total.getTotalCount(),
                    returned / (double) total.getTotalCount(),
                    p.toString().strip());
        }
    }

    /** A unit vector near {@code v}: Gaussian noise of {@code sigma} per dimension (distinct vectors from few real ones). */
    static float[] noisy(float[] v, Random rnd, float sigma) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] + (float) rnd.nextGaussian() * sigma;
        }
        return Vectors.normalize(out);
    }

    // ------------------------------------------------------------------ ranking quality

    private void quality() throws IOException {
        System.out.println("\n== ranking quality on real data: NYC IT postings (queries) against 200 resumes");
        Optional<Path> data = RealData.dataDir(root);
        if (data.isEmpty()) {
            System.out.println("  skipped: ../shared/data not found");
            return;
        }
        List<Posting> postings = RealData.postings(data.get());
        List<Resume> resumes = RealData.resumes(data.get());
        Map<Family, Integer> pf = new EnumMap<>(Family.class);
        Map<Family, Integer> rf = new EnumMap<>(Family.class);
        postings.forEach(p -> pf.merge(p.family(), 1, Integer::sum));
        resumes.forEach(r -> rf.merge(r.family(), 1, Integer::sum));
        System.out.println("  labels (role family by a fixed keyword rule, see RealData.Family): postings " + pf
                + "; resumes " + rf);
        List<float[]> pv = cache.embed(
                        "nyc-postings", postings.stream().map(Posting::text).toList())
                .vectors();
        List<float[]> rv = cache.embed(
                        "resumes", resumes.stream().map(Resume::text).toList())
                .vectors();

        Analyzer analyzer = new StandardAnalyzer();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (Resume r : resumes) {
                Document d = new Document();
                d.add(new StoredField("i", r.index()));
                d.add(new TextField("text", r.text(), Field.Store.NO));
                w.addDocument(d);
            }
        }
        IndexSearcher.setMaxClauseCount(8192);
        Map<String, double[]> sums = new LinkedHashMap<>();
        int evaluated = 0;
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (int qi = 0; qi < postings.size(); qi++) {
                Posting p = postings.get(qi);
                if (p.family() == Family.OTHER || resumes.stream().noneMatch(r -> r.family() == p.family())) {
                    continue;
                }
                evaluated++;
                float[] q = pv.get(qi);
                List<Integer> byEmbedding = new ArrayList<>();
                for (int i = 0; i < resumes.size(); i++) {
                    byEmbedding.add(i);
                }
                byEmbedding.sort(Comparator.comparingDouble((Integer i) -> -Vectors.dot(q, rv.get(i))));
                List<Integer> byBm25 = bm25(searcher, analyzer, p.text());
                List<Integer> byTitleBm25 = bm25(searcher, analyzer, p.title());
                List<Integer> hybrid = rrf(byEmbedding, byBm25);
                score(sums, "embedding cosine (MiniLM, chunked + pooled)", byEmbedding, resumes, p.family());
                score(sums, "BM25, posting text as the query", byBm25, resumes, p.family());
                score(sums, "BM25, posting title as the query", byTitleBm25, resumes, p.family());
                score(sums, "hybrid: reciprocal rank fusion (embedding + BM25)", hybrid, resumes, p.family());
                List<Integer> random = new ArrayList<>(byEmbedding);
                Collections.shuffle(random, new Random(qi));
                score(sums, "random order (floor)", random, resumes, p.family());
            }
        }
        System.out.printf(
                "  %d postings with a labelled family that at least one resume shares; binary relevance = same family%n",
                evaluated);
        System.out.printf("  %-52s %10s %10s%n", "ranking", "top-5 hit", "nDCG@10");
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            System.out.printf(
                    Locale.US,
                    "  %-52s %10.3f %10.3f%n",
                    e.getKey(),
                    e.getValue()[0] / evaluated,
                    e.getValue()[1] / evaluated);
        }
    }

    private static List<Integer> bm25(IndexSearcher searcher, Analyzer analyzer, String text) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Set<String> seen = new HashSet<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (seen.add(t) && seen.size() <= 8000) {
                    b.add(new TermQuery(new Term("text", t)), BooleanClause.Occur.SHOULD);
                }
            }
            ts.end();
        }
        List<Integer> out = new ArrayList<>();
        Set<Integer> in = new HashSet<>();
        for (ScoreDoc sd : searcher.search(b.build(), 200).scoreDocs) {
            int i = searcher.storedFields()
                    .document(sd.doc)
                    .getField("i")
                    .numericValue()
                    .intValue();
            out.add(i);
            in.add(i);
        }
        for (int i = 0; i < searcher.getIndexReader().maxDoc(); i++) {
            if (!in.contains(i)) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<Integer> rrf(List<Integer> a, List<Integer> b) {
        Map<Integer, Double> s = new HashMap<>();
        for (int r = 0; r < a.size(); r++) {
            s.merge(a.get(r), 1.0 / (60 + r + 1), Double::sum);
        }
        for (int r = 0; r < b.size(); r++) {
            s.merge(b.get(r), 1.0 / (60 + r + 1), Double::sum);
        }
        List<Integer> out = new ArrayList<>(s.keySet());
        out.sort(Comparator.comparingDouble((Integer i) -> -s.get(i)).thenComparing(i -> i));
        return out;
    }

    private static void score(
            Map<String, double[]> sums, String name, List<Integer> ranking, List<Resume> resumes, Family f) {
        double[] acc = sums.computeIfAbsent(name, k -> new double[2]);
        boolean hit = false;
        for (int i = 0; i < 5; i++) {
            hit |= resumes.get(ranking.get(i)).family() == f;
        }
        double dcg = 0;
        for (int i = 0; i < 10; i++) {
            if (resumes.get(ranking.get(i)).family() == f) {
                dcg += 1 / (Math.log(i + 2) / Math.log(2));
            }
        }
        long relevant = resumes.stream().filter(r -> r.family() == f).count();
        double idcg = 0;
        for (int i = 0; i < Math.min(10, relevant); i++) {
            idcg += 1 / (Math.log(i + 2) / Math.log(2));
        }
        acc[0] += hit ? 1 : 0;
        acc[1] += dcg / idcg;
    }

    // ------------------------------------------------------------------ helpers

    static Consultant consultant(UUID id, ConsultantInput in) {
        return new Consultant(
                id,
                in.externalId(),
                in.fullName(),
                in.email(),
                in.phone(),
                in.title(),
                in.summary(),
                in.location(),
                in.workAuthorization(),
                in.yearsExperience(),
                in.skills(),
                in.availability(),
                in.rate(),
                1,
                Instant.EPOCH,
                Instant.EPOCH);
    }

    static Requirement requirement(UUID id, RequirementInput in) {
        return new Requirement(
                id,
                in.externalRef(),
                in.title(),
                in.description(),
                in.status(),
                in.location(),
                in.workMode(),
                in.skills(),
                in.minYears(),
                in.seniority(),
                in.budget(),
                in.durationMonths(),
                in.startDate(),
                in.clientName(),
                in.workAuthorizations(),
                1,
                Instant.EPOCH,
                Instant.EPOCH);
    }
}
