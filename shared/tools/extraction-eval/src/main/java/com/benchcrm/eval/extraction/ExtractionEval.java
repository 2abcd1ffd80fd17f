package com.benchcrm.eval.extraction;

import com.benchcrm.extraction.AiGateway;
import com.benchcrm.extraction.ExtractionInput;
import com.benchcrm.extraction.PositionYears;
import com.benchcrm.extraction.RequirementExtraction;
import com.benchcrm.extraction.rules.DeterministicExtractor;
import com.benchcrm.ingest.MailClassifier;
import com.benchcrm.mail.ParsedMail;
import com.benchcrm.mail.mime.MimeMailParser;
import com.benchcrm.skills.SkillTaxonomy;
import com.benchcrm.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Scores extraction on every evaluation set and prints per-field precision and recall of the
 * measuring part (never tuned on) beside the development part (tuned on). Nothing is asserted.
 *
 * <pre>
 * shared/tools/benchmarks/run extraction-eval [--mismatches] [--dev-only] [--set dice]
 * </pre>
 *
 * <p>{@code --mismatches} prints what did not match, for the development part only: the measuring
 * part is only ever seen in aggregate. {@code --dev-only} leaves the measuring part out of the
 * tables: what to run while changing the rules.
 */
public final class ExtractionEval {

    /** The tenant the extractor is called for (the rules ignore it; an AI adapter counts tokens against it). */
    static final TenantId TENANT = new TenantId(UUID.fromString("00000000-0000-0000-0000-00000000e7a1"));

    /** {@code --dev-only}: print the development part alone (while tuning, the measuring part stays unseen). */
    private static boolean devOnly;

    private ExtractionEval() {}

    /** Scores of one set by part. */
    public record SetScores<S>(String set, int devItems, int measureItems, Map<Part, S> byPart) {}

    /** What the extractor made of a mail, as the ingest path would make it (classified first, then extracted). */
    public static RequirementExtraction extract(AiGateway extractor, MimeMailParser parser, LabelledMail m) {
        ExtractionInput input;
        if (m.plainText()) {
            input = ExtractionInput.ofText(unMarkdown(new String(m.raw(), StandardCharsets.UTF_8)));
        } else {
            ParsedMail mail = parser.parse(m.raw());
            if (MailClassifier.beforeExtraction(mail).isPresent()) {
                return new RequirementExtraction(
                        List.of(), "none", null, null, null, List.of("classified before extraction"));
            }
            input = ExtractionInput.ofMail(mail);
        }
        return extractor.extractRequirements(TENANT, input);
    }

    /**
     * The two plain-text mails are Markdown renderings of mail: their hard line breaks (a trailing
     * backslash), entities ({@code &#x20;}) and links are undone so the text is what the mail said.
     */
    static String unMarkdown(String s) {
        return s.replaceAll("(?m)\\\\$", "")
                .replace("&#x20;", " ")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .replaceAll("!\\[[^]]*]\\([^)]*\\)", "")
                .replaceAll("\\[([^]]*)]\\((?:mailto:)?[^)]*\\)", "$1");
    }

    public static SetScores<FieldScores> scoreMails(String set, List<LabelledMail> mails, AiGateway extractor) {
        MimeMailParser parser = new MimeMailParser();
        Map<Part, FieldScores> byPart = new EnumMap<>(Part.class);
        int dev = 0;
        int measure = 0;
        for (LabelledMail m : mails) {
            FieldScores s = byPart.computeIfAbsent(m.part(), p -> new FieldScores());
            s.add(m.set() + "/" + m.id(), m.label(), extract(extractor, parser, m));
            if (m.part() == Part.DEV) {
                dev++;
            } else {
                measure++;
            }
        }
        return new SetScores<>(set, dev, measure, byPart);
    }

    public static SetScores<ResumeScores> scoreResumes(String set, List<LabelledResume> resumes, AiGateway extractor) {
        Map<Part, ResumeScores> byPart = new EnumMap<>(Part.class);
        int dev = 0;
        int measure = 0;
        for (LabelledResume r : resumes) {
            byPart.computeIfAbsent(r.part(), p -> new ResumeScores())
                    .add(
                            r.set() + "/" + r.id(),
                            r.label(),
                            extractor.extractResume(TENANT, r.text()),
                            PositionYears.of(r.text(), ResumeSets.writtenOn(r.set()))
                                    .map(PositionYears.Counted::years)
                                    .orElse(null));
            if (r.part() == Part.DEV) {
                dev++;
            } else {
                measure++;
            }
        }
        return new SetScores<>(set, dev, measure, byPart);
    }

    /** The deterministic extractor as the product runs it (fixed clock, so start dates are the same every run). */
    public static AiGateway rules() {
        return new DeterministicExtractor(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));
    }

    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : ".")
                .toAbsolutePath()
                .normalize();
        boolean mismatches = List.of(args).contains("--mismatches");
        devOnly = List.of(args).contains("--dev-only");
        String only = null;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--set")) {
                only = args[i + 1];
            }
        }
        Path data = MailSets.dataDir(root);
        AiGateway rules = rules();
        System.out.printf(
                "Extraction evaluation: deterministic extractor, taxonomy %s; %s%n",
                SkillTaxonomy.standard().version(),
                data == null ? "../shared/data is absent: only the anonymous sets run" : "data " + data);
        System.out.println(
                "Every set is split by Part (hash order, alternating): MEASURE = never looked at or tuned on, only scored here;"
                        + " DEV = looked at and tuned on (figures marked 'tuned').");
        long t0 = System.nanoTime();
        Map<String, List<LabelledMail>> mailSets = MailSets.all(data);
        Map<Part, FieldScores> mailTotal = new EnumMap<>(Part.class);
        List<String> devMismatches = new ArrayList<>();
        for (var e : mailSets.entrySet()) {
            if (only != null && !only.equals(e.getKey())) {
                continue;
            }
            SetScores<FieldScores> s = scoreMails(e.getKey(), e.getValue(), rules);
            int reqs = 0;
            for (LabelledMail m : e.getValue()) {
                reqs += m.label().path("requirements").size();
            }
            System.out.printf(
                    "%nMail set %s: %d mails (%d labelled requirements); measuring part %d mails, development part %d%s%n",
                    e.getKey(), e.getValue().size(), reqs, s.measureItems(), s.devItems(), describe(e.getKey()));
            System.out.print(sideBySide(s.byPart(), FieldScores.FIELDS, FieldScores::count));
            if (!e.getKey().equals("requirements-dev")) {
                s.byPart()
                        .forEach((p, f) -> mailTotal
                                .computeIfAbsent(p, x -> new FieldScores())
                                .addAll(f));
            }
            FieldScores dev = s.byPart().get(Part.DEV);
            if (dev != null) {
                devMismatches.addAll(dev.mismatches());
            }
        }
        if (only == null) {
            System.out.printf(
                    "%nAll generated, real and anonymous mail sets together (requirements-dev left out: all of it is tuned):%n");
            System.out.print(sideBySide(mailTotal, FieldScores.FIELDS, FieldScores::count));
        }
        Map<String, List<LabelledResume>> resumeSets = ResumeSets.all(data);
        Map<Part, ResumeScores> resumeTotal = new EnumMap<>(Part.class);
        for (var e : resumeSets.entrySet()) {
            if (only != null && !only.equals(e.getKey()) && !only.equals("resumes")) {
                continue;
            }
            SetScores<ResumeScores> s = scoreResumes(e.getKey(), e.getValue(), rules);
            System.out.printf(
                    "%nResume set %s: %d resumes; measuring part %d, development part %d%s%n",
                    e.getKey(), e.getValue().size(), s.measureItems(), s.devItems(), describe("resumes-" + e.getKey()));
            System.out.print(sideBySide(s.byPart(), ResumeScores.FIELDS, ResumeScores::count));
            s.byPart()
                    .forEach((p, f) -> resumeTotal
                            .computeIfAbsent(p, x -> new ResumeScores())
                            .addAll(f));
            ResumeScores dev = s.byPart().get(Part.DEV);
            if (dev != null) {
                devMismatches.addAll(dev.mismatches());
            }
        }
        if (only == null && resumeSets.size() > 1) {
            System.out.printf("%nAll resume sets together:%n");
            System.out.print(sideBySide(resumeTotal, ResumeScores.FIELDS, ResumeScores::count));
        }
        System.out.printf("%n%.1f s%n", (System.nanoTime() - t0) / 1e9);
        if (mismatches) {
            System.out.printf("%nMismatches of the development part (%d):%n", devMismatches.size());
            devMismatches.forEach(m -> System.out.println("  " + m));
        }
    }

    private static String describe(String set) {
        return switch (set) {
            case "anon" -> " (anonymous mails written for this project: digests, chains, exclusions)";
            case "vendor-text" -> " (the two real plain-text recruiter mails)";
            case "nyc" -> " (real NYC IT postings wrapped as vendor mail: titles, salaries)";
            case "dice" ->
                " (real Dice titles and skills wrapped as vendor mail and digests; skills = technologies only)";
            case "requirements-dev" -> " (the 10 real mails; ALL of it was tuned on: the measuring column is empty)";
            case "resumes-anon" -> " (anonymous resumes in real layouts)";
            case "resumes-dataturks" -> " (real resumes with annotated spans; skills precision is a lower bound)";
            case "resumes-omkarpathak" -> " (real PDF/DOCX resumes; titles and places only)";
            default -> "";
        };
    }

    /** A table of the measuring part beside the development part. */
    static <S> String sideBySide(
            Map<Part, S> byPart,
            List<String> fields,
            java.util.function.BiFunction<S, String, FieldScores.Count> count) {
        S measure = devOnly ? null : byPart.get(Part.MEASURE);
        S dev = byPart.get(Part.DEV);
        StringBuilder b = new StringBuilder(String.format(
                Locale.ROOT, "  %-22s | %-40s | %-26s%n", "", "MEASURING part (untuned)", "DEV part (tuned)"));
        b.append(String.format(
                Locale.ROOT,
                "  %-22s | %5s %5s %5s %5s %5s %5s | %5s %5s %5s %5s%n",
                "field",
                "gold",
                "fp",
                "fn",
                "P",
                "R",
                "F1",
                "gold",
                "P",
                "R",
                "F1"));
        for (String f : fields) {
            FieldScores.Count m = measure == null ? null : count.apply(measure, f);
            FieldScores.Count d = dev == null ? null : count.apply(dev, f);
            boolean any = (m != null && m.tp + m.fp + m.fn > 0) || (d != null && d.tp + d.fp + d.fn > 0);
            if (!any) {
                continue;
            }
            b.append(String.format(
                    Locale.ROOT,
                    "  %-22s | %5s %5s %5s %5s %5s %5s | %5s %5s %5s %5s%n",
                    f,
                    m == null ? "" : m.gold(),
                    m == null ? "" : m.fp(),
                    m == null ? "" : m.fn(),
                    m == null ? "" : fmt(m.precision()),
                    m == null ? "" : fmt(m.recall()),
                    m == null ? "" : fmt(m.f1()),
                    d == null ? "" : d.gold(),
                    d == null ? "" : fmt(d.precision()),
                    d == null ? "" : fmt(d.recall()),
                    d == null ? "" : fmt(d.f1())));
        }
        return b.toString();
    }

    private static String fmt(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.2f", d);
    }
}
