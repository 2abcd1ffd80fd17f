package com.benchcrm.eval.extraction;

import com.benchcrm.common.Json;
import com.benchcrm.documents.text.DocumentTextReader;
import com.benchcrm.mail.AttachmentKind;
import com.benchcrm.skills.Skill;
import com.benchcrm.skills.SkillTaxonomy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resume evaluation sets.
 *
 * <ul>
 *   <li>{@code anon}: anonymous resumes written for this project in the layouts of real ones ("Skill
 *       Details" with months per skill, Indeed's "Skill (N years)", tables, mojibake and
 *       private-use bullets), labels in {@code labels/anon-resumes.json}.</li>
 *   <li>{@code dataturks}: the 200 real resumes of {@code resumes/dataturks-train-200.jsonl} with the
 *       spans their annotators marked: the first Designation is the title, the first Location the
 *       place, the Years of Experience span the years, the Skills spans the skills (technologies only:
 *       their items resolved by the taxonomy, generic practices left out) and the skills' years
 *       where the span says "Skill (N years)". Only the skills sections are marked, so a technology
 *       the resume names elsewhere counts against precision: skills precision here is a lower bound.</li>
 *   <li>{@code omkarpathak}: the six PDF and DOCX resumes of {@code resumes/files-omkarpathak}, read
 *       as the import reads them, labels (title and place) in {@code labels/omkarpathak.json}.</li>
 * </ul>
 */
public final class ResumeSets {

    private static final Pattern SKILL_YEARS = Pattern.compile(
            "(?i)([A-Za-z][^,;()\\n]{0,60}?)\\s*\\((less\\s+than\\s+1\\s+year|\\d{1,2})\\s*(?:years?)?\\)");
    private static final Pattern NUMBER =
            Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2})?)\\s*\\+?\\s*(years?|yrs?|months?)?", Pattern.CASE_INSENSITIVE);

    private ResumeSets() {}

    public static Map<String, List<LabelledResume>> all(Path dataDir) {
        Map<String, List<LabelledResume>> out = new LinkedHashMap<>();
        out.put("anon", anon());
        if (dataDir != null) {
            out.put("dataturks", dataturks(dataDir));
            out.put("omkarpathak", omkarpathak(dataDir));
        }
        out.values().removeIf(List::isEmpty);
        return out;
    }

    /**
     * The day a set's resumes were written, "Present" in their positions' dates: DataTurks' Indeed resumes were
     * published in 2018 (most name no year after 2017 or 2018), the others were written with the evaluation's clock.
     */
    public static java.time.LocalDate writtenOn(String set) {
        return set.equals("dataturks") ? java.time.LocalDate.of(2018, 6, 1) : java.time.LocalDate.of(2026, 11, 23);
    }

    public static List<LabelledResume> anon() {
        JsonNode labels = MailSets.resourceJson(MailSets.BASE + "labels/anon-resumes.json");
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        labels.path("resumes").fields().forEachRemaining(e -> byName.put(e.getKey(), e.getValue()));
        Map<String, Part> parts = Part.split("anon-resumes", byName.keySet());
        List<LabelledResume> out = new ArrayList<>();
        for (var e : byName.entrySet()) {
            String text =
                    new String(MailSets.resource(MailSets.BASE + "resumes/anon/" + e.getKey()), StandardCharsets.UTF_8);
            out.add(new LabelledResume("anon", e.getKey(), parts.get(e.getKey()), text, e.getValue()));
        }
        return out;
    }

    public static List<LabelledResume> dataturks(Path dataDir) {
        Path f = dataDir.resolve("resumes/dataturks-train-200.jsonl");
        if (!Files.exists(f)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                try {
                    rows.put("dt-" + String.format("%03d", i), Json.strict().readTree(lines.get(i)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        Map<String, Part> parts = Part.split("dataturks", rows.keySet());
        List<LabelledResume> out = new ArrayList<>();
        for (var e : rows.entrySet()) {
            JsonNode row = e.getValue();
            out.add(new LabelledResume(
                    "dataturks",
                    e.getKey(),
                    parts.get(e.getKey()),
                    row.path("content").asText(),
                    dataturksLabel(row)));
        }
        return out;
    }

    record Span(String label, int start, String text) {}

    static ObjectNode dataturksLabel(JsonNode row) {
        List<Span> spans = new ArrayList<>();
        for (JsonNode a : row.path("annotation")) {
            for (JsonNode l : a.path("label")) {
                for (JsonNode p : a.path("points")) {
                    spans.add(new Span(
                            l.asText(), p.path("start").asInt(), p.path("text").asText()));
                }
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        ObjectNode g = Json.strict().createObjectNode();
        spans.stream()
                .filter(s -> s.label().equals("Designation"))
                .findFirst()
                .ifPresent(s -> g.putArray("titles").add(s.text().trim().replaceAll("\\s+", " ")));
        spans.stream()
                .filter(s -> s.label().equals("Location"))
                .findFirst()
                .ifPresent(s -> g.put("location", s.text().trim().replaceAll("[,.]+$", "")));
        spans.stream()
                .filter(s -> s.label().equals("Years of Experience"))
                .findFirst()
                .map(s -> years(s.text()))
                .ifPresent(y -> g.put("yearsExperience", y));
        List<Span> skillSpans =
                spans.stream().filter(s -> s.label().equals("Skills")).toList();
        if (!skillSpans.isEmpty()) {
            SkillTaxonomy tax = SkillTaxonomy.standard();
            Set<String> skills = new LinkedHashSet<>();
            ObjectNode skillYears = Json.strict().createObjectNode();
            for (Span s : skillSpans) {
                // "(Less than 1 year)" wrapped onto the next line is still the years of the skill before it, not Less
                String text = s.text().replaceAll("(?i)\\((less\\s+than\\s+1\\s+year|\\d{1,2}\\s*years?)\\)", " ");
                for (String item : text.split("[,;|\\n•]+|:\\s")) {
                    for (Skill k : tax.resolveListItem(item.trim())) {
                        if (!k.generic()) {
                            skills.add(k.name());
                        }
                    }
                }
                Matcher m = SKILL_YEARS.matcher(s.text());
                while (m.find()) {
                    List<Skill> named = tax.resolveListItem(m.group(1).trim());
                    if (named.size() == 1 && !named.get(0).generic()) {
                        BigDecimal y =
                                m.group(2).toLowerCase(java.util.Locale.ROOT).startsWith("less")
                                        ? new BigDecimal("0.5")
                                        : new BigDecimal(m.group(2));
                        skillYears.put(named.get(0).name(), y);
                    }
                }
            }
            ArrayNode arr = g.putArray("skills");
            skills.forEach(arr::add);
            g.put("technologySkillsOnly", true);
            if (!skillYears.isEmpty()) {
                g.set("skillYears", skillYears);
            }
        }
        return g;
    }

    /** "5 Years 11 Months" is 5.9, "6 months" 0.5, "7+ years" 7; null when there is no number. */
    static BigDecimal years(String text) {
        Matcher m = NUMBER.matcher(text);
        BigDecimal total = null;
        while (m.find()) {
            BigDecimal v = new BigDecimal(m.group(1));
            boolean months = m.group(2) != null
                    && m.group(2).toLowerCase(java.util.Locale.ROOT).startsWith("m");
            BigDecimal add = months ? v.divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP) : v;
            total = total == null ? add : total.add(add);
        }
        return total;
    }

    public static List<LabelledResume> omkarpathak(Path dataDir) {
        Path dir = dataDir.resolve("resumes/files-omkarpathak");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        JsonNode labels = MailSets.resourceJson(MailSets.BASE + "labels/omkarpathak.json");
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        labels.path("resumes").fields().forEachRemaining(e -> byName.put(e.getKey(), e.getValue()));
        Map<String, Part> parts = Part.split("omkarpathak", byName.keySet());
        DocumentTextReader reader = new DocumentTextReader();
        List<LabelledResume> out = new ArrayList<>();
        for (var e : byName.entrySet()) {
            Path f = dir.resolve(e.getKey());
            if (!Files.exists(f)) {
                continue;
            }
            String text = reader.text(
                    MailSets.read(f), e.getKey().endsWith(".pdf") ? AttachmentKind.PDF : AttachmentKind.DOCX);
            out.add(new LabelledResume("omkarpathak", e.getKey(), parts.get(e.getKey()), text, e.getValue()));
        }
        return out;
    }
}
