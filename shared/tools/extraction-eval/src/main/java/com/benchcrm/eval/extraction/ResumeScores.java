package com.benchcrm.eval.extraction;

import com.benchcrm.extraction.ExtractedLocation;
import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.ResumeExtraction;
import com.benchcrm.extraction.Sourced;
import com.benchcrm.skills.Skill;
import com.benchcrm.skills.SkillTaxonomy;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Field-level precision and recall of resume extraction against labels, micro-averaged over the
 * resumes: {@code title} (the first title extracted, without its seniority word, against the
 * acceptable titles), {@code years} (total years, within half a year), {@code location} ("City, ST",
 * or the city alone when the label has no state), {@code workAuthorization}, {@code skills} and
 * {@code skillYears} (skill and years, within half a year). A key absent from a resume's labels is
 * not scored for it. {@code yearsOrCounted} scores what the consultant gets on import against the same stated
 * total: the stated years, else those counted from the resume's dated positions (ADR 0121).
 */
public final class ResumeScores {

    public static final List<String> FIELDS =
            List.of("title", "years", "yearsOrCounted", "location", "workAuthorization", "skills", "skillYears");
    private static final Pattern SENIORITY = Pattern.compile(
            "(?i)^(senior|sr\\.?|snr|junior|jr\\.?|lead|principal|staff|mid[- ]level|entry[- ]level)\\s+");

    private final Map<String, FieldScores.Count> counts = new LinkedHashMap<>();
    private final List<String> mismatches = new ArrayList<>();
    private int resumes;

    public ResumeScores() {
        FIELDS.forEach(f -> counts.put(f, new FieldScores.Count()));
    }

    public FieldScores.Count count(String field) {
        return counts.get(field);
    }

    public int resumes() {
        return resumes;
    }

    public List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    public void addAll(ResumeScores other) {
        other.counts.forEach((f, c) -> counts.get(f).add(c));
        resumes += other.resumes;
    }

    public void add(String name, JsonNode g, ResumeExtraction r) {
        add(name, g, r, null);
    }

    /** @param counted the years of the resume's dated positions, or null (used where no total is extracted) */
    public void add(String name, JsonNode g, ResumeExtraction r, BigDecimal counted) {
        resumes++;
        if (g.has("titles")) {
            Set<String> acceptable = new LinkedHashSet<>();
            g.path("titles").forEach(t -> acceptable.add(titleKey(t.asText())));
            String got = r.titles().isEmpty() || r.titles().get(0).value() == null
                    ? null
                    : titleKey(r.titles().get(0).value());
            tally(
                    name,
                    "title",
                    !acceptable.isEmpty(),
                    got,
                    got != null && acceptable.contains(got),
                    acceptable.toString());
        }
        if (g.has("yearsExperience")) {
            BigDecimal want =
                    g.hasNonNull("yearsExperience") ? g.get("yearsExperience").decimalValue() : null;
            BigDecimal got =
                    r.yearsExperience() == null ? null : r.yearsExperience().value();
            tally(
                    name,
                    "years",
                    want != null,
                    got == null ? null : got.toPlainString(),
                    got != null && want != null && got.subtract(want).abs().compareTo(new BigDecimal("0.5")) <= 0,
                    String.valueOf(want));
            BigDecimal product = got != null ? got : counted;
            tally(
                    name,
                    "yearsOrCounted",
                    want != null,
                    product == null ? null : product.toPlainString(),
                    product != null
                            && want != null
                            && product.subtract(want).abs().compareTo(new BigDecimal("0.5")) <= 0,
                    String.valueOf(want));
        }
        if (g.has("location")) {
            String want = g.hasNonNull("location")
                    ? FieldScores.norm(g.get("location").asText()).replaceAll("[,.]+$", "")
                    : null;
            String got = location(r.location(), want != null && want.contains(","));
            tally(name, "location", want != null, got, got != null && got.equals(want), want);
        }
        if (g.has("workAuthorization")) {
            String want = g.hasNonNull("workAuthorization")
                    ? g.get("workAuthorization").asText()
                    : null;
            Sourced<?> w = r.workAuthorization();
            String got = w == null || w.value() == null ? null : w.value().toString();
            tally(name, "workAuthorization", want != null, got, got != null && got.equals(want), want);
        }
        boolean technologyOnly = g.path("technologySkillsOnly").asBoolean(false);
        if (g.has("skills")) {
            Set<String> want = new LinkedHashSet<>();
            g.path("skills").forEach(s -> want.add(FieldScores.skillKey(s.asText())));
            Set<String> got = new LinkedHashSet<>();
            for (ExtractedSkill s : r.skills()) {
                if (!(technologyOnly && generic(s))) {
                    got.add(s.skillId() != null ? s.skillId() : FieldScores.norm(s.name()));
                }
            }
            compare(name, "skills", want, got);
        }
        if (g.has("skillYears")) {
            Map<String, BigDecimal> want = new LinkedHashMap<>();
            g.path("skillYears")
                    .fields()
                    .forEachRemaining(e -> want.put(
                            FieldScores.skillKey(e.getKey()), e.getValue().decimalValue()));
            FieldScores.Count c = counts.get("skillYears");
            Set<String> matched = new LinkedHashSet<>();
            for (ExtractedSkill s : r.skills()) {
                if (s.years() == null) {
                    continue;
                }
                String key = s.skillId() != null ? s.skillId() : FieldScores.norm(s.name());
                BigDecimal w = want.get(key);
                if (w != null
                        && w.subtract(s.years()).abs().compareTo(new BigDecimal("0.5")) <= 0
                        && matched.add(key)) {
                    c.tp++;
                } else {
                    c.fp++;
                    mismatches.add(
                            name + " skillYears: extra " + key + "@" + s.years().toPlainString());
                }
            }
            for (String k : want.keySet()) {
                if (!matched.contains(k)) {
                    c.fn++;
                    mismatches.add(name + " skillYears: missed " + k + "@"
                            + want.get(k).toPlainString());
                }
            }
        }
    }

    private void tally(String name, String field, boolean labelled, String got, boolean hit, String want) {
        FieldScores.Count c = counts.get(field);
        if (hit) {
            c.tp++;
            return;
        }
        if (got != null) {
            c.fp++;
        }
        if (labelled) {
            c.fn++;
        }
        if (got != null || labelled) {
            mismatches.add(name + " " + field + ": got " + got + ", want " + want);
        }
    }

    private void compare(String name, String field, Set<String> gold, Set<String> got) {
        FieldScores.Count c = counts.get(field);
        Set<String> missed = new LinkedHashSet<>(gold);
        missed.removeAll(got);
        Set<String> extra = new LinkedHashSet<>(got);
        extra.removeAll(gold);
        c.tp += gold.size() - missed.size();
        c.fp += extra.size();
        c.fn += missed.size();
        if (!missed.isEmpty() || !extra.isEmpty()) {
            mismatches.add(name + " " + field + ": missed " + missed + ", extra " + extra);
        }
    }

    private static boolean generic(ExtractedSkill s) {
        return s.skillId() != null
                && SkillTaxonomy.standard()
                        .byId(s.skillId())
                        .map(Skill::generic)
                        .orElse(false);
    }

    private static String location(ExtractedLocation l, boolean withState) {
        if (l == null) {
            return null;
        }
        if (l.city() == null) {
            return l.state() == null ? null : FieldScores.norm(l.state());
        }
        return FieldScores.norm(withState && l.state() != null ? l.city() + ", " + l.state() : l.city());
    }

    /** A title without its seniority word, compared loosely. */
    static String titleKey(String title) {
        String t = title.trim().replaceAll("\\s+", " ");
        String prev = null;
        while (!t.equals(prev)) {
            prev = t;
            t = SENIORITY.matcher(t).replaceFirst("");
        }
        return FieldScores.titleKey(t);
    }

    public String table() {
        StringBuilder b = new StringBuilder(String.format(
                "%-22s %5s %5s %5s %5s %6s %6s %6s%n", "field", "gold", "tp", "fp", "fn", "P", "R", "F1"));
        for (var e : counts.entrySet()) {
            FieldScores.Count c = e.getValue();
            if (c.tp + c.fp + c.fn == 0) {
                continue;
            }
            b.append(String.format(
                    "%-22s %5d %5d %5d %5d %6s %6s %6s%n",
                    e.getKey(),
                    c.gold(),
                    c.tp,
                    c.fp,
                    c.fn,
                    FieldScores.fmt(c.precision()),
                    FieldScores.fmt(c.recall()),
                    FieldScores.fmt(c.f1())));
        }
        return b.toString();
    }

    Map<String, FieldScores.Count> counts() {
        return counts;
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
