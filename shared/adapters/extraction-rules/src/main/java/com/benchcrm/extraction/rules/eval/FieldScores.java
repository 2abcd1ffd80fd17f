package com.benchcrm.extraction.rules.eval;

import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.extraction.ExtractedLocation;
import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.RequirementExtraction;
import com.benchcrm.extraction.Sourced;
import com.benchcrm.skills.SkillTaxonomy;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Field-level precision, recall and F1 of extracted requirements against labels. Each field of a
 * requirement is a set of values (a title is one value, skills many); true positives are values in
 * both sets, false positives extracted values not labelled, false negatives labelled values not
 * extracted, summed over all requirements (micro average). Extracted and labelled requirements of
 * one mail are paired by title; an unpaired one counts all its values as false positives or
 * negatives.
 *
 * <pre>{@code
 * FieldScores scores = new FieldScores();
 * scores.add(labelNodeOfMail, extraction);
 * scores.f1("skills");
 * }</pre>
 */
public final class FieldScores {

    /** The fields scored, in report order. */
    public static final List<String> FIELDS = List.of("title", "skills", "location", "workMode", "visa", "duration", "years",
            "seniority", "interview", "domains", "client", "employmentType", "rate", "vendorContact", "vendorCompany");

    /** Counts of one field. */
    public static final class Count {
        long tp;
        long fp;
        long fn;

        public long tp() {
            return tp;
        }

        public long fp() {
            return fp;
        }

        public long fn() {
            return fn;
        }

        public long gold() {
            return tp + fn;
        }

        public double precision() {
            return tp + fp == 0 ? Double.NaN : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? Double.NaN : tp / (double) (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            if (Double.isNaN(p) || Double.isNaN(r)) {
                return Double.NaN;
            }
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<String, Count> counts = new LinkedHashMap<>();
    private final List<String> mismatches = new ArrayList<>();

    public FieldScores() {
        FIELDS.forEach(f -> counts.put(f, new Count()));
    }

    public Count count(String field) {
        return counts.get(field);
    }

    public double f1(String field) {
        return counts.get(field).f1();
    }

    /** What did not match, one line per field and mail ("req-01 skills: missed [x], extra [y]"). */
    public List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    /** Scores one mail: its label node ({@code {"requirements": [...]}}) against what was extracted. */
    public void add(String name, JsonNode label, RequirementExtraction extraction) {
        List<JsonNode> gold = new ArrayList<>();
        label.path("requirements").forEach(gold::add);
        List<ExtractedRequirement> got = new ArrayList<>(extraction.requirements());
        List<ExtractedRequirement> paired = new ArrayList<>();
        for (JsonNode g : gold) {
            String title = norm(g.path("title").asText());
            ExtractedRequirement best = null;
            for (ExtractedRequirement r : got) {
                if (!paired.contains(r) && (best == null || similarity(title, titleOf(r)) > similarity(title, titleOf(best)))) {
                    best = r;
                }
            }
            if (best != null && (similarity(title, titleOf(best)) > 0.3 || gold.size() == 1 && got.size() == 1)) {
                paired.add(best);
                score(name, g, best);
            } else {
                score(name, g, null);
            }
        }
        for (ExtractedRequirement r : got) {
            if (!paired.contains(r)) {
                score(name, null, r);
            }
        }
    }

    private void score(String name, JsonNode g, ExtractedRequirement r) {
        compare(name, "title", gold(g, "title"), r == null ? Set.of() : single(r.normalizedTitle(), v -> norm(v)));
        Set<String> goldSkills = new LinkedHashSet<>();
        if (g != null) {
            g.path("skills").forEach(s -> goldSkills.add(skillKey(s.asText())));
        }
        Set<String> gotSkills = new LinkedHashSet<>();
        if (r != null) {
            for (ExtractedSkill s : r.skills()) {
                gotSkills.add(s.skillId() != null ? s.skillId() : norm(s.name()));
            }
        }
        compare(name, "skills", goldSkills, gotSkills);
        Set<String> goldLoc = new LinkedHashSet<>();
        if (g != null) {
            g.path("locations").forEach(l -> goldLoc.add(norm(l.asText())));
        }
        Set<String> gotLoc = new LinkedHashSet<>();
        if (r != null) {
            for (ExtractedLocation l : r.locations()) {
                String key = l.state() == null ? l.country() : (l.city() == null ? l.state() : l.city() + ", " + l.state());
                if (key != null) {
                    gotLoc.add(norm(key));
                }
            }
        }
        compare(name, "location", goldLoc, gotLoc);
        compare(name, "workMode", gold(g, "workMode"), r == null ? Set.of() : single(r.workMode(), v -> norm(v.name())));
        Set<String> goldVisa = new LinkedHashSet<>();
        if (g != null) {
            g.path("visa").forEach(v -> goldVisa.add(norm(v.asText())));
        }
        Set<String> gotVisa = new LinkedHashSet<>();
        if (r != null && r.visa() != null) {
            for (WorkAuthorization w : r.visa().accepted()) {
                gotVisa.add(norm(w.name()));
            }
        }
        compare(name, "visa", goldVisa, gotVisa);
        compare(name, "duration", gold(g, "durationMonths"), r == null ? Set.of() : single(r.durationMonths(), String::valueOf));
        compare(name, "years", goldNumber(g, "minYears"), r == null ? Set.of() : single(r.minYears(), v -> v.stripTrailingZeros().toPlainString()));
        compare(name, "seniority", gold(g, "seniority"), r == null ? Set.of() : single(r.seniority(), v -> norm(v.name())));
        Set<String> goldInt = new LinkedHashSet<>();
        if (g != null) {
            g.path("interviewModes").forEach(v -> goldInt.add(norm(v.asText())));
        }
        Set<String> gotInt = new LinkedHashSet<>();
        if (r != null && r.interviewModes() != null) {
            r.interviewModes().value().forEach(m -> gotInt.add(norm(m.name())));
        }
        compare(name, "interview", goldInt, gotInt);
        Set<String> goldDom = new LinkedHashSet<>();
        if (g != null) {
            g.path("domains").forEach(v -> goldDom.add(norm(v.asText())));
        }
        Set<String> gotDom = new LinkedHashSet<>();
        if (r != null) {
            r.domains().forEach(d -> gotDom.add(norm(d.value())));
        }
        compare(name, "domains", goldDom, gotDom);
        compare(name, "client", gold(g, "client"), r == null ? Set.of() : single(r.client(), FieldScores::norm));
        compare(name, "employmentType", gold(g, "employmentType"), r == null ? Set.of() : single(r.employmentType(), v -> norm(v.code())));
        Set<String> goldRate = new LinkedHashSet<>();
        if (g != null && g.hasNonNull("rate")) {
            goldRate.add(norm(g.path("rate").path("amount").decimalValue().stripTrailingZeros().toPlainString() + " "
                    + g.path("rate").path("unit").asText()));
        }
        Set<String> gotRate = new LinkedHashSet<>();
        if (r != null && r.rate() != null) {
            gotRate.add(norm(r.rate().amount().stripTrailingZeros().toPlainString() + " " + r.rate().unit().name()));
        }
        compare(name, "rate", goldRate, gotRate);
        // people's and firms' names are labelled as hashes (sha256:...): the extracted name is compared the same way
        compare(name, "vendorContact", gold(g, "vendorContact"), r == null || r.vendorContact() == null
                || r.vendorContact().name() == null ? Set.of() : Set.of(hashed(norm(r.vendorContact().name()))));
        compare(name, "vendorCompany", gold(g, "vendorCompany"), r == null ? Set.of() : single(r.vendorCompany(), v -> hashed(norm(v))));
    }

    private void compare(String name, String field, Set<String> gold, Set<String> got) {
        Count c = counts.get(field);
        Set<String> missed = new LinkedHashSet<>(gold);
        missed.removeAll(got);
        Set<String> extra = new LinkedHashSet<>(got);
        extra.removeAll(gold);
        Set<String> hit = new LinkedHashSet<>(got);
        hit.retainAll(gold);
        c.tp += hit.size();
        c.fp += extra.size();
        c.fn += missed.size();
        if (!missed.isEmpty() || !extra.isEmpty()) {
            mismatches.add(name + " " + field + ": missed " + missed + ", extra " + extra);
        }
    }

    private static Set<String> gold(JsonNode g, String field) {
        if (g == null || !g.hasNonNull(field)) {
            return Set.of();
        }
        return Set.of(norm(g.get(field).asText()));
    }

    private static Set<String> goldNumber(JsonNode g, String field) {
        if (g == null || !g.hasNonNull(field)) {
            return Set.of();
        }
        return Set.of(g.get(field).decimalValue().stripTrailingZeros().toPlainString());
    }

    private static <T> Set<String> single(Sourced<T> s, Function<T, String> f) {
        return s == null || s.value() == null ? Set.of() : Set.of(f.apply(s.value()));
    }

    private static String titleOf(ExtractedRequirement r) {
        return r.normalizedTitle() == null ? "" : norm(r.normalizedTitle().value());
    }

    static String skillKey(String name) {
        return SkillTaxonomy.standard().find(name).map(s -> s.id()).orElse(norm(name));
    }

    /** A person's or firm's name as the labels hold it: {@code sha256:} and the hex SHA-256 of its {@link #norm} form. */
    static String hashed(String normalized) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "sha256:" + java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String norm(String s) {
        return s == null ? "" : s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Token overlap (Jaccard) of two titles. */
    static double similarity(String a, String b) {
        Set<String> x = new LinkedHashSet<>(List.of(a.split("[\\s/]+")));
        Set<String> y = new LinkedHashSet<>(List.of(b.split("[\\s/]+")));
        Set<String> inter = new LinkedHashSet<>(x);
        inter.retainAll(y);
        Set<String> union = new LinkedHashSet<>(x);
        union.addAll(y);
        return union.isEmpty() ? 0 : inter.size() / (double) union.size();
    }

    /** A fixed-width table of every field: gold values, TP, FP, FN, precision, recall, F1. */
    public String table() {
        StringBuilder b = new StringBuilder(String.format("%-15s %5s %5s %5s %5s %6s %6s %6s%n", "field", "gold", "tp", "fp", "fn",
                "P", "R", "F1"));
        for (var e : counts.entrySet()) {
            Count c = e.getValue();
            b.append(String.format("%-15s %5d %5d %5d %5d %6s %6s %6s%n", e.getKey(), c.gold(), c.tp, c.fp, c.fn, fmt(c.precision()),
                    fmt(c.recall()), fmt(c.f1())));
        }
        return b.toString();
    }

    private static String fmt(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
    }
}
