package com.benchcrm.bench.match;

import com.benchcrm.bench.Stats;
import com.benchcrm.bench.match.RealData.Family;
import com.benchcrm.bench.match.RealData.Posting;
import com.benchcrm.bench.match.RealData.Resume;
import com.benchcrm.common.Location;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.embedding.Vectors;
import com.benchcrm.embedding.onnx.OnnxMiniLm;
import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.ExtractionInput;
import com.benchcrm.extraction.RequirementExtraction;
import com.benchcrm.extraction.ResumeExtraction;
import com.benchcrm.extraction.rules.DeterministicExtractor;
import com.benchcrm.ingest.RequirementMapper;
import com.benchcrm.matching.Factor;
import com.benchcrm.matching.MatchEngine;
import com.benchcrm.matching.MatchInput;
import com.benchcrm.matching.MatchResult;
import com.benchcrm.matching.MatchSettings;
import com.benchcrm.matching.MatchWeights;
import com.benchcrm.matching.ProfileText;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.RequirementInput;
import com.benchcrm.requirement.RequirementStatus;
import com.benchcrm.tenancy.TenantId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
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
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * {@code shared/tools/benchmarks/run ranking}: ranking quality of the product's matcher on real data,
 * with lexical baselines in the same run. Numbers only.
 *
 * <p>Queries are the real NYC IT postings, the corpus the 200 real resumes, both turned into records by
 * the product's own extractors (the deterministic rules: a posting becomes a requirement, a resume a
 * consultant) and embedded by the product's model. Relevance is the role family ({@link Family}: a
 * fixed keyword rule over the posting's business title and the resume's <em>annotated</em> designation,
 * which the matcher never sees: it reads only the extracted title). Postings and resumes are each split
 * by a hash of their id into a development part and a measuring part; settings were tuned on the
 * development part only, and the measuring part (its postings against its resumes) is reported beside
 * it, never used to choose anything.
 */
public final class RankingBenchmark {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    static final TenantId TENANT = new TenantId(new UUID(0x7300L, 1));

    /** Which part of the data an item belongs to: a stable hash of its id, about half each. */
    enum Part {
        DEVELOPMENT,
        MEASURING;

        static Part of(String id) {
            try {
                byte[] h = MessageDigest.getInstance("SHA-256")
                        .digest(("ranking-split/" + id).getBytes(StandardCharsets.UTF_8));
                return (h[0] & 0xff) < 128 ? DEVELOPMENT : MEASURING;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    record Query(Posting posting, Requirement requirement, float[] vector, float[] titleVector, Part part) {}

    static final DoubleAdder ROLE_SUM = new DoubleAdder();
    static final LongAdder ROLE_N = new LongAdder();

    record Doc(Resume resume, Consultant consultant, float[] vector, float[] titleVector) {}

    /** One ranking method: the corpus indices in ranked order (a method may return fewer than all). */
    interface Ranker {
        List<Integer> rank(Query q, List<Doc> corpus);
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        System.out.printf(
                "ranking benchmark, %d cores, load before: %s%n",
                Runtime.getRuntime().availableProcessors(), Stats.loadAverage());
        Optional<Path> data = RealData.dataDir(root);
        if (data.isEmpty()) {
            System.out.println("skipped: ../shared/data not found (real postings and resumes live there)");
            return;
        }
        long t0 = System.nanoTime();
        List<Posting> postings = RealData.postings(data.get()).stream()
                .filter(p -> p.family() != Family.OTHER)
                .toList();
        List<Resume> resumes = RealData.resumes(data.get());
        DeterministicExtractor extractor = new DeterministicExtractor(CLOCK);
        List<Requirement> reqs = new ArrayList<>();
        for (int i = 0; i < postings.size(); i++) {
            reqs.add(requirement(new UUID(0x7301L, i), postings.get(i), extractor));
        }
        List<Consultant> cons = new ArrayList<>();
        for (Resume r : resumes) {
            cons.add(consultant(new UUID(0x7302L, r.index()), r, extractor));
        }
        double extractS = (System.nanoTime() - t0) / 1e9;
        List<float[]> qv;
        List<float[]> dv;
        List<float[]> qt;
        List<float[]> dt;
        try (OnnxMiniLm model = OnnxMiniLm.load()) {
            EmbeddingCache cache =
                    new EmbeddingCache(root.resolve("shared/tools/benchmarks/target/bench/match/embeddings"), model);
            qv = cache.embed(
                            "ranking-requirements",
                            reqs.stream().map(ProfileText::of).toList())
                    .vectors();
            dv = cache.embed(
                            "ranking-consultants",
                            cons.stream().map(ProfileText::of).toList())
                    .vectors();
            qt = cache.embed(
                            "ranking-requirement-titles",
                            reqs.stream()
                                    .map(r -> Optional.ofNullable(ProfileText.title(r))
                                            .orElse("none"))
                                    .toList())
                    .vectors();
            dt = cache.embed(
                            "ranking-consultant-titles",
                            cons.stream()
                                    .map(c -> Optional.ofNullable(ProfileText.title(c))
                                            .orElse("none"))
                                    .toList())
                    .vectors();
        }
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < postings.size(); i++) {
            queries.add(new Query(
                    postings.get(i),
                    reqs.get(i),
                    qv.get(i),
                    reqs.get(i).title() == null ? null : qt.get(i),
                    Part.of("posting/" + postings.get(i).id())));
        }
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < resumes.size(); i++) {
            docs.add(new Doc(
                    resumes.get(i),
                    cons.get(i),
                    dv.get(i),
                    cons.get(i).title() == null || cons.get(i).title().isBlank() ? null : dt.get(i)));
        }
        if (System.getenv("RANK_FAMILY") != null) { // the resumes of one family: title, designation, skills
            docs.stream()
                    .filter(d -> d.resume().family().name().equals(System.getenv("RANK_FAMILY")))
                    .forEach(d ->
                            System.out.println("    FAMILY " + d.consultant().title() + " | "
                                    + d.resume().designation() + " | "
                                    + d.consultant().skills().stream()
                                            .map(s -> s.name())
                                            .toList()));
        }
        long withSkills = reqs.stream().filter(r -> !r.skills().isEmpty()).count();
        System.out.printf(
                Locale.US,
                "extraction: %d postings -> %d requirements (%d with skills); %d resumes -> consultants "
                        + "(%d with a title, %.1f skills each); %.1f s%n",
                postings.size(),
                reqs.size(),
                withSkills,
                cons.size(),
                cons.stream().filter(c -> c.title() != null).count(),
                cons.stream().mapToInt(c -> c.skills().size()).average().orElse(0),
                extractS);

        Map<String, Ranker> rankers = new LinkedHashMap<>();
        rankers.put("BM25 (Lucene), posting text vs resume text  [baseline]", lexical(new BM25Similarity()));
        rankers.put("TF-IDF (Lucene classic), same texts          [baseline]", lexical(new ClassicSimilarity()));
        rankers.put(
                "embedding cosine (MiniLM profile texts)",
                (q, c) -> byScore(c, d -> (double) Vectors.dot(q.vector(), d.vector())));
        MatchSettings seed = new MatchSettings(
                "seed",
                MatchWeights.SEED,
                MatchSettings.DEFAULT.skillOverlapShare(),
                MatchSettings.DEFAULT.filters(),
                MatchSettings.DEFAULT.candidatePoolSize());
        rankers.put("engine, seed weights (before issue 14)", product(seed, false, false));
        rankers.put("engine + lexical relevance (seed weights)", product(seed, false, true));
        rankers.put("engine + role factor (default weights)", product(MatchSettings.DEFAULT, true, false));
        rankers.put(
                "before ADR 0079: role = title cosine only",
                product(
                        MatchSettings.DEFAULT,
                        true,
                        true,
                        new MatchEngine(CLOCK, com.benchcrm.matching.TitleOccupations.parse(List.of()))));
        rankers.put("PRODUCT: role = O*NET occupation + title cosine", product(MatchSettings.DEFAULT, true, true));
        if (System.getenv("RANK_WEIGHTS")
                != null) { // weight variants (per-tenant settings) tried on the development part
            for (String spec : System.getenv("RANK_WEIGHTS").split(";")) {
                double[] w = java.util.Arrays.stream(spec.split(","))
                        .mapToDouble(Double::parseDouble)
                        .toArray();
                MatchWeights mw = new MatchWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6]);
                rankers.put(
                        "product, weights " + spec,
                        product(new MatchSettings("x", mw, 0.7, MatchSettings.DEFAULT.filters(), 200), true, true));
            }
        }
        if (System.getenv("RANK_EXPLORE") != null) { // the variants tried on the development part
            rankers.put("title cosine only", (q, c) -> byScore(c, d -> title(q, d)));
            for (double w : new double[] {0.3, 0.5}) {
                rankers.put("engine + title fit x" + w, engineTitle(MatchSettings.DEFAULT, w, RankingBenchmark::title));
                for (double l : new double[] {0.1, 0.2, 0.3}) {
                    rankers.put("engine + title x" + w + " + lexical x" + l, engineLex(MatchSettings.DEFAULT, w, l));
                }
            }
            rankers.put(
                    "RRF(engine+title0.5, TF-IDF)",
                    rrf(
                            engineTitle(MatchSettings.DEFAULT, 0.5, RankingBenchmark::title),
                            lexical(new ClassicSimilarity())));
            for (double role : new double[] {0.20, 0.30, 0.35}) {
                MatchWeights w = new MatchWeights(0.60 - role, 0.15, 0.10, 0.05, 0.05, 0.05, role);
                rankers.put(
                        "product, role weight " + role,
                        product(new MatchSettings("x", w, 0.7, MatchSettings.DEFAULT.filters(), 200), true, true));
            }
        }

        if (System.getenv("RANK_TITLES") != null) { // how the development postings' and the resumes' titles classify
            com.benchcrm.matching.TitleOccupations t = com.benchcrm.matching.TitleOccupations.standard();
            queries.stream()
                    .filter(q -> q.part() == Part.DEVELOPMENT)
                    .map(q -> q.requirement().title())
                    .distinct()
                    .forEach(x -> System.out.println("  REQ  " + x + " -> "
                            + t.classify(x)
                                    .map(c -> c.shares() + " cos " + c.cosine())
                                    .orElse("-")));
            docs.stream()
                    .map(d -> d.consultant().title())
                    .distinct()
                    .forEach(x -> System.out.println("  CONS " + x + " -> "
                            + t.classify(x)
                                    .map(c -> c.shares() + " cos " + c.cosine())
                                    .orElse("-")));
        }
        if (System.getenv("RANK_RECOMBINE") != null) { // role share;weights variants, recombined from the factors
            for (String spec : System.getenv("RANK_RECOMBINE").split(" ")) {
                rankers.put("recombine " + spec, recombine(spec));
            }
        }
        for (Part part : Part.values()) {
            List<Doc> corpus = docs;
            Set<Family> present = new HashSet<>();
            corpus.forEach(d -> present.add(d.resume().family()));
            List<Query> qs = queries.stream()
                    .filter(q ->
                            q.part() == part && present.contains(q.posting().family()))
                    .toList();
            System.out.printf(
                    "%n== %s part: %d postings (with a family some resume of the part shares) against %d resumes%n",
                    part.name().toLowerCase(Locale.ROOT), qs.size(), corpus.size());
            System.out.printf(
                    "  %-58s %9s %8s %8s %9s %9s%n",
                    "ranking", "top-5 hit", "nDCG@10", "MRR@10", "Recall@10", "answered");
            for (Map.Entry<String, Ranker> e : rankers.entrySet()) {
                Metrics m = new Metrics();
                for (Query q : qs) {
                    List<Integer> ranked = e.getValue().rank(q, corpus);
                    m.add(ranked, corpus, q.posting().family());
                    if (System.getenv("RANK_DEBUG") != null
                            && e.getKey().startsWith(System.getenv("RANK_DEBUG"))
                            && part == Part.DEVELOPMENT
                            && ranked.stream()
                                    .limit(5)
                                    .noneMatch(i -> corpus.get(i).resume().family()
                                            == q.posting().family())) {
                        System.out.println("    MISS " + q.posting().family() + " | "
                                + q.posting().title() + " | req title "
                                + q.requirement().title() + " | relevant "
                                + corpus.stream()
                                        .filter(d -> d.resume().family()
                                                == q.posting().family())
                                        .count());
                        ranked.stream()
                                .limit(5)
                                .forEach(i -> System.out.println(
                                        "       " + corpus.get(i).resume().family() + " | "
                                                + corpus.get(i).consultant().title() + " | "
                                                + corpus.get(i).resume().designation()));
                        for (int r = 0; r < ranked.size(); r++) {
                            Doc d = corpus.get(ranked.get(r));
                            if (d.resume().family() == q.posting().family()) {
                                System.out.println("       first relevant at " + (r + 1) + ": "
                                        + d.consultant().title() + " | "
                                        + d.resume().designation());
                                break;
                            }
                        }
                    }
                }
                System.out.printf(
                        Locale.US,
                        "  %-58s %9.3f %8.3f %8.3f %9.3f %9.3f%n",
                        e.getKey(),
                        m.top5 / m.n,
                        m.ndcg / m.n,
                        m.mrr / m.n,
                        m.recall / m.n,
                        m.answered / m.n);
            }
        }
        System.out.printf(
                Locale.US,
                "%nrole factor of a titled consultant, mean over the product's rankings of both parts: %.3f (%d pairs)%n",
                ROLE_SUM.sum() / ROLE_N.sum(),
                ROLE_N.sum());
        System.out.printf("%nload after: %s%n", Stats.loadAverage());
    }

    /** Binary relevance (same family): top-5 hit, nDCG@10, MRR@10, Recall@10 (of the family's resumes, capped at 10). */
    static final class Metrics {
        double n, top5, ndcg, mrr, recall, answered;

        void add(List<Integer> ranked, List<Doc> corpus, Family f) {
            n++;
            answered += ranked.isEmpty() ? 0 : 1;
            long relevant =
                    corpus.stream().filter(d -> d.resume().family() == f).count();
            double dcg = 0;
            double firstRel = 0;
            int relIn10 = 0;
            for (int i = 0; i < Math.min(10, ranked.size()); i++) {
                if (corpus.get(ranked.get(i)).resume().family() == f) {
                    dcg += 1 / log2(i + 2);
                    relIn10++;
                    if (firstRel == 0) {
                        firstRel = 1.0 / (i + 1);
                    }
                    if (i < 5) {
                        top5 += relIn10 == 1 ? 1 : 0;
                    }
                }
            }
            double idcg = 0;
            for (int i = 0; i < Math.min(10, relevant); i++) {
                idcg += 1 / log2(i + 2);
            }
            ndcg += idcg == 0 ? 0 : dcg / idcg;
            mrr += firstRel;
            recall += relevant == 0 ? 0 : relIn10 / (double) Math.min(10, relevant);
        }

        private static double log2(double x) {
            return Math.log(x) / Math.log(2);
        }
    }

    static List<Integer> byScore(List<Doc> corpus, Function<Doc, Double> score) {
        List<Integer> out = new ArrayList<>();
        double[] s = new double[corpus.size()];
        for (int i = 0; i < corpus.size(); i++) {
            s[i] = score.apply(corpus.get(i));
            out.add(i);
        }
        out.sort(Comparator.comparingDouble((Integer i) -> -s[i]).thenComparing(i -> i));
        return out;
    }

    /** The product's engine over the whole part (every resume a candidate): excluded ones are not shown, the top 10 are. */
    static Ranker engine(MatchSettings settings) {
        MatchEngine engine = new MatchEngine(CLOCK);
        return (q, corpus) -> {
            List<Integer> idx = new ArrayList<>();
            List<MatchResult> results = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                Doc d = corpus.get(i);
                MatchResult r = engine.score(
                        MatchInput.of(q.requirement(), d.consultant())
                                .withSimilarity(Vectors.dot(q.vector(), d.vector()), "minilm"),
                        settings);
                if (!r.excluded()) {
                    results.add(r);
                    idx.add(i);
                }
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < idx.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingDouble((Integer i) -> -results.get(i).matchScore())
                    .thenComparing(i -> idx.get(i)));
            return order.stream().limit(10).map(idx::get).toList();
        };
    }

    /**
     * The product's scoring path (what {@code Recommender} feeds the engine): the profile cosine, the title cosine
     * from the title vectors (null when either title is missing: the role factor is neutral), and the BM25
     * relevance of the consultant's profile text to the requirement's title and skills over the best one (the
     * text the vector index keeps, queried as {@code LexicalCandidates.fromIndex} queries {@code LuceneVectorIndex}).
     * Every resume is a candidate (the pool of 200 holds the whole part), excluded ones are not shown.
     */
    static Ranker product(MatchSettings settings, boolean role, boolean lexical) {
        return product(settings, role, lexical, new MatchEngine(CLOCK), role && lexical);
    }

    /** {@link #product} with a given engine (one without the occupation table scores the role as before ADR 0079). */
    static Ranker product(MatchSettings settings, boolean role, boolean lexical, MatchEngine engine) {
        return product(settings, role, lexical, engine, false);
    }

    /** {@code roleStats}: add the role factor of every titled consultant to the mean the run prints (ADR 0111). */
    private static Ranker product(
            MatchSettings settings, boolean role, boolean lexical, MatchEngine engine, boolean roleStats) {
        Analyzer analyzer = new StandardAnalyzer();
        Map<List<Doc>, IndexSearcher> searchers = new HashMap<>();
        return (q, corpus) -> {
            double[] rel = new double[corpus.size()];
            if (lexical) {
                try {
                    IndexSearcher searcher = searchers.computeIfAbsent(corpus, c -> profileIndex(c, analyzer));
                    BooleanQuery.Builder b = new BooleanQuery.Builder();
                    Set<String> seen = new LinkedHashSet<>();
                    try (TokenStream ts = analyzer.tokenStream("text", ProfileText.lexicalQuery(q.requirement()))) {
                        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                        ts.reset();
                        while (ts.incrementToken() && seen.size() < 256) {
                            if (seen.add(term.toString())) {
                                b.add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.SHOULD);
                            }
                        }
                        ts.end();
                    }
                    double max = 0;
                    for (ScoreDoc sd : searcher.search(b.build(), corpus.size()).scoreDocs) {
                        int i = searcher.storedFields()
                                .document(sd.doc)
                                .getField("i")
                                .numericValue()
                                .intValue();
                        rel[i] = sd.score;
                        max = Math.max(max, sd.score);
                    }
                    for (int i = 0; i < rel.length; i++) {
                        rel[i] = max == 0 ? 0 : rel[i] / max;
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            List<Integer> idx = new ArrayList<>();
            List<Double> sc = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                Doc d = corpus.get(i);
                MatchInput in = MatchInput.of(q.requirement(), d.consultant())
                        .withSimilarity(Vectors.dot(q.vector(), d.vector()), "minilm");
                if (role && q.titleVector() != null && d.titleVector() != null) {
                    in = in.withTitleSimilarity((double) Vectors.dot(q.titleVector(), d.titleVector()));
                }
                if (lexical) {
                    in = in.withLexicalRelevance(rel[i]);
                }
                MatchResult r = engine.score(in, settings);
                if (roleStats && d.consultant().title() != null) {
                    ROLE_SUM.add(r.factor(Factor.ROLE).value());
                    ROLE_N.increment();
                }
                if (LAST_RESULTS.get() != null) {
                    LAST_RESULTS.get().put(i, r);
                }
                if (!r.excluded()) {
                    sc.add(r.matchScore());
                    idx.add(i);
                } else if (System.getenv("RANK_WHY") != null
                        && q.posting().title().equals(System.getenv("RANK_WHY"))) {
                    System.out.println("    EXCLUDED " + d.consultant().title() + ": " + r.flags());
                }
            }
            if (System.getenv("RANK_SKILLS") != null
                    && !q.requirement().skills().isEmpty()) {
                System.out.println("    SKILLS " + q.part() + " " + q.posting().title() + " kept " + idx.size() + ": "
                        + q.requirement().skills());
            }
            if (System.getenv("RANK_WHY") != null && q.posting().title().equals(System.getenv("RANK_WHY"))) {
                System.out.println("    REQUIREMENT " + q.requirement());
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < idx.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingDouble((Integer i) -> -sc.get(i)).thenComparing(i -> idx.get(i)));
            return order.stream().map(idx::get).toList();
        };
    }

    /**
     * Exploration on the development part: the product's factors re-weighted outside the engine. Spec
     * {@code share,skills,location,rate,seniority,history,availability,role}: the role value becomes
     * {@code share * occupationFit + (1 - share) * roleFit(titleCosine)} where both are present.
     */
    static Ranker recombine(String spec) {
        double[] a = java.util.Arrays.stream(spec.split(","))
                .mapToDouble(Double::parseDouble)
                .toArray();
        Ranker inner = product(MatchSettings.DEFAULT, true, true);
        return (q, corpus) -> {
            LAST_RESULTS.set(new HashMap<>());
            inner.rank(q, corpus);
            Map<Integer, MatchResult> rs = LAST_RESULTS.get();
            Map<Integer, Double> sc = new HashMap<>();
            rs.forEach((i, r) -> {
                double s = 0;
                int k = 1;
                for (com.benchcrm.matching.Factor f : com.benchcrm.matching.Factor.values()) {
                    com.benchcrm.matching.FactorScore fs = r.factors().stream()
                            .filter(x -> x.factor() == f)
                            .findFirst()
                            .orElseThrow();
                    double v = fs.value();
                    if (f == Factor.ROLE) {
                        Double occ = fs.inputs().get("occupationFit");
                        Double cos = fs.inputs().get("titleCosine");
                        if (occ != null && cos != null) {
                            v = a[0] * occ + (1 - a[0]) * Math.max(0, Math.min(1, (cos - 0.2) / 0.7));
                        }
                    }
                    s += a[k++] * v;
                }
                sc.put(i, s);
            });
            List<Integer> out = new ArrayList<>(sc.keySet());
            out.sort(Comparator.comparingDouble((Integer i) -> -sc.get(i)).thenComparing(i -> i));
            return out;
        };
    }

    static final ThreadLocal<Map<Integer, MatchResult>> LAST_RESULTS = new ThreadLocal<>();

    private static IndexSearcher profileIndex(List<Doc> corpus, Analyzer analyzer) {
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < corpus.size(); i++) {
                    Document d = new Document();
                    d.add(new StoredField("i", i));
                    d.add(new TextField("text", ProfileText.of(corpus.get(i).consultant()), Field.Store.NO));
                    w.addDocument(d);
                }
            }
            return new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static double title(Query q, Doc d) {
        return q.titleVector() == null || d.titleVector() == null ? 0.3 : Vectors.dot(q.titleVector(), d.titleVector());
    }

    static double role(Query q, Doc d) {
        if (q.titleVector() == null) {
            return 0.3;
        }
        return d.titleVector() != null
                ? Vectors.dot(q.titleVector(), d.titleVector())
                : Vectors.dot(q.titleVector(), d.vector());
    }

    static Ranker engineTitle(MatchSettings settings, double w, java.util.function.ToDoubleBiFunction<Query, Doc> f) {
        MatchEngine engine = new MatchEngine(CLOCK);
        return (q, corpus) -> {
            List<Integer> idx = new ArrayList<>();
            List<Double> sc = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                Doc d = corpus.get(i);
                MatchResult r = engine.score(
                        MatchInput.of(q.requirement(), d.consultant())
                                .withSimilarity(Vectors.dot(q.vector(), d.vector()), "minilm"),
                        settings);
                if (!r.excluded()) {
                    sc.add((1 - w) * r.matchScore() + w * f.applyAsDouble(q, d));
                    idx.add(i);
                }
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < idx.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingDouble((Integer i) -> -sc.get(i)).thenComparing(i -> idx.get(i)));
            return order.stream().map(idx::get).toList();
        };
    }

    static Ranker engineLex(MatchSettings settings, double w, double l) {
        Ranker tfidf = lexicalScores(new ClassicSimilarity());
        MatchEngine engine = new MatchEngine(CLOCK);
        return (q, corpus) -> {
            List<Integer> lex = tfidf.rank(q, corpus);
            double[] lexScore = LAST_SCORES.get();
            List<Integer> idx = new ArrayList<>();
            List<Double> sc = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                Doc d = corpus.get(i);
                MatchResult r = engine.score(
                        MatchInput.of(q.requirement(), d.consultant())
                                .withSimilarity(Vectors.dot(q.vector(), d.vector()), "minilm"),
                        settings);
                if (!r.excluded()) {
                    sc.add((1 - w - l) * r.matchScore() + w * title(q, d) + l * lexScore[i]);
                    idx.add(i);
                }
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < idx.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingDouble((Integer i) -> -sc.get(i)).thenComparing(i -> idx.get(i)));
            return order.stream().map(idx::get).toList();
        };
    }

    static final ThreadLocal<double[]> LAST_SCORES = new ThreadLocal<>();

    /** Like {@link #lexical}, and leaves each document's score divided by the best one in {@link #LAST_SCORES}. */
    static Ranker lexicalScores(Similarity similarity) {
        Analyzer analyzer = new StandardAnalyzer();
        Map<List<Doc>, IndexSearcher> searchers = new HashMap<>();
        return (q, corpus) -> {
            try {
                IndexSearcher searcher = searchers.computeIfAbsent(corpus, c -> index(c, analyzer, similarity));
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                Set<String> seen = new LinkedHashSet<>();
                try (TokenStream ts = analyzer.tokenStream("text", q.posting().text())) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        if (seen.add(term.toString()) && seen.size() <= 1000) {
                            b.add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.SHOULD);
                        }
                    }
                    ts.end();
                }
                double[] scores = new double[corpus.size()];
                List<Integer> out = new ArrayList<>();
                double max = 0;
                for (ScoreDoc sd : searcher.search(b.build(), corpus.size()).scoreDocs) {
                    int i = searcher.storedFields()
                            .document(sd.doc)
                            .getField("i")
                            .numericValue()
                            .intValue();
                    out.add(i);
                    scores[i] = sd.score;
                    max = Math.max(max, sd.score);
                }
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = max == 0 ? 0 : scores[i] / max;
                }
                LAST_SCORES.set(scores);
                return out;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    static Ranker rrf(Ranker a, Ranker b) {
        return (q, corpus) -> {
            Map<Integer, Double> s = new HashMap<>();
            List<Integer> ra = a.rank(q, corpus);
            List<Integer> rb = b.rank(q, corpus);
            for (int r = 0; r < ra.size(); r++) {
                s.merge(ra.get(r), 1.0 / (60 + r + 1), Double::sum);
            }
            for (int r = 0; r < rb.size(); r++) {
                s.merge(rb.get(r), 1.0 / (60 + r + 1), Double::sum);
            }
            List<Integer> out = new ArrayList<>(s.keySet());
            out.sort(Comparator.comparingDouble((Integer i) -> -s.get(i)).thenComparing(i -> i));
            return out;
        };
    }

    /** A Lucene index of the part's resume texts per call (small), queried with the posting's text. */
    static Ranker lexical(Similarity similarity) {
        Analyzer analyzer = new StandardAnalyzer();
        Map<List<Doc>, IndexSearcher> searchers = new HashMap<>();
        return (q, corpus) -> {
            try {
                IndexSearcher searcher = searchers.computeIfAbsent(corpus, c -> index(c, analyzer, similarity));
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                Set<String> seen = new LinkedHashSet<>();
                try (TokenStream ts = analyzer.tokenStream("text", q.posting().text())) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        if (seen.add(term.toString()) && seen.size() <= 1000) {
                            b.add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.SHOULD);
                        }
                    }
                    ts.end();
                }
                List<Integer> out = new ArrayList<>();
                for (ScoreDoc sd : searcher.search(b.build(), corpus.size()).scoreDocs) {
                    out.add(searcher.storedFields()
                            .document(sd.doc)
                            .getField("i")
                            .numericValue()
                            .intValue());
                }
                return out;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static IndexSearcher index(List<Doc> corpus, Analyzer analyzer, Similarity similarity) {
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setSimilarity(similarity);
            try (IndexWriter w = new IndexWriter(dir, cfg)) {
                for (int i = 0; i < corpus.size(); i++) {
                    Document d = new Document();
                    d.add(new StoredField("i", i));
                    d.add(new TextField("text", corpus.get(i).resume().text(), Field.Store.NO));
                    w.addDocument(d);
                }
            }
            IndexSearcher s = new IndexSearcher(DirectoryReader.open(dir));
            s.setSimilarity(similarity);
            return s;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ records from the product's extractors

    static Requirement requirement(UUID id, Posting p, DeterministicExtractor extractor) {
        RequirementExtraction x = extractor.extract(ExtractionInput.ofText(p.title() + "\n\n" + p.mail()));
        RequirementInput in = x.requirements().isEmpty()
                ? null
                : RequirementMapper.input(x.requirements().get(0));
        String title = in == null || in.title() == null ? p.title() : in.title();
        return new Requirement(
                id,
                null,
                title,
                in == null ? p.text() : in.description(),
                RequirementStatus.OPEN,
                in == null ? null : in.location(),
                in == null ? null : in.workMode(),
                in == null ? List.of() : in.skills(),
                in == null ? null : in.minYears(),
                in == null ? null : in.seniority(),
                in == null ? null : in.budget(),
                null,
                null,
                null,
                in == null ? List.of() : in.workAuthorizations(),
                1,
                Instant.EPOCH,
                Instant.EPOCH);
    }

    static Consultant consultant(UUID id, Resume r, DeterministicExtractor extractor) {
        ResumeExtraction cv;
        try {
            // as the import does: no total stated, the years of the dated positions ("Present" when DataTurks
            // published the resumes, ADR 0121)
            cv = com.benchcrm.ingest.ResumeImport.withCountedYears(
                    extractor.extractResume(TENANT, r.text()),
                    r.text(),
                    com.benchcrm.eval.extraction.ResumeSets.writtenOn("dataturks"));
        } catch (RuntimeException e) {
            cv = null; // the import keeps such a resume with nothing extracted; so does the benchmark
        }
        List<ConsultantSkill> skills = new ArrayList<>();
        String title = null;
        BigDecimal years = null;
        Location location = null;
        String summary = r.text().length() > 2000 ? r.text().substring(0, 2000) : r.text();
        if (cv != null) {
            Set<String> seen = new HashSet<>();
            for (ExtractedSkill s : cv.skills()) {
                if (s.name() != null && seen.add(s.name().toLowerCase(Locale.ROOT)) && skills.size() < 100) {
                    skills.add(new ConsultantSkill(s.name(), s.years(), null));
                }
            }
            title = cv.titles().isEmpty() ? null : cv.titles().get(0).value();
            years = cv.yearsExperience() == null ? null : cv.yearsExperience().value();
            if (cv.location() != null) {
                location = new Location(
                        cv.location().city(),
                        cv.location().state(),
                        cv.location().country());
            }
            if (cv.summary() != null && cv.summary().value() != null) {
                summary = cv.summary().value();
            }
        }
        return new Consultant(
                id,
                null,
                "Resume " + r.index(),
                null,
                null,
                title,
                summary,
                location,
                null,
                years,
                skills,
                null,
                null,
                1,
                Instant.EPOCH,
                Instant.EPOCH);
    }

    static MatchWeights weights(
            double skills, double location, double rate, double seniority, double history, double availability) {
        return new MatchWeights(skills, location, rate, seniority, history, availability);
    }
}
