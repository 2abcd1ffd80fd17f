package com.benchcrm.bench;

import com.benchcrm.common.Json;
import com.benchcrm.common.SkillNames;
import com.benchcrm.common.ValidationException;
import com.benchcrm.eval.extraction.FieldScores;
import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.ExtractionInput;
import com.benchcrm.extraction.RequirementExtraction;
import com.benchcrm.extraction.rules.DeterministicExtractor;
import com.benchcrm.ingest.MailClassifier;
import com.benchcrm.ingest.RequirementMapper;
import com.benchcrm.mail.ParsedMail;
import com.benchcrm.mail.mime.MimeMailParser;
import com.benchcrm.skills.SkillTaxonomy;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The measurements of issue 3, printed (nothing asserted):
 *
 * <ol>
 *   <li>field-level precision, recall and F1 of the deterministic extractor on the 10 real
 *       requirement mails of {@code ../shared/data/email/requirements-dev} against the labels in
 *       {@code shared/tools/extraction-eval/src/main/resources/com/benchcrm/eval/extraction/labels/requirements-dev.json};</li>
 *   <li>title and skill extraction on the NYC IT postings ({@code ../shared/data/jobs/NYC_Jobs_2019snapshot.csv}):
 *       accuracy and skill P/R/F1 on a labelled sample ({@code labels/nyc-it-titles.json}), and how
 *       often a title and skills are found on all of them;</li>
 *   <li>skill-normalization coverage on the Dice skill strings ({@code ../shared/data/jobs/dice_title_skills_22k.csv}):
 *       the share of list items (mentions) mapped to a canonical skill;</li>
 *   <li>throughput: mails parsed, classified, extracted and mapped per second, on all cores and on
 *       one thread.</li>
 * </ol>
 *
 * <p>Parts that need {@code ../shared/data} say so and are skipped when it is absent.
 *
 * <p>Arguments: {@code <repo root> [seconds=10]}.
 */
public final class IngestBenchmark {

    private static final Pattern LIST_SPLIT = Pattern.compile("[,;|•\\n]+");
    /** Items of the Dice file that are no skill at all ("SEE BELOW", "Please see job description"). */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)^\\W*(see\\b.*|please\\b.*|refer\\b.*|.*\\bjob description\\b.*|.*\\bjd\\b.*|n/?a|na|none|tbd|other|various|"
                    + "as per .*|.*\\bbelow\\b.*|.*\\babove\\b.*|\\d+|-+|\\.+)\\W*$");

    private IngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path data = root.resolve("../shared/data").normalize();
        boolean haveData = Files.isDirectory(data);
        System.out.printf(
                "Ingest benchmark: taxonomy %s (%d skills), %d cores, load before: %s%n",
                SkillTaxonomy.standard().version(),
                SkillTaxonomy.standard().size(),
                Runtime.getRuntime().availableProcessors(),
                Stats.loadAverage());
        if (!haveData) {
            System.out.println("skipped: " + data
                    + " is absent (dev mails, NYC postings, Dice skills); only throughput on the sample mails runs");
        }
        MimeMailParser parser = new MimeMailParser();
        DeterministicExtractor rules = new DeterministicExtractor(Clock.systemUTC());
        if (haveData) {
            devSet(root, data, parser, rules);
            nycPostings(root, data, rules);
            diceCoverage(data);
        }
        throughput(root, haveData ? data : null, seconds);
        System.out.printf("%nLoad after: %s%n", Stats.loadAverage());
    }

    // 1. the 10 dev mails

    static void devSet(Path root, Path data, MimeMailParser parser, DeterministicExtractor rules) throws IOException {
        Path dir = data.resolve("email/requirements-dev");
        JsonNode labels = Json.strict()
                .readTree(IngestBenchmark.class.getResourceAsStream(
                        "/com/benchcrm/eval/extraction/labels/requirements-dev.json"));
        FieldScores scores = new FieldScores();
        for (Iterator<Map.Entry<String, JsonNode>> it = labels.path("emails").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            RequirementExtraction x =
                    rules.extract(ExtractionInput.ofMail(parser.parse(Files.readAllBytes(dir.resolve(e.getKey())))));
            scores.add(e.getKey(), e.getValue(), x);
        }
        System.out.printf(
                "%n1. Field-level precision/recall/F1, deterministic extractor, %d requirement mails (%s)%n",
                labels.path("emails").size(), dir);
        System.out.println(
                "   (these mails were also the development set of the rules: an optimistic figure; n/a = no labelled value)");
        System.out.print(indent(scores.table()));
        scores.mismatches().forEach(m -> System.out.println("   " + m));
    }

    // 2. NYC IT postings

    static void nycPostings(Path root, Path data, DeterministicExtractor rules) throws IOException {
        List<Map<String, String>> rows = Csv.read(data.resolve("jobs/NYC_Jobs_2019snapshot.csv"));
        Map<String, Map<String, String>> it = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            if (r.getOrDefault("Job Category", "").contains("Technology")) {
                it.putIfAbsent(r.get("Job ID"), r);
            }
        }
        long withText = it.values().stream()
                .filter(r -> !r.getOrDefault("Job Description", "").isBlank()
                        || !r.getOrDefault("Preferred Skills", "").isBlank())
                .count();
        System.out.printf(
                "%n2. NYC IT postings: %d distinct (Job Category names Technology), %d with a description or preferred skills;%n",
                it.size(), withText);
        System.out.println(
                "   input per posting: subject = Business Title, body = its work location (the snapshot has no description for the rest)");

        int titled = 0;
        int withSkills = 0;
        int skillCount = 0;
        Map<String, RequirementExtraction> extracted = new HashMap<>();
        for (Map<String, String> r : it.values()) {
            RequirementExtraction x = rules.extract(posting(r));
            extracted.put(r.get("Job ID"), x);
            ExtractedRequirement first =
                    x.requirements().isEmpty() ? null : x.requirements().getFirst();
            if (first != null && first.title() != null) {
                titled++;
            }
            int n = first == null ? 0 : first.skills().size();
            skillCount += n;
            withSkills += n > 0 ? 1 : 0;
        }
        System.out.printf(
                "   all %d: a title found for %d (%.1f%%), at least one skill for %d (%.1f%%), %.2f skills per posting%n",
                it.size(),
                titled,
                100.0 * titled / it.size(),
                withSkills,
                100.0 * withSkills / it.size(),
                skillCount / (double) it.size());

        JsonNode labels = Json.strict()
                .readTree(IngestBenchmark.class.getResourceAsStream(
                        "/com/benchcrm/eval/extraction/labels/nyc-it-titles.json"));
        int n = 0;
        int titleOk = 0;
        int normOk = 0;
        long tp = 0;
        long fp = 0;
        long fn = 0;
        List<String> misses = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> i = labels.path("postings").fields(); i.hasNext(); ) {
            Map.Entry<String, JsonNode> e = i.next();
            RequirementExtraction x = extracted.get(e.getKey());
            if (x == null) {
                misses.add(e.getKey() + ": not among the IT postings");
                continue;
            }
            n++;
            ExtractedRequirement r =
                    x.requirements().isEmpty() ? null : x.requirements().getFirst();
            String title = r == null || r.title() == null ? null : r.title().value();
            String norm = r == null || r.normalizedTitle() == null
                    ? null
                    : r.normalizedTitle().value();
            if (matchesAny(title, e.getValue().path("title"))) {
                titleOk++;
            } else {
                misses.add(e.getKey() + " title: got " + quote(title) + ", want "
                        + e.getValue().path("title"));
            }
            if (matchesAny(norm, e.getValue().path("normalizedTitle"))) {
                normOk++;
            } else {
                misses.add(e.getKey() + " normalized title: got " + quote(norm) + ", want "
                        + e.getValue().path("normalizedTitle"));
            }
            Set<String> want = new LinkedHashSet<>();
            e.getValue().path("skills").forEach(s -> want.add(SkillNames.key(s.asText())));
            Set<String> got = new LinkedHashSet<>();
            if (r != null) {
                for (ExtractedSkill s : r.skills()) {
                    got.add(SkillNames.key(s.name()));
                }
            }
            for (String g : got) {
                if (want.contains(g)) {
                    tp++;
                } else {
                    fp++;
                    misses.add(e.getKey() + " skill not in the title's labels: " + g);
                }
            }
            for (String w : want) {
                if (!got.contains(w)) {
                    fn++;
                    misses.add(e.getKey() + " skill missed: " + w);
                }
            }
        }
        double p = tp + fp == 0 ? Double.NaN : tp / (double) (tp + fp);
        double rc = tp + fn == 0 ? Double.NaN : tp / (double) (tp + fn);
        System.out.printf("   labelled sample of %d (every 6th by Job ID; labels written before the run):%n", n);
        System.out.printf("     title             %2d/%d correct = %.3f%n", titleOk, n, titleOk / (double) n);
        System.out.printf("     normalized title  %2d/%d correct = %.3f%n", normOk, n, normOk / (double) n);
        System.out.printf(
                "     skills in title   gold %d, tp %d, fp %d, fn %d: P %.3f  R %.3f  F1 %.3f%n",
                tp + fn, tp, fp, fn, p, rc, 2 * p * rc / (p + rc));
        misses.forEach(m -> System.out.println("     " + m));
    }

    static ExtractionInput posting(Map<String, String> r) {
        String place = r.getOrDefault("Work Location", "").trim();
        String body = place.isEmpty() ? "" : "Location: " + place + ", New York, NY\n";
        return new ExtractionInput(r.getOrDefault("Business Title", ""), body, "", null);
    }

    private static boolean matchesAny(String value, JsonNode acceptable) {
        if (value == null) {
            return false;
        }
        for (JsonNode a : acceptable) {
            if (comparable(a.asText()).equals(comparable(value))) {
                return true;
            }
        }
        return false;
    }

    private static String comparable(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replaceAll("\\s*/\\s*", "/")
                .replaceAll("\\s+", " ")
                .trim();
    }

    private static String quote(String s) {
        return s == null ? "nothing" : "\"" + s + "\"";
    }

    // 3. Dice skill strings

    static void diceCoverage(Path data) throws IOException {
        Path file = data.resolve("jobs/dice_title_skills_22k.csv");
        List<Map<String, String>> rows = Csv.read(file);
        SkillTaxonomy taxonomy = SkillTaxonomy.standard();
        long mentions = 0;
        long mapped = 0;
        long placeholders = 0;
        Map<String, Integer> unmapped = new HashMap<>();
        Map<String, Integer> distinct = new HashMap<>();
        Map<String, Boolean> distinctMapped = new HashMap<>();
        long t0 = System.nanoTime();
        for (Map<String, String> r : rows) {
            for (String raw : LIST_SPLIT.split(r.getOrDefault("Required Skills", ""))) {
                String item = raw.trim();
                if (item.isEmpty()) {
                    continue;
                }
                mentions++;
                if (PLACEHOLDER.matcher(item).matches()) {
                    placeholders++;
                    continue;
                }
                String k = item.toLowerCase(Locale.ROOT);
                distinct.merge(k, 1, Integer::sum);
                boolean ok = distinctMapped.computeIfAbsent(
                        k, x -> !taxonomy.resolveListItem(item).isEmpty());
                if (ok) {
                    mapped++;
                } else {
                    unmapped.merge(k, 1, Integer::sum);
                }
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long skills = mentions - placeholders;
        long distinctOk = distinctMapped.values().stream().filter(b -> b).count();
        System.out.printf(
                "%n3. Skill-normalization coverage, %d Dice postings, 'Required Skills' split at , ; | and new lines (%d ms)%n",
                rows.size(), ms);
        System.out.printf(
                "   mentions %d, of which placeholders (\"SEE BELOW\", \"Please see job description\", ...) %d%n",
                mentions, placeholders);
        System.out.printf(
                "   mapped to a canonical skill: %d of %d skill mentions = %.1f%% (of all mentions, placeholders counted as unmapped: %.1f%%)%n",
                mapped, skills, 100.0 * mapped / skills, 100.0 * mapped / mentions);
        System.out.printf(
                "   distinct strings: %d of %d mapped = %.1f%%%n",
                distinctOk, distinct.size(), 100.0 * distinctOk / distinct.size());
        System.out.println("   most frequent unmapped:");
        unmapped.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(15)
                .forEach(e -> System.out.printf("     %5d  %s%n", e.getValue(), e.getKey()));
    }

    // 4. throughput

    static void throughput(Path root, Path data, int seconds) throws Exception {
        List<byte[]> mails = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        if (data != null && Files.isDirectory(data.resolve("email/requirements-dev"))) {
            try (Stream<Path> s = Files.list(data.resolve("email/requirements-dev"))) {
                s.filter(p -> p.toString().endsWith(".eml")).sorted().forEach(files::add);
            }
        }
        try (Stream<Path> s = Files.list(root.resolve("events/email-ingest/mail"))) {
            s.filter(p -> p.toString().endsWith(".eml")).sorted().forEach(files::add);
        }
        long bytes = 0;
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            mails.add(b);
            bytes += b.length;
        }
        System.out.printf(
                "%n4. Throughput: parse (mime4j) + classify + deterministic extraction + mapping to requirement input, no database;%n");
        System.out.printf(
                "   %d mails (%s%d anonymous samples), mean %d bytes, %d s warm-up and %d s measured per run%n",
                mails.size(),
                data != null ? (files.size() - count(root)) + " dev mails + " : "",
                count(root),
                bytes / Math.max(1, mails.size()),
                Math.max(3, seconds / 2),
                seconds);
        int cores = Runtime.getRuntime().availableProcessors();
        for (int threads : cores > 1 ? new int[] {cores, 1} : new int[] {1}) {
            Rate rate = run(mails, threads, Math.max(3, seconds / 2), seconds);
            System.out.printf(
                    "   %d thread%s: %,.0f mails/s (%.2f ms CPU-thread per mail), %d requirements per pass of the set%n",
                    threads,
                    threads == 1 ? " " : "s",
                    rate.perSecond,
                    1000.0 * threads / rate.perSecond,
                    rate.requirementsPerPass);
        }
    }

    private static long count(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root.resolve("events/email-ingest/mail"))) {
            return s.filter(p -> p.toString().endsWith(".eml")).count();
        }
    }

    record Rate(double perSecond, long requirementsPerPass) {}

    static Rate run(List<byte[]> mails, int threads, int warmupSeconds, int seconds) throws InterruptedException {
        MimeMailParser parser = new MimeMailParser();
        DeterministicExtractor rules = new DeterministicExtractor(Clock.systemUTC());
        long perPass = 0;
        for (byte[] m : mails) {
            perPass += once(parser, rules, m);
        }
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        LongAdder done = new LongAdder();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Thread w = Thread.ofPlatform().name("ingest-bench-" + t).start(() -> {
                int i = offset;
                while (!stop.get()) {
                    once(parser, rules, mails.get(i++ % mails.size()));
                    if (measuring.get()) {
                        done.increment();
                    }
                }
            });
            workers.add(w);
        }
        Thread.sleep(warmupSeconds * 1000L);
        measuring.set(true);
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long n = done.sum();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        stop.set(true);
        for (Thread w : workers) {
            w.join();
        }
        return new Rate(n / elapsed, perPass);
    }

    static int once(MimeMailParser parser, DeterministicExtractor rules, byte[] raw) {
        ParsedMail mail = parser.parse(raw);
        if (MailClassifier.beforeExtraction(mail).isPresent()) {
            return 0;
        }
        RequirementExtraction x = rules.extract(ExtractionInput.ofMail(mail));
        int n = 0;
        for (ExtractedRequirement r : x.requirements()) {
            try {
                RequirementMapper.input(r);
                n++;
            } catch (ValidationException notStorable) {
                // counted as not a requirement
            }
        }
        return n;
    }

    private static String indent(String table) {
        StringBuilder b = new StringBuilder();
        for (String line : table.split("\n")) {
            b.append("   ").append(line).append('\n');
        }
        return b.toString();
    }
}
