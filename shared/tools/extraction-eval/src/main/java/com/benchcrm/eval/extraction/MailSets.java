package com.benchcrm.eval.extraction;

import com.benchcrm.common.Json;
import com.benchcrm.skills.Skill;
import com.benchcrm.skills.SkillTaxonomy;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The mail evaluation sets. {@code dataDir} is {@code ../shared/data} beside the checkout (real
 * data, never copied into the repository); a set whose files are absent is empty.
 *
 * <ul>
 *   <li>{@code requirements-dev}: the 10 real requirement mails, labels in
 *       {@code labels/requirements-dev.json}; the rules were tuned on all of them, so the whole set
 *       is {@link Part#DEV}.</li>
 *   <li>{@code vendor-text}: the two real plain-text recruiter mails, labels in {@code labels/vendor-text.json}.</li>
 *   <li>{@code nyc}, {@code dice}: real postings wrapped as vendor mail ({@link PostingMails}).</li>
 *   <li>{@code anon}: anonymous mails written for this project for the formats the data lacks
 *       (digests as tables and numbered lists, vendor chains, "No OPT/CPT"), in
 *       {@code mails/anon/} with labels in {@code labels/anon-mails.json}; written and labelled
 *       before the rules were changed against any of them.</li>
 * </ul>
 */
public final class MailSets {

    static final String BASE = "/com/benchcrm/eval/extraction/";
    /** How many Dice postings are wrapped (a fixed sample, ordered by hash). */
    public static final int DICE_SAMPLE = 800;

    private MailSets() {}

    /** {@code ../shared/data} relative to the repository root, or null when absent. */
    public static Path dataDir(Path repoRoot) {
        Path p = repoRoot.resolve("../shared/data").normalize();
        return Files.isDirectory(p) ? p : null;
    }

    /** Every set, in report order; sets whose data is absent are left out. */
    public static Map<String, List<LabelledMail>> all(Path dataDir) {
        Map<String, List<LabelledMail>> out = new LinkedHashMap<>();
        out.put("anon", anon());
        if (dataDir != null) {
            out.put("vendor-text", vendorText(dataDir));
            out.put("nyc", nyc(dataDir));
            out.put("dice", dice(dataDir, DICE_SAMPLE));
            out.put("requirements-dev", requirementsDev(dataDir));
        }
        out.values().removeIf(List::isEmpty);
        return out;
    }

    public static List<LabelledMail> anon() {
        JsonNode labels = resourceJson(BASE + "labels/anon-mails.json");
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        labels.path("emails").fields().forEachRemaining(e -> byName.put(e.getKey(), e.getValue()));
        Map<String, Part> parts = Part.split("anon", byName.keySet());
        List<LabelledMail> out = new ArrayList<>();
        for (var e : byName.entrySet()) {
            out.add(new LabelledMail(
                    "anon",
                    e.getKey(),
                    parts.get(e.getKey()),
                    resource(BASE + "mails/anon/" + e.getKey()),
                    e.getKey().endsWith(".txt"),
                    e.getValue()));
        }
        return out;
    }

    public static List<LabelledMail> requirementsDev(Path dataDir) {
        Path dir = dataDir.resolve("email/requirements-dev");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        JsonNode labels = resourceJson(BASE + "labels/requirements-dev.json");
        List<LabelledMail> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = labels.path("emails").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(new LabelledMail(
                    "requirements-dev", e.getKey(), Part.DEV, read(dir.resolve(e.getKey())), false, e.getValue()));
        }
        return out;
    }

    public static List<LabelledMail> vendorText(Path dataDir) {
        Path dir = dataDir.resolve("email/vendor-text");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        JsonNode labels = resourceJson(BASE + "labels/vendor-text.json");
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        labels.path("emails").fields().forEachRemaining(e -> byName.put(e.getKey(), e.getValue()));
        Map<String, Part> parts = Part.split("vendor-text", byName.keySet());
        List<LabelledMail> out = new ArrayList<>();
        for (var e : byName.entrySet()) {
            Path f = dir.resolve(e.getKey());
            if (Files.exists(f)) {
                out.add(new LabelledMail(
                        "vendor-text", e.getKey(), parts.get(e.getKey()), read(f), true, e.getValue()));
            }
        }
        return out;
    }

    public static List<LabelledMail> nyc(Path dataDir) {
        Path f = dataDir.resolve("jobs/NYC_Jobs_2019snapshot.csv");
        if (!Files.exists(f)) {
            return List.of();
        }
        Map<String, Map<String, String>> it = new LinkedHashMap<>();
        for (Map<String, String> r : csv(f)) {
            if (r.getOrDefault("Job Category", "").contains("Technology")) {
                it.putIfAbsent(r.get("Job ID"), r);
            }
        }
        return PostingMails.nyc(it);
    }

    /**
     * A fixed sample of the Dice postings whose skills string names at least two technologies of
     * the taxonomy: the first {@code sample} by the hash of their id.
     */
    public static List<LabelledMail> dice(Path dataDir, int sample) {
        Path f = dataDir.resolve("jobs/dice_title_skills_22k.csv");
        if (!Files.exists(f)) {
            return List.of();
        }
        List<PostingMails.DicePosting> usable = new ArrayList<>();
        SkillTaxonomy tax = SkillTaxonomy.standard();
        for (Map<String, String> r : csv(f)) {
            String skills = r.getOrDefault("Required Skills", "");
            String title = r.getOrDefault("Designation", "").trim();
            if (title.isEmpty() || title.length() > 100) {
                continue;
            }
            long tech = 0;
            for (String item : skills.split("[,;|\\n]+")) {
                if (item.trim().length() > 60) {
                    continue;
                }
                tech += tax.resolveListItem(item.trim()).stream()
                        .filter(s -> !s.generic())
                        .map(Skill::id)
                        .count();
            }
            if (tech >= 2) {
                usable.add(new PostingMails.DicePosting(r.get("Job_Id"), title, skills));
            }
        }
        usable.sort(Comparator.comparing(p -> Part.hash("dice-sample", p.id())));
        return PostingMails.dice(usable.subList(0, Math.min(sample, usable.size())));
    }

    // --------------------------------------------------------------------------------- reading

    /** The records after the header row, keyed by column name (the first of duplicate names wins). */
    static List<Map<String, String>> csv(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = null;
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.parse(in)) {
                List<String> rec = r.toList();
                if (header == null) {
                    header = rec;
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < header.size() && c < rec.size(); c++) {
                    row.putIfAbsent(header.get(c), rec.get(c));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = MailSets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode resourceJson(String name) {
        try {
            return Json.strict().readTree(resource(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
