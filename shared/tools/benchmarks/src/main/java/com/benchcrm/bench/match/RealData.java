package com.benchcrm.bench.match;

import com.benchcrm.bench.Csv;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The real development data beside the checkout ({@code ../shared/data}), read in place at benchmark
 * time and never copied: NYC IT job postings, annotated resumes, Dice titles with skills. Absent in a
 * user's clone: callers skip with a message.
 */
final class RealData {

    /**
     * A posting: {@code text} its columns as plain lines (what the lexical baselines read), {@code mail} the
     * same columns as a vendor would write them to the extractor, the work unit labelled (ADR 0110).
     */
    record Posting(String id, String title, String text, String mail, Family family) {}

    record Resume(int index, String designation, String text, Family family) {}

    /**
     * Relevance labels: a posting and a resume are relevant to each other when they fall in the same
     * role family. The family is the first of these patterns (in this order) that matches the
     * posting's business title, or the resume's first annotated designation (by position), falling
     * back to its annotated skills when the designation matches none. OTHER never counts as relevant.
     * The order puts the specific families before the generic ones ("Security Engineer" is SECURITY,
     * not SOFTWARE).
     */
    enum Family {
        SECURITY("secur|cyber|vulnerab|forensic"),
        QA("\\bqa\\b|quality assurance|\\btest|tester"),
        DATA(
                "data|database|\\bdba\\b|\\bsql\\b|business intelligence|\\bbi\\b|analytics|reporting|\\betl\\b|statistic|\\bgis\\b"),
        PM_BA(
                "project manager|program manager|project management|business analyst|scrum|product manager|product owner|\\bpmo\\b|project coordinator|systems analyst|business systems"),
        NETWORK_INFRA(
                "network|\\blan\\b|\\bwan\\b|telecom|system administrator|systems administrator|sys admin|infrastructure|server|unix|linux|windows|cloud|devops|voip|telephony|exchange|storage|vmware|citrix|data ?center|systems? engineer|administrator"),
        SUPPORT(
                "help ?desk|service desk|desktop|technical support|support (analyst|specialist|engineer|technician)|end user|computer associate|it support|technician|operations analyst"),
        ERP("\\bsap\\b|peoplesoft|oracle (apps|ebs|financials)|\\berp\\b|salesforce|\\bcrm\\b|dynamics|fico|abap"),
        SOFTWARE(
                "develop|programmer|software|java|\\.net|\\bweb|application|engineer|architect|coder|full ?stack|front ?end|back ?end|mobile|\\bios\\b|android|python"),
        OTHER("$^");

        final Pattern pattern;

        Family(String regex) {
            this.pattern = Pattern.compile(regex);
        }

        static Family of(String text) {
            String t = text.toLowerCase(Locale.ROOT);
            for (Family f : values()) {
                if (f != OTHER && f.pattern.matcher(t).find()) {
                    return f;
                }
            }
            return OTHER;
        }
    }

    static Optional<Path> dataDir(Path root) {
        Path d = root.resolve("../shared/data").normalize();
        return Files.isDirectory(d) ? Optional.of(d) : Optional.empty();
    }

    /**
     * The IT postings (category containing "Technology"), one per Job ID. The 2019 snapshot leaves the
     * description, qualification and preferred-skill columns empty for nearly all of them, so a posting's
     * text is its business title, civil-service title and work unit (plus whatever text there is).
     */
    static List<Posting> postings(Path data) throws IOException {
        Path f = data.resolve("jobs/NYC_Jobs_2019snapshot.csv");
        List<List<String>> rows = Csv.rows(f);
        List<String> h = rows.get(0);
        int id = h.indexOf("Job ID"),
                cat = h.indexOf("Job Category"),
                title = h.indexOf("Business Title"),
                civil = h.indexOf("Civil Service Title"),
                unit = h.indexOf("Division/Work Unit"),
                desc = h.indexOf("Job Description"),
                quals = h.indexOf("Minimum Qual Requirements"),
                pref = h.indexOf("Preferred Skills");
        Map<String, Posting> byId = new LinkedHashMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.size() <= pref || !r.get(cat).contains("Technology") || byId.containsKey(r.get(id))) {
                continue;
            }
            // In this snapshot almost every IT row has an empty description, qualifications and preferred
            // skills (655 of 657 rows): the text is mostly the business title, civil-service title and unit.
            String rest = ".\n" + r.get(pref) + "\n" + r.get(desc) + "\n" + r.get(quals);
            String text = r.get(title) + ".\n" + r.get(civil) + ".\n" + r.get(unit) + rest;
            // The mail labels the work unit as a vendor would ("Division/Work Unit: ..."): it names the hiring
            // department, not a skill (ADR 0110).
            String mail = r.get(title) + ".\n" + r.get(civil) + ".\n" + "Division/Work Unit: " + r.get(unit) + rest;
            byId.put(
                    r.get(id), new Posting(r.get(id), r.get(title), clean(text), clean(mail), Family.of(r.get(title))));
        }
        return new ArrayList<>(byId.values());
    }

    static List<Resume> resumes(Path data) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Resume> out = new ArrayList<>();
        int i = 0;
        for (String line : Files.readAllLines(data.resolve("resumes/dataturks-train-200.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode r = json.readTree(line);
            String content = r.path("content").asText();
            String designation = first(r, "Designation").orElse("");
            Family fam = Family.of(designation);
            if (fam == Family.OTHER) {
                fam = Family.of(first(r, "Skills")
                        .map(s -> s.length() > 300 ? s.substring(0, 300) : s)
                        .orElse(""));
            }
            out.add(new Resume(i++, designation.strip(), clean(content), fam));
        }
        return out;
    }

    /** "Designation, Required Skills" of the Dice sample: short real texts, many of them. */
    static List<String> diceTexts(Path data, int max) throws IOException {
        List<List<String>> rows = Csv.rows(data.resolve("jobs/dice_title_skills_22k.csv"));
        List<String> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.size() < 3 || r.get(1).isBlank()) {
                continue;
            }
            out.add(clean(r.get(1) + ". " + r.get(2)));
            if (out.size() >= max) {
                break;
            }
        }
        return out;
    }

    /** The annotated span of a label that comes first in the text. */
    private static Optional<String> first(JsonNode resume, String label) {
        String best = null;
        int bestStart = Integer.MAX_VALUE;
        for (JsonNode a : resume.path("annotation")) {
            boolean has = false;
            for (JsonNode l : a.path("label")) {
                has |= label.equals(l.asText());
            }
            if (!has) {
                continue;
            }
            for (JsonNode p : a.path("points")) {
                if (p.path("start").asInt() < bestStart) {
                    bestStart = p.path("start").asInt();
                    best = p.path("text").asText();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String clean(String s) {
        return s.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").strip();
    }
}
