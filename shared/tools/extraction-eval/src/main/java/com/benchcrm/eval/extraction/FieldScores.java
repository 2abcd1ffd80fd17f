package com.benchcrm.eval.extraction;

import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.extraction.ExtractedLocation;
import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.RequirementExtraction;
import com.benchcrm.extraction.Sourced;
import com.benchcrm.skills.Skill;
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
 * negatives. {@code requirements} counts the requirements themselves (a digest of five read as one
 * is one true positive and four false negatives).
 *
 * <p>A field whose key is absent from a mail's labels is not scored for that mail (a generated
 * posting that does not render a field says nothing about it); a key that is present with
 * {@code null} or {@code []} says the mail states nothing there, so whatever is extracted is a false
 * positive. Names of real people and firms may be labelled as {@code sha256:} hashes of their
 * {@link #norm} form; the extracted value is hashed the same way before comparing.
 *
 * <pre>{@code
 * FieldScores scores = new FieldScores();
 * scores.add("req-01.eml", labelNodeOfMail, extraction);
 * scores.f1("skills");
 * }</pre>
 */
public final class FieldScores {

    /** The fields scored, in report order. */
    public static final List<String> FIELDS = List.of(
            "requirements",
            "title",
            "seniority",
            "skills",
            "skillVersions",
            "skillYears",
            "location",
            "workMode",
            "visa",
            "visaExcluded",
            "duration",
            "longTerm",
            "years",
            "interview",
            "domains",
            "client",
            "implementationPartner",
            "employmentType",
            "rate",
            "vendorCompany",
            "vendorContact",
            "vendorEmail",
            "vendorPhone");

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

        void add(Count other) {
            tp += other.tp;
            fp += other.fp;
            fn += other.fn;
        }
    }

    private final Map<String, Count> counts = new LinkedHashMap<>();
    private final List<String> mismatches = new ArrayList<>();
    private int mails;

    public FieldScores() {
        FIELDS.forEach(f -> counts.put(f, new Count()));
    }

    public Count count(String field) {
        return counts.get(field);
    }

    public double f1(String field) {
        return counts.get(field).f1();
    }

    public double precision(String field) {
        return counts.get(field).precision();
    }

    public double recall(String field) {
        return counts.get(field).recall();
    }

    /** How many mails were scored. */
    public int mails() {
        return mails;
    }

    /** What did not match, one line per field and mail ("req-01 skills: missed [x], extra [y]"). */
    public List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    /** Adds another set of scores to this one (a total over several sets). */
    public void addAll(FieldScores other) {
        other.counts.forEach((f, c) -> counts.get(f).add(c));
        mails += other.mails;
    }

    /** Scores one mail: its label node ({@code {"requirements": [...]}}) against what was extracted. */
    public void add(String name, JsonNode label, RequirementExtraction extraction) {
        mails++;
        List<JsonNode> gold = new ArrayList<>();
        label.path("requirements").forEach(gold::add);
        Set<String> scored = new LinkedHashSet<>();
        for (JsonNode g : gold) {
            g.fieldNames().forEachRemaining(scored::add);
        }
        if (label.has("fields")) {
            label.get("fields").forEach(f -> scored.add(f.asText()));
        }
        List<ExtractedRequirement> got = new ArrayList<>(extraction.requirements());
        Count reqs = counts.get("requirements");
        long matched = Math.min(gold.size(), got.size());
        reqs.tp += matched;
        reqs.fp += got.size() - matched;
        reqs.fn += gold.size() - matched;
        if (gold.size() != got.size()) {
            mismatches.add(name + " requirements: labelled " + gold.size() + ", extracted " + got.size());
        }
        List<ExtractedRequirement> paired = new ArrayList<>();
        for (JsonNode g : gold) {
            ExtractedRequirement best = null;
            for (ExtractedRequirement r : got) {
                if (!paired.contains(r) && (best == null || pairing(g, r) > pairing(g, best))) {
                    best = r;
                }
            }
            Set<String> own = new LinkedHashSet<>();
            g.fieldNames().forEachRemaining(own::add);
            if (best != null && (pairing(g, best) > 0.3 || gold.size() == 1 && got.size() == 1)) {
                paired.add(best);
                score(name, g, best, own);
            } else {
                score(name, g, null, own);
            }
        }
        for (ExtractedRequirement r : got) {
            if (!paired.contains(r)) {
                score(name, null, r, scored);
            }
        }
    }

    private void score(String name, JsonNode g, ExtractedRequirement r, Set<String> scored) {
        if (scored.contains("title")) {
            compare(
                    name,
                    "title",
                    gold(g, "title", FieldScores::titleKey),
                    r == null ? Set.of() : single(r.normalizedTitle(), FieldScores::titleKey));
        }
        if (scored.contains("skills")) {
            boolean technologyOnly = g != null && g.path("technologySkillsOnly").asBoolean(false);
            Set<String> goldSkills = new LinkedHashSet<>();
            if (g != null) {
                g.path("skills").forEach(s -> goldSkills.add(skillKey(s.asText())));
            }
            Set<String> gotSkills = new LinkedHashSet<>();
            if (r != null) {
                for (ExtractedSkill s : r.skills()) {
                    if (technologyOnly && isGeneric(s)) {
                        continue;
                    }
                    gotSkills.add(s.skillId() != null ? s.skillId() : norm(s.name()));
                }
            }
            compare(name, "skills", goldSkills, gotSkills);
        }
        if (scored.contains("skillVersions")) {
            Set<String> goldVersions = new LinkedHashSet<>();
            if (g != null) {
                g.path("skillVersions")
                        .fields()
                        .forEachRemaining(e -> goldVersions.add(
                                skillKey(e.getKey()) + "@" + norm(e.getValue().asText())));
            }
            Set<String> gotVersions = new LinkedHashSet<>();
            if (r != null) {
                for (ExtractedSkill s : r.skills()) {
                    if (s.version() != null) {
                        gotVersions.add((s.skillId() != null ? s.skillId() : norm(s.name())) + "@" + norm(s.version()));
                    }
                }
            }
            compare(name, "skillVersions", goldVersions, gotVersions);
        }
        if (scored.contains("locations")) {
            Set<String> goldLoc = new LinkedHashSet<>();
            if (g != null) {
                g.path("locations").forEach(l -> goldLoc.add(norm(l.asText())));
            }
            Set<String> gotLoc = new LinkedHashSet<>();
            if (r != null) {
                for (ExtractedLocation l : r.locations()) {
                    String key = l.state() == null
                            ? l.country()
                            : (l.city() == null ? l.state() : l.city() + ", " + l.state());
                    if (key != null) {
                        gotLoc.add(norm(key));
                    }
                }
            }
            compare(name, "location", goldLoc, gotLoc);
        }
        if (scored.contains("workMode")) {
            compare(
                    name,
                    "workMode",
                    gold(g, "workMode", FieldScores::norm),
                    r == null ? Set.of() : single(r.workMode(), v -> norm(v.name())));
        }
        if (scored.contains("visa")) {
            compare(
                    name,
                    "visa",
                    goldList(g, "visa"),
                    r == null || r.visa() == null ? Set.of() : names(r.visa().accepted()));
        }
        if (scored.contains("visaExcluded")) {
            compare(
                    name,
                    "visaExcluded",
                    goldList(g, "visaExcluded"),
                    r == null || r.visa() == null ? Set.of() : names(r.visa().excluded()));
        }
        if (scored.contains("durationMonths")) {
            compare(
                    name,
                    "duration",
                    gold(g, "durationMonths", FieldScores::norm),
                    r == null ? Set.of() : single(r.durationMonths(), String::valueOf));
        }
        if (scored.contains("longTerm")) {
            Set<String> goldLong = g != null && g.path("longTerm").asBoolean(false) ? Set.of("true") : Set.of();
            Set<String> gotLong = r != null
                            && r.longTerm() != null
                            && Boolean.TRUE.equals(r.longTerm().value())
                    ? Set.of("true")
                    : Set.of();
            compare(name, "longTerm", goldLong, gotLong);
        }
        if (scored.contains("minYears")) {
            compare(
                    name,
                    "years",
                    goldNumber(g, "minYears"),
                    r == null
                            ? Set.of()
                            : single(r.minYears(), v -> v.stripTrailingZeros().toPlainString()));
        }
        if (scored.contains("seniority")) {
            compare(
                    name,
                    "seniority",
                    gold(g, "seniority", FieldScores::norm),
                    r == null ? Set.of() : single(r.seniority(), v -> norm(v.name())));
        }
        if (scored.contains("interviewModes")) {
            Set<String> gotInt = new LinkedHashSet<>();
            if (r != null && r.interviewModes() != null) {
                r.interviewModes().value().forEach(m -> gotInt.add(norm(m.name())));
            }
            compare(name, "interview", goldList(g, "interviewModes"), gotInt);
        }
        if (scored.contains("domains")) {
            Set<String> gotDom = new LinkedHashSet<>();
            if (r != null) {
                r.domains().forEach(d -> gotDom.add(norm(d.value())));
            }
            compare(name, "domains", goldList(g, "domains"), gotDom);
        }
        // the party the work is for: "End client:" when stated, else "Client:" (labels say endClient, older ones
        // client)
        if (scored.contains("endClient") || scored.contains("client")) {
            String key = g != null && g.has("endClient") ? "endClient" : "client";
            Sourced<String> got = r == null ? null : r.endClient() != null ? r.endClient() : r.client();
            compare(name, "client", goldName(g, key), got == null ? Set.of() : nameSet(g, key, got.value()));
        }
        if (scored.contains("implementationPartner")) {
            compare(
                    name,
                    "implementationPartner",
                    goldName(g, "implementationPartner"),
                    r == null || r.implementationPartner() == null
                            ? Set.of()
                            : nameSet(
                                    g,
                                    "implementationPartner",
                                    r.implementationPartner().value()));
        }
        if (scored.contains("employmentType")) {
            compare(
                    name,
                    "employmentType",
                    gold(g, "employmentType", FieldScores::norm),
                    r == null ? Set.of() : single(r.employmentType(), v -> norm(v.code())));
        }
        if (scored.contains("rate")) {
            Set<String> goldRate = new LinkedHashSet<>();
            if (g != null && g.hasNonNull("rate")) {
                goldRate.add(norm(g.path("rate")
                                .path("amount")
                                .decimalValue()
                                .stripTrailingZeros()
                                .toPlainString() + " "
                        + g.path("rate").path("unit").asText()));
            }
            Set<String> gotRate = new LinkedHashSet<>();
            if (r != null
                    && r.rate() != null
                    && r.rate().amount() != null
                    && r.rate().unit() != null) {
                gotRate.add(norm(r.rate().amount().stripTrailingZeros().toPlainString() + " "
                        + r.rate().unit().name()));
            }
            compare(name, "rate", goldRate, gotRate);
        }
        if (scored.contains("vendorContact")) {
            compare(
                    name,
                    "vendorContact",
                    goldName(g, "vendorContact"),
                    r == null || r.vendorContact() == null || r.vendorContact().name() == null
                            ? Set.of()
                            : nameSet(g, "vendorContact", r.vendorContact().name()));
        }
        if (scored.contains("vendorCompany")) {
            compare(
                    name,
                    "vendorCompany",
                    goldName(g, "vendorCompany"),
                    r == null || r.vendorCompany() == null
                            ? Set.of()
                            : nameSet(g, "vendorCompany", r.vendorCompany().value()));
        }
        if (scored.contains("vendorEmail")) {
            compare(
                    name,
                    "vendorEmail",
                    goldName(g, "vendorEmail"),
                    r == null || r.vendorContact() == null || r.vendorContact().email() == null
                            ? Set.of()
                            : nameSet(g, "vendorEmail", r.vendorContact().email()));
        }
        if (scored.contains("vendorPhone")) {
            boolean hashedLabel = g != null && g.path("vendorPhone").asText("").startsWith("sha256:");
            compare(
                    name,
                    "vendorPhone",
                    gold(g, "vendorPhone", v -> v.startsWith("sha256:") ? v : phoneKey(v)),
                    r == null || r.vendorContact() == null || r.vendorContact().phone() == null
                            ? Set.of()
                            : Set.of(
                                    hashedLabel
                                            ? hashed(phoneKey(r.vendorContact().phone()))
                                            : phoneKey(r.vendorContact().phone())));
        }
        if (scored.contains("skillYears")) {
            Set<String> goldYears = new LinkedHashSet<>();
            if (g != null) {
                g.path("skillYears")
                        .fields()
                        .forEachRemaining(e -> goldYears.add(skillKey(e.getKey()) + "@"
                                + e.getValue()
                                        .decimalValue()
                                        .stripTrailingZeros()
                                        .toPlainString()));
            }
            Set<String> gotYears = new LinkedHashSet<>();
            if (r != null) {
                for (ExtractedSkill s : r.skills()) {
                    if (s.years() != null) {
                        gotYears.add((s.skillId() != null ? s.skillId() : norm(s.name())) + "@"
                                + s.years().stripTrailingZeros().toPlainString());
                    }
                }
            }
            compare(name, "skillYears", goldYears, gotYears);
        }
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

    private static Set<String> gold(JsonNode g, String field, Function<String, String> f) {
        if (g == null || !g.hasNonNull(field)) {
            return Set.of();
        }
        return Set.of(f.apply(g.get(field).asText()));
    }

    private static Set<String> goldList(JsonNode g, String field) {
        Set<String> out = new LinkedHashSet<>();
        if (g != null) {
            g.path(field).forEach(v -> out.add(norm(v.asText())));
        }
        return out;
    }

    private static Set<String> goldName(JsonNode g, String field) {
        if (g == null || !g.hasNonNull(field)) {
            return Set.of();
        }
        String v = g.get(field).asText();
        return Set.of(v.startsWith("sha256:") ? v : nameKey(v));
    }

    /**
     * An extracted name in the form the label holds: hashed when the label is (its {@link #norm} or
     * its {@link #nameKey} form, whichever the label was made from).
     */
    private static Set<String> nameSet(JsonNode g, String field, String value) {
        String label = g != null && g.hasNonNull(field) ? g.get(field).asText() : "";
        if (!label.startsWith("sha256:")) {
            return Set.of(nameKey(value));
        }
        String byNorm = hashed(norm(value));
        return Set.of(byNorm.equals(label) || hashed(nameKey(value)).equals(label) ? label : byNorm);
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

    private static Set<String> names(List<WorkAuthorization> auths) {
        Set<String> out = new LinkedHashSet<>();
        auths.forEach(w -> out.add(norm(w.name())));
        return out;
    }

    private static String titleOf(ExtractedRequirement r) {
        return r.normalizedTitle() == null ? "" : norm(r.normalizedTitle().value());
    }

    /**
     * How well an extracted requirement matches a labelled one: the better of the title overlap and
     * the overlap of the title as written ({@code pairTitle}, for labels whose title is not scored).
     */
    private static double pairing(JsonNode g, ExtractedRequirement r) {
        double byTitle = similarity(norm(g.path("title").asText()), titleOf(r));
        if (!g.hasNonNull("pairTitle")) {
            return byTitle;
        }
        String written = r.title() == null ? "" : norm(r.title().value());
        return Math.max(
                byTitle,
                Math.max(
                        similarity(norm(g.get("pairTitle").asText()), written),
                        similarity(norm(g.get("pairTitle").asText()), titleOf(r))));
    }

    private static boolean isGeneric(ExtractedSkill s) {
        return s.skillId() != null
                && SkillTaxonomy.standard()
                        .byId(s.skillId())
                        .map(Skill::generic)
                        .orElse(false);
    }

    static String skillKey(String name) {
        return SkillTaxonomy.standard().find(name).map(s -> s.id()).orElse(norm(name));
    }

    /** A title compared loosely: case, spacing, dots and hyphens do not count ("Sales force" is "Salesforce", "Big Data" "Bigdata"). */
    static String titleKey(String title) {
        return norm(title).replaceAll("[.,;:]+$", "").replaceAll("[\\s.\\-]+", "");
    }

    /** A firm's or person's name compared loosely: case, punctuation, and legal suffixes do not count. */
    static String nameKey(String name) {
        String n = norm(name)
                .replaceAll("[.,]", " ")
                .replaceAll("\\b(inc|llc|ltd|corp|corporation|co|pvt|private|limited)\\b", " ");
        return n.replaceAll("\\s+", " ").trim();
    }

    /** The last ten digits of a phone number. */
    static String phoneKey(String phone) {
        String d = phone == null
                ? ""
                : phone.replaceAll("(?i)\\s*(x|ext\\.?|extension)\\s*\\d+$", "").replaceAll("\\D", "");
        return d.length() > 10 ? d.substring(d.length() - 10) : d;
    }

    /** A person's or firm's name as the labels hold it: {@code sha256:} and the hex SHA-256 of its {@link #norm} form. */
    static String hashed(String normalized) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(normalized.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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

    /** A fixed-width table of every field with labelled values: gold values, TP, FP, FN, precision, recall, F1. */
    public String table() {
        StringBuilder b = new StringBuilder(String.format(
                "%-22s %5s %5s %5s %5s %6s %6s %6s%n", "field", "gold", "tp", "fp", "fn", "P", "R", "F1"));
        for (var e : counts.entrySet()) {
            Count c = e.getValue();
            if (c.tp + c.fp + c.fn == 0) {
                continue;
            }
            b.append(String.format(
                    "%-22s %5d %5d %5d %5d %6s %6s %6s%n",
                    e.getKey(), c.gold(), c.tp, c.fp, c.fn, fmt(c.precision()), fmt(c.recall()), fmt(c.f1())));
        }
        return b.toString();
    }

    static String fmt(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
    }
}
