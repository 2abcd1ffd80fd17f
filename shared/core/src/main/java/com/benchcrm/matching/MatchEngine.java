package com.benchcrm.matching;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Location;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import com.benchcrm.common.SkillNames;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.consultant.Availability;
import com.benchcrm.consultant.AvailabilityStatus;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.RequirementSkill;
import com.benchcrm.requirement.Seniority;
import com.benchcrm.requirement.WorkMode;
import com.benchcrm.skills.SkillMention;
import com.benchcrm.skills.SkillTaxonomy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores one consultant against one requirement: six factors in [0, 1], a weighted sum, hard filters,
 * and a reason sentence per factor computed from the same numbers as the factor. Pure: no I/O, and
 * "today" comes from the clock given at construction.
 *
 * <pre>{@code
 * MatchEngine engine = new MatchEngine(Clock.systemUTC());
 * MatchResult r = engine.score(MatchInput.of(requirement, consultant).withSimilarity(0.71, modelKey),
 *         MatchSettings.DEFAULT);
 * r.matchScore();   // 0.83
 * r.reasons();      // ["Has 6 of 7 required skills (missing: Kafka)", "Rate $70/h within budget $75/h", ...]
 * }</pre>
 *
 * <p>The factors and their constants are described, with the reasoning behind each, in
 * docs/adr/0031-scoring-model.md.
 */
public final class MatchEngine {

    /** Recorded in every result; bump when a factor's formula changes. */
    public static final String VERSION = "match-engine/10";

    /** Weight of a required skill in the weighted Jaccard; a nice-to-have weighs {@link #NICE_WEIGHT}. */
    static final double REQUIRED_WEIGHT = 1.0;

    static final double NICE_WEIGHT = 0.4;
    /** Weight of each consultant skill the requirement does not ask for (a focused profile beats a long list). */
    static final double EXTRA_WEIGHT = 0.05;
    /** Commute radius (miles) within which onsite and hybrid are a perfect fit, and the decay scale beyond it. */
    static final double ONSITE_RADIUS = 30, ONSITE_SCALE = 100, HYBRID_RADIUS = 50, HYBRID_SCALE = 150;
    /** Remote time-zone fit lost per hour of difference. */
    static final double PER_HOUR = 0.15;
    /** Rate sigmoid: steepness, and the share over budget that still scores 0.5. */
    static final double RATE_STEEPNESS = 12, RATE_MIDPOINT_OVER = 0.05;
    /** Availability fit lost per day after the start. */
    static final double AVAILABILITY_DAYS_TO_ZERO = 45;
    /** History: recency half-life in days, and the pseudo-count of the neutral prior 0.5. */
    static final double HISTORY_HALF_LIFE_DAYS = 180, HISTORY_PRIOR_COUNT = 2;
    /**
     * Skill depth by years (ADR 0075): a held skill with {@code y} years on file earns
     * {@code min(1, DEPTH_FLOOR + (1 - DEPTH_FLOOR) * y / DEPTH_FULL_YEARS)} of its credit; without years it earns
     * {@link #DEPTH_UNKNOWN}, so a skill listed with five years or more outranks the same skill listed bare, and a
     * skill used for a few months outranks neither by much.
     */
    static final double DEPTH_FLOOR = 0.7, DEPTH_FULL_YEARS = 5, DEPTH_UNKNOWN = 0.85;
    /** Role factor: a title cosine of ROLE_LOW or less is no fit, ROLE_HIGH or more a full fit (MiniLM titles of unrelated roles sit near 0.2). */
    static final double ROLE_LOW = 0.2, ROLE_HIGH = 0.9;
    /** Skills' text half when a lexical search ran: this share full-text relevance, the rest embedding cosine (ADR 0075). */
    static final double LEXICAL_SHARE = 0.5;
    /** Uncalibrated success mapping: logistic centre and steepness, and the multiplier for a flagged consultant. */
    static final double SUCCESS_CENTRE = 0.65, SUCCESS_STEEPNESS = 10, FLAGGED_SUCCESS_FACTOR = 0.5;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    /**
     * Role factor (ADR 0079): when both titles map to O*NET occupations, this share of the factor is their
     * occupation fit ({@link TitleOccupations#fit}) and the rest the title cosine's fit.
     */
    static final double ROLE_OCCUPATION_SHARE = 0.5;

    /**
     * Role factor of a consultant with no title on file: what a consultant's title is expected to fit a given role,
     * not a neutral midpoint. Across the ranking benchmark's real postings and resumes the role factor of a titled
     * consultant averages 0.16 (most of a bench does other work), so a missing title at 0.5 outranked nearly every
     * known title and filled top 5s with untitled resumes (ADR 0111).
     */
    static final double ROLE_NO_TITLE = 0.2;

    private final Clock clock;
    private final TitleOccupations occupations;

    public MatchEngine(Clock clock) {
        this(clock, TitleOccupations.standard());
    }

    public MatchEngine(Clock clock, TitleOccupations occupations) {
        this.clock = clock;
        this.occupations = occupations;
        // the taxonomy reads titles' skills (~0.5 s to load once per JVM): loaded at init, inside a SnapStart snapshot
        SkillTaxonomy.standard();
    }

    public MatchResult score(MatchInput in, MatchSettings settings) {
        LocalDate today = LocalDate.now(clock);
        Requirement r = in.requirement();
        Consultant c = in.consultant();
        MatchWeights w = settings.weights();

        List<Part> parts = List.of(
                skills(r, c, in.embeddingSimilarity(), in.lexicalRelevance(), settings.skillOverlapShare()),
                location(r, c),
                rate(r, c),
                seniority(r, c),
                history(in, today),
                availability(r, c, today),
                role(r, c, in.titleSimilarity()));

        List<FactorScore> factors = new ArrayList<>();
        double score = 0;
        for (Part p : parts) {
            double weight = w.of(p.factor);
            double contribution = weight * p.value;
            score += contribution;
            factors.add(new FactorScore(p.factor, p.value, weight, contribution, p.reason, p.inputs));
        }
        score = clamp01(score);

        List<MatchFlag> flags = filters(r, c, settings.filters(), today);
        List<String> reasons = new ArrayList<>();
        flags.forEach(f -> reasons.add(f.reason()));
        factors.stream()
                .sorted(Comparator.comparingDouble(FactorScore::weight).reversed())
                .filter(f -> f.weight() > 0)
                .forEach(f -> reasons.add(f.reason()));

        double p = successProbability(score);
        if (!flags.isEmpty()) {
            p *= FLAGGED_SUCCESS_FACTOR;
        }
        String version = VERSION + " settings=" + settings.version() + " embedding="
                + (in.embeddingModel() == null ? "none" : in.embeddingModel());
        return new MatchResult(c.id(), score, p, false, reasons, factors, flags, version);
    }

    /**
     * The uncalibrated success probability: a logistic of the score centred at 0.65 (a score of 0.65
     * maps to 0.5, 0.80 to 0.82, 0.50 to 0.18). Monotone in the score and nothing more: it becomes a
     * real probability when it is fitted to outcomes (then {@code calibrated = true}).
     */
    public static double successProbability(double score) {
        return 1 / (1 + Math.exp(-SUCCESS_STEEPNESS * (score - SUCCESS_CENTRE)));
    }

    // ---------------------------------------------------------------- skills

    /** Weighted overlap of requirement and consultant skills, by {@link SkillNames#key}. */
    record SkillOverlap(
            double jaccard,
            int requiredTotal,
            int requiredHeld,
            int niceTotal,
            int niceHeld,
            List<String> missingRequired,
            List<String> shortOnYears,
            int extras,
            List<String> namedByTitle,
            List<String> throughPlatform) {}

    static SkillOverlap overlap(Requirement r, Consultant c) {
        Map<String, ConsultantSkill> held = new LinkedHashMap<>();
        for (ConsultantSkill s : c.skills()) {
            if (s.name() != null && !s.name().isBlank()) {
                held.putIfAbsent(SkillNames.key(s.name()), s);
            }
        }
        Map<String, RequirementSkill> asked = new LinkedHashMap<>();
        for (RequirementSkill s : r.skills()) {
            if (s.name() != null && !s.name().isBlank()) {
                asked.merge(SkillNames.key(s.name()), s, (a, b) -> isRequired(a) ? a : b);
            }
        }
        List<String> namedByTitle = asked.isEmpty() && r.title() != null ? skillsAskedBy(r.title()) : List.of();
        for (String name : namedByTitle) {
            // a requirement that lists no skills ("CRM Developer", "Security Administrator"): what its title names
            // stands in as nice-to-have skills, never required (the required-skills filter reads listed skills only)
            asked.putIfAbsent(SkillNames.key(name), new RequirementSkill(name, false, null));
        }
        double num = 0;
        double den = 0;
        int reqTotal = 0, reqHeld = 0, niceTotal = 0, niceHeld = 0;
        List<String> missing = new ArrayList<>();
        List<String> short_ = new ArrayList<>();
        List<String> titleWords = c.title() == null ? List.of() : TitleOccupations.words(c.title());
        Set<String> titleSkills = c.title() == null ? Set.of() : skillsNamedBy(c.title());
        List<String> throughPlatform = new ArrayList<>();
        for (Map.Entry<String, RequirementSkill> e : asked.entrySet()) {
            RequirementSkill rs = e.getValue();
            boolean required = isRequired(rs);
            double weight = required ? REQUIRED_WEIGHT : NICE_WEIGHT;
            den += weight;
            if (required) {
                reqTotal++;
            } else {
                niceTotal++;
            }
            ConsultantSkill cs = held.get(e.getKey());
            if (cs == null && (titleSkills.contains(e.getKey()) || namedIn(titleWords, rs.name()))) {
                // "QA Automation Engineer" does quality assurance and "Sr. Python Developer" Python even when the
                // resume's skill list leaves it out: the title is evidence of unknown years, credited at the floor
                // (half when years are asked, the least a listed skill short on years earns; ADR 0110), so listing
                // the skill with any years never scores lower than leaving it to the title
                if (required) {
                    reqHeld++;
                } else {
                    niceHeld++;
                }
                boolean yearsAsked = rs.minYears() != null && rs.minYears().signum() > 0;
                num += weight * (yearsAsked ? 0.5 : DEPTH_FLOOR);
                continue;
            }
            if (cs == null) {
                // "Azure Front Door" asked, "Azure" held: the platform, not the module. It counts for the required-
                // skills filter, not the score (crediting it, and a module for its platform, lowered every ranking
                // figure: ADR 0123)
                Optional<com.benchcrm.skills.Skill> platform =
                        parentOf(rs.name()).filter(p -> !p.generic() && held.containsKey(SkillNames.key(p.name())));
                if (platform.isPresent()) {
                    if (required) {
                        reqHeld++;
                        throughPlatform.add(
                                rs.name().trim() + " (" + platform.get().name() + ")");
                    } else {
                        niceHeld++;
                    }
                    continue;
                }
                if (required) {
                    missing.add(rs.name().trim());
                }
                continue;
            }
            if (required) {
                reqHeld++;
            } else {
                niceHeld++;
            }
            double credit = depth(cs.years());
            if (rs.minYears() != null
                    && rs.minYears().signum() > 0
                    && cs.years() != null
                    && cs.years().compareTo(rs.minYears()) < 0) {
                credit = Math.min(
                        credit,
                        0.5 + 0.5 * cs.years().doubleValue() / rs.minYears().doubleValue());
                short_.add(rs.name().trim() + " (" + plain(cs.years()) + " of " + plain(rs.minYears()) + "+ years)");
            }
            num += weight * credit;
        }
        int extras = 0;
        for (String k : held.keySet()) {
            if (!asked.containsKey(k)) {
                extras++;
            }
        }
        den += EXTRA_WEIGHT * extras;
        double j = asked.isEmpty() ? Double.NaN : num / den;
        return new SkillOverlap(
                j, reqTotal, reqHeld, niceTotal, niceHeld, missing, short_, extras, namedByTitle, throughPlatform);
    }

    /** The taxonomy's broader skill of a named one ("Azure" of "Azure Front Door"), if the name is known. */
    private static Optional<com.benchcrm.skills.Skill> parentOf(String name) {
        SkillTaxonomy t = SkillTaxonomy.standard();
        return t.find(name).map(com.benchcrm.skills.Skill::parentId).flatMap(t::byId);
    }

    /**
     * What a title names as the taxonomy reads a title, aliases included: {@code named}, keys of every skill
     * mentioned (what a consultant's title shows held, ADR 0110); {@code asked}, the names of those that are not a
     * word for the job itself (what a requirement's title asks when it lists no skill, ADR 0111).
     */
    private record TitleSkills(Set<String> named, List<String> asked) {}

    private static final Map<String, TitleSkills> TITLE_SKILLS = new ConcurrentHashMap<>();

    /** Memoized per title (a bench and a requirement board repeat their titles; the memo is dropped past 20,000). */
    private static TitleSkills titleSkills(String title) {
        TitleSkills known = TITLE_SKILLS.get(title);
        if (known != null) {
            return known;
        }
        if (TITLE_SKILLS.size() > 20_000) {
            TITLE_SKILLS.clear();
        }
        Set<String> keys = new HashSet<>();
        Set<String> asked = new LinkedHashSet<>();
        for (SkillMention m : SkillTaxonomy.standard().scan(title, true)) {
            keys.add(SkillNames.key(m.skill().name()));
            if (!m.namesAJob()) {
                asked.add(m.skill().name());
            }
        }
        TitleSkills out = new TitleSkills(Set.copyOf(keys), List.copyOf(asked));
        TITLE_SKILLS.put(title, out);
        return out;
    }

    /**
     * The skills a requirement's title names, as the extractor reads a title ("Security Administrator" names
     * Security, "IT Helpdesk Manager" Help Desk), generic practices included (with no list, the title is all the
     * requirement says) but not a word for the job itself ("Developer" read as Software Development, "Engineer").
     */
    static List<String> skillsAskedBy(String title) {
        return titleSkills(title).asked();
    }

    /**
     * The skills (keys of their names) a consultant's title names: "Senior QA Automation Engineer" names Quality
     * Assurance and Test Automation, as the extractor finds them in a requirement's title.
     */
    static Set<String> skillsNamedBy(String title) {
        return titleSkills(title).named();
    }

    /**
     * Whether a title names a skill: the skill's words (abbreviations expanded as titles are, "QA" -> quality
     * assurance, plurals folded, level words dropped) appear in a row among the title's words. A one-letter
     * skill ("C", "R") never counts from a title.
     */
    static boolean namedIn(List<String> titleWords, String skill) {
        if (titleWords.isEmpty()) {
            return false;
        }
        List<String> sw = TitleOccupations.words(skill);
        if (sw.isEmpty() || String.join("", sw).length() < 2) {
            return false;
        }
        return Collections.indexOfSubList(titleWords, sw) >= 0;
    }

    /** The share of a held skill's credit its years earn (see {@link #DEPTH_FLOOR}). */
    static double depth(BigDecimal years) {
        if (years == null) {
            return DEPTH_UNKNOWN;
        }
        return Math.min(1, DEPTH_FLOOR + (1 - DEPTH_FLOOR) * Math.max(0, years.doubleValue()) / DEPTH_FULL_YEARS);
    }

    private static boolean isRequired(RequirementSkill s) {
        return !Boolean.FALSE.equals(s.required());
    }

    private static Part skills(Requirement r, Consultant c, Double cosine, Double lexical, double overlapShare) {
        SkillOverlap o = overlap(r, c);
        Map<String, Double> inputs = new LinkedHashMap<>();
        // the text half: the profiles' embedding cosine, and the full-text relevance beside it when a lexical search
        // ran
        Double sim = null;
        if (cosine != null && lexical != null) {
            sim = (1 - LEXICAL_SHARE) * clamp01(cosine) + LEXICAL_SHARE * clamp01(lexical);
        } else if (cosine != null) {
            sim = clamp01(cosine);
        } else if (lexical != null) {
            sim = clamp01(lexical);
        }
        double value;
        if (!Double.isNaN(o.jaccard) && sim != null) {
            value = overlapShare * o.jaccard + (1 - overlapShare) * sim;
        } else if (!Double.isNaN(o.jaccard)) {
            value = o.jaccard;
        } else if (sim != null) {
            value = sim;
        } else {
            value = 0.5;
        }
        if (!Double.isNaN(o.jaccard)) {
            inputs.put("overlap", o.jaccard);
        }
        if (cosine != null) {
            inputs.put("embeddingCosine", cosine);
        }
        if (lexical != null) {
            inputs.put("lexicalRelevance", lexical);
        }
        inputs.put("requiredHeld", (double) o.requiredHeld);
        inputs.put("requiredTotal", (double) o.requiredTotal);
        inputs.put("niceHeld", (double) o.niceHeld);
        inputs.put("niceTotal", (double) o.niceTotal);

        StringBuilder s = new StringBuilder();
        if (o.requiredTotal == 0 && o.niceTotal == 0) {
            s.append("No skills listed on the requirement");
            s.append(sim == null ? "" : String.format(Locale.US, "; profile similarity %.0f%%", sim * 100));
        } else if (!o.namedByTitle.isEmpty()) {
            s.append("No skills listed on the requirement; its title names ")
                    .append(String.join(", ", o.namedByTitle))
                    .append(": has ")
                    .append(o.niceHeld)
                    .append(" of ")
                    .append(o.niceTotal);
            s.append(sim == null ? "" : String.format(Locale.US, "; profile similarity %.0f%%", sim * 100));
        } else {
            if (o.requiredTotal > 0) {
                if (o.requiredHeld == o.requiredTotal) {
                    s.append(
                            o.requiredTotal == 1
                                    ? "Has the required skill"
                                    : "Has all " + o.requiredTotal + " required skills");
                } else {
                    s.append("Has ")
                            .append(o.requiredHeld)
                            .append(" of ")
                            .append(o.requiredTotal)
                            .append(" required skills (")
                            .append(
                                    o.missingRequired.isEmpty()
                                            ? ""
                                            : "missing: " + String.join(", ", o.missingRequired))
                            .append(o.missingRequired.isEmpty() || o.throughPlatform.isEmpty() ? "" : "; ")
                            .append(
                                    o.throughPlatform.isEmpty()
                                            ? ""
                                            : "only the platform of: " + String.join(", ", o.throughPlatform))
                            .append(')');
                }
                if (o.requiredHeld == o.requiredTotal && !o.throughPlatform.isEmpty()) {
                    s.append(" (only the platform of: ")
                            .append(String.join(", ", o.throughPlatform))
                            .append(')');
                }
            }
            if (o.niceTotal > 0) {
                s.append(s.isEmpty() ? "Has " : "; ")
                        .append(o.niceHeld)
                        .append(" of ")
                        .append(o.niceTotal)
                        .append(" nice-to-have");
            }
            if (!o.shortOnYears.isEmpty()) {
                s.append("; fewer years than asked in ").append(String.join(", ", o.shortOnYears));
            }
        }
        return new Part(Factor.SKILLS, clamp01(value), s.toString(), inputs);
    }

    // ---------------------------------------------------------------- role

    /** The role fit: the title cosine mapped from [ROLE_LOW, ROLE_HIGH] to [0, 1]; neutral 0.5 when a title is missing. */
    static double roleFit(double cosine) {
        return clamp01((cosine - ROLE_LOW) / (ROLE_HIGH - ROLE_LOW));
    }

    private Part role(Requirement r, Consultant c, Double titleCosine) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        boolean hasTitle = c.title() != null && !c.title().isBlank();
        if (r.title() == null || r.title().isBlank()) {
            return new Part(Factor.ROLE, 0.5, "The requirement has no title", inputs);
        }
        if (!hasTitle) {
            return new Part(Factor.ROLE, ROLE_NO_TITLE, "No title on file", inputs);
        }
        Optional<TitleOccupations.Classification> asked = occupations.classify(r.title());
        Optional<TitleOccupations.Classification> held = occupations.classify(c.title());
        Double occupationFit =
                asked.isPresent() && held.isPresent() ? TitleOccupations.fit(asked.get(), held.get()) : null;
        if (titleCosine == null && occupationFit == null) {
            return new Part(Factor.ROLE, 0.5, "Title " + quote(c.title()) + " not compared yet", inputs);
        }
        double value;
        if (titleCosine != null) {
            inputs.put("titleCosine", titleCosine);
        }
        if (occupationFit != null) {
            inputs.put("occupationFit", occupationFit);
            value = titleCosine == null
                    ? occupationFit
                    : ROLE_OCCUPATION_SHARE * occupationFit + (1 - ROLE_OCCUPATION_SHARE) * roleFit(titleCosine);
        } else {
            value = roleFit(titleCosine);
        }
        String closeness = value >= 0.75 ? "close to" : value >= 0.45 ? "related to" : "far from";
        List<String> why = new ArrayList<>();
        if (titleCosine != null) {
            why.add(String.format(Locale.US, "similarity %.0f%%", clamp01(titleCosine) * 100));
        }
        if (occupationFit != null) {
            Optional<TitleOccupations.Occupation> both = held.get().sharedWith(asked.get());
            String a = asked.get().describe();
            String h = held.get().describe();
            why.add(
                    both.isPresent()
                            ? "both " + both.get().title() + ", O*NET "
                                    + both.get().code()
                            : String.format(Locale.US, "%s vs %s, occupation fit %.0f%%", h, a, occupationFit * 100));
        }
        return new Part(
                Factor.ROLE,
                clamp01(value),
                String.format(
                        Locale.US,
                        "Title %s is %s %s (%s)",
                        quote(c.title()),
                        closeness,
                        quote(r.title()),
                        String.join("; ", why)),
                inputs);
    }

    private static String quote(String title) {
        String t = title.strip();
        return "\u201c" + (t.length() > 60 ? t.substring(0, 59) + "\u2026" : t) + "\u201d";
    }

    // ---------------------------------------------------------------- location

    private static Part location(Requirement r, Consultant c) {
        WorkMode mode = r.workMode() == null ? WorkMode.ONSITE : r.workMode();
        Location site = r.location();
        Location home = c.location();
        Map<String, Double> inputs = new LinkedHashMap<>();
        if (mode == WorkMode.REMOTE) {
            return remote(site, home, inputs);
        }
        String modeWord = mode == WorkMode.HYBRID ? "Hybrid" : "Onsite";
        if (site == null || site.city() == null && site.state() == null) {
            return new Part(Factor.LOCATION, 0.7, modeWord + " role without a location", inputs);
        }
        if (home == null || home.city() == null && home.state() == null) {
            return new Part(
                    Factor.LOCATION, 0.3, modeWord + " in " + place(site) + "; consultant location unknown", inputs);
        }
        if (!sameCountry(site, home)) {
            return new Part(
                    Factor.LOCATION,
                    0.05,
                    modeWord + " in " + place(site) + "; consultant is in another country (" + home.country() + ")",
                    inputs);
        }
        Optional<UsGeography.Point> a = UsGeography.point(site);
        Optional<UsGeography.Point> b = UsGeography.point(home);
        if (a.isPresent() && b.isPresent()) {
            double miles = UsGeography.miles(a.get(), b.get());
            double radius = mode == WorkMode.HYBRID ? HYBRID_RADIUS : ONSITE_RADIUS;
            double scale = mode == WorkMode.HYBRID ? HYBRID_SCALE : ONSITE_SCALE;
            double value = miles <= radius ? 1 : Math.exp(-(miles - radius) / scale);
            inputs.put("miles", miles);
            String where = modeWord + " in " + place(site) + ": consultant in " + place(home);
            String text = miles < 1
                    ? where + " (same city)"
                    : String.format(
                            Locale.US,
                            "%s (%.0f mi)%s",
                            where,
                            miles,
                            miles <= radius ? ", within commuting distance" : ", would need to relocate");
            return new Part(Factor.LOCATION, value, text, inputs);
        }
        boolean sameCity = site.city() != null
                && home.city() != null
                && UsGeography.normalizeCity(site.city()).equals(UsGeography.normalizeCity(home.city()))
                && UsGeography.stateCode(site.state()).equals(UsGeography.stateCode(home.state()));
        if (sameCity) {
            return new Part(
                    Factor.LOCATION, 1.0, modeWord + " in " + place(site) + ": consultant in the same city", inputs);
        }
        Optional<String> s1 = UsGeography.stateCode(site.state());
        if (s1.isPresent() && s1.equals(UsGeography.stateCode(home.state()))) {
            return new Part(
                    Factor.LOCATION,
                    0.6,
                    modeWord + " in " + place(site) + ": consultant in " + place(home)
                            + " (same state, distance unknown)",
                    inputs);
        }
        return new Part(
                Factor.LOCATION,
                0.2,
                modeWord + " in " + place(site) + ": consultant in " + place(home)
                        + " (distance unknown, another state)",
                inputs);
    }

    private static Part remote(Location site, Location home, Map<String, Double> inputs) {
        Optional<Integer> homeTz = UsGeography.utcOffset(home);
        if (home == null || home.city() == null && home.state() == null && home.country() == null) {
            return new Part(Factor.LOCATION, 0.5, "Remote; consultant location unknown", inputs);
        }
        if (site != null && !sameCountry(site, home)
                || site == null
                        && !UsGeography.isUs(home)
                        && home.country() != null
                        && !"US".equalsIgnoreCase(home.country())) {
            return new Part(Factor.LOCATION, 0.2, "Remote; consultant is outside the country of the team", inputs);
        }
        Optional<Integer> siteTz = UsGeography.utcOffset(site);
        if (siteTz.isEmpty()) {
            return new Part(Factor.LOCATION, 1.0, "Remote (US), consultant in " + place(home), inputs);
        }
        if (homeTz.isEmpty()) {
            return new Part(
                    Factor.LOCATION,
                    0.6,
                    "Remote with a " + UsGeography.zoneName(siteTz.get())
                            + " time team; consultant's time zone unknown",
                    inputs);
        }
        int hours = Math.abs(siteTz.get() - homeTz.get());
        inputs.put("hoursApart", (double) hours);
        double value = Math.max(0, 1 - PER_HOUR * hours);
        String text = hours == 0
                ? "Remote; consultant in the team's time zone (" + UsGeography.zoneName(homeTz.get()) + ")"
                : "Remote; consultant on " + UsGeography.zoneName(homeTz.get()) + " time, " + hours + " h from the "
                        + UsGeography.zoneName(siteTz.get()) + " team";
        return new Part(Factor.LOCATION, value, text, inputs);
    }

    private static boolean sameCountry(Location a, Location b) {
        String ca = a.country() == null ? "US" : a.country();
        String cb = b.country() == null ? "US" : b.country();
        return ca.equalsIgnoreCase(cb);
    }

    private static String place(Location l) {
        if (l.city() != null && l.state() != null) {
            return l.city() + ", " + l.state();
        }
        return l.city() != null ? l.city() : l.state() != null ? l.state() : String.valueOf(l.country());
    }

    // ---------------------------------------------------------------- rate

    /** (budget - rate) / budget, both normalized; NaN when either is missing or the currencies differ. */
    static double budgetHeadroom(Rate rate, Rate budget) {
        if (rate == null
                || budget == null
                || rate.amount() == null
                || budget.amount() == null
                || rate.currency() == null
                || !rate.currency().equalsIgnoreCase(budget.currency())) {
            return Double.NaN;
        }
        double b = RateNormalizer.c2cHourly(budget);
        return (b - RateNormalizer.c2cHourly(rate)) / b;
    }

    /** The rate factor: sigmoid of the headroom, 0.5 at 5% over budget, 0.65 at budget, 0.95 at 20% under. */
    static double rateFit(double headroom) {
        return 1 / (1 + Math.exp(-RATE_STEEPNESS * (headroom + RATE_MIDPOINT_OVER)));
    }

    private static Part rate(Requirement r, Consultant c) {
        Rate rate = c.rate();
        Rate budget = r.budget();
        Map<String, Double> inputs = new LinkedHashMap<>();
        if (rate == null || rate.amount() == null) {
            return new Part(Factor.RATE, 0.5, "No rate on file", inputs);
        }
        if (budget == null || budget.amount() == null) {
            return new Part(Factor.RATE, 0.5, "Rate " + money(rate) + "; no budget given", inputs);
        }
        double x = budgetHeadroom(rate, budget);
        if (Double.isNaN(x)) {
            return new Part(
                    Factor.RATE,
                    0.5,
                    "Rate " + money(rate) + " and budget " + money(budget) + " are in different currencies",
                    inputs);
        }
        double rateH = RateNormalizer.c2cHourly(rate);
        double budgetH = RateNormalizer.c2cHourly(budget);
        inputs.put("rateC2cHourly", rateH);
        inputs.put("budgetC2cHourly", budgetH);
        inputs.put("headroom", x);
        boolean converted = !comparableAsIs(rate, budget);
        String rateText = money(rate)
                + (converted ? String.format(Locale.US, " (%s/h C2C-equivalent)", amount(rateH, rate.currency())) : "");
        String budgetText = money(budget)
                + (converted
                        ? String.format(Locale.US, " (%s/h C2C-equivalent)", amount(budgetH, budget.currency()))
                        : "");
        String text;
        if (x >= -1e-9) {
            text = "Rate " + rateText + " within budget " + budgetText;
        } else {
            text = String.format(Locale.US, "Rate %s is %.0f%% over budget %s", rateText, -x * 100, budgetText);
        }
        return new Part(Factor.RATE, rateFit(x), text, inputs);
    }

    private static boolean comparableAsIs(Rate a, Rate b) {
        EmploymentType ta = a.employmentType() == null ? EmploymentType.C2C : a.employmentType();
        EmploymentType tb = b.employmentType() == null ? EmploymentType.C2C : b.employmentType();
        return a.unit() == b.unit() && RateNormalizer.c2cFactor(ta) == RateNormalizer.c2cFactor(tb);
    }

    static String money(Rate r) {
        String unit = switch (r.unit()) {
            case HOUR -> "/h";
            case DAY -> "/day";
            case MONTH -> "/month";
            case YEAR -> "/yr";
        };
        String type = r.employmentType() == null
                        || r.employmentType() == EmploymentType.C2C
                        || r.employmentType() == EmploymentType.FULL_TIME && r.unit() == RateUnit.YEAR
                ? ""
                : " " + r.employmentType().code();
        return amount(r.amount().doubleValue(), r.currency()) + unit + type;
    }

    private static String amount(double v, String currency) {
        String n = Math.abs(v - Math.rint(v)) < 0.005
                ? String.format(Locale.US, "%,.0f", v)
                : String.format(Locale.US, "%,.2f", v);
        return "USD".equalsIgnoreCase(currency) ? "$" + n : currency + " " + n;
    }

    // ---------------------------------------------------------------- seniority

    /** Years of experience that fit each level: [low, high). */
    static double[] band(Seniority s) {
        return switch (s) {
            case JUNIOR -> new double[] {0, 4};
            case MID -> new double[] {3, 8};
            case SENIOR -> new double[] {6, 13};
            case LEAD -> new double[] {9, 18};
            case PRINCIPAL -> new double[] {13, 60};
        };
    }

    private static Part seniority(Requirement r, Consultant c) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        if (r.seniority() == null && (r.minYears() == null || r.minYears().signum() == 0)) {
            return new Part(Factor.SENIORITY, 1.0, "No experience level asked", inputs);
        }
        if (c.yearsExperience() == null) {
            return new Part(Factor.SENIORITY, 0.5, "Years of experience not on file", inputs);
        }
        double y = c.yearsExperience().doubleValue();
        inputs.put("years", y);
        double value = 1;
        String level = r.seniority() == null
                ? null
                : r.seniority().name().charAt(0)
                        + r.seniority().name().substring(1).toLowerCase(Locale.ROOT);
        String verdict = "fits";
        if (r.seniority() != null) {
            double[] b = band(r.seniority());
            if (y < b[0]) {
                value = Math.max(0, 1 - (b[0] - y) / 3);
                verdict = "is junior for";
            } else if (y >= b[1]) {
                value = Math.max(0.6, 1 - (y - b[1]) / 10);
                verdict = "is more than";
            }
        }
        boolean belowMin = false;
        String minAsked = "";
        if (r.minYears() != null && r.minYears().signum() > 0) {
            double m = r.minYears().doubleValue();
            inputs.put("minYears", m);
            minAsked = plain(r.minYears()) + "+ asked";
            if (y < m) {
                value *= Math.max(0, 1 - (m - y) / Math.max(2, m / 2));
                belowMin = true;
            }
        }
        String years = plain(c.yearsExperience()) + " years of experience";
        String role = level == null ? "" : " a " + level + " role" + (verdict.equals("is more than") ? " asks" : "");
        String text;
        if (belowMin) {
            text = years + ", below the " + minAsked + (level == null ? "" : " for a " + level + " role");
        } else if (level == null) {
            text = years + " (" + minAsked + ")";
        } else {
            text = years + " " + verdict + role + (minAsked.isEmpty() ? "" : " (" + minAsked + ")");
        }
        return new Part(Factor.SENIORITY, clamp01(value), text, inputs);
    }

    // ---------------------------------------------------------------- history

    /** Recency- and weight-weighted win rate with a neutral prior: 0.5 with no history, moving toward the observed rate. */
    static double winRate(List<Outcome> outcomes, LocalDate today) {
        double won = 0;
        double total = 0;
        for (Outcome o : outcomes) {
            double age = Math.max(0, ChronoUnit.DAYS.between(o.decidedOn(), today));
            double w = Math.pow(0.5, age / HISTORY_HALF_LIFE_DAYS) * o.weight();
            total += w;
            won += o.won() ? w : 0;
        }
        return (won + 0.5 * HISTORY_PRIOR_COUNT) / (total + HISTORY_PRIOR_COUNT);
    }

    private static Part history(MatchInput in, LocalDate today) {
        List<Outcome> mine = in.consultantHistory();
        List<Outcome> company = in.companyHistory();
        double consultantRate = winRate(mine, today);
        double companyRate = winRate(company, today);
        double value = 0.6 * consultantRate + 0.4 * companyRate;
        Map<String, Double> inputs = new LinkedHashMap<>();
        inputs.put("consultantWinRate", consultantRate);
        inputs.put("companyWinRate", companyRate);
        if (mine.isEmpty() && company.isEmpty()) {
            return new Part(Factor.HISTORY, value, "No submission history yet", inputs);
        }
        List<String> parts = new ArrayList<>();
        List<Outcome> decided = mine.stream()
                .filter(o -> !o.kind().equals("FEEDBACK") && !o.kind().equals("INTERVIEW"))
                .toList();
        if (!decided.isEmpty()) {
            parts.add("Won " + decided.stream().filter(Outcome::won).count() + " of " + decided.size()
                    + " past submissions");
        } else {
            parts.add("No past submissions");
        }
        List<Outcome> rounds =
                mine.stream().filter(o -> o.kind().equals("INTERVIEW")).toList();
        if (!rounds.isEmpty()) {
            parts.add("passed " + rounds.stream().filter(Outcome::won).count() + " of " + rounds.size()
                    + " interview rounds");
        }
        String client = in.requirement().clientName() == null
                ? "this client"
                : in.requirement().clientName();
        if (!company.isEmpty()) {
            parts.add(client + " accepted "
                    + company.stream().filter(Outcome::won).count() + " of " + company.size());
        }
        return new Part(Factor.HISTORY, value, String.join("; ", parts), inputs);
    }

    // ---------------------------------------------------------------- availability

    /** Days after the start the consultant can begin (0 when on time), or empty when not available or unknown. */
    private static Optional<Long> daysLate(Requirement r, Availability a, LocalDate today) {
        LocalDate start = r.startDate() == null ? today : r.startDate();
        if (a == null || a.status() == AvailabilityStatus.NOT_AVAILABLE) {
            return Optional.empty();
        }
        LocalDate from = a.availableFrom();
        if (from == null) {
            return a.status() == AvailabilityStatus.AVAILABLE ? Optional.of(0L) : Optional.empty();
        }
        LocalDate effective = from.isBefore(today) ? today : from;
        return Optional.of(Math.max(0, ChronoUnit.DAYS.between(start, effective)));
    }

    private static Part availability(Requirement r, Consultant c, LocalDate today) {
        Availability a = c.availability();
        Map<String, Double> inputs = new LinkedHashMap<>();
        LocalDate start = r.startDate() == null ? today : r.startDate();
        String startText = r.startDate() == null ? "an immediate start" : "the " + DAY.format(start) + " start";
        if (a == null) {
            return new Part(Factor.AVAILABILITY, 0.5, "Availability not on file", inputs);
        }
        if (a.status() == AvailabilityStatus.NOT_AVAILABLE) {
            return new Part(Factor.AVAILABILITY, 0, "Not available", inputs);
        }
        Optional<Long> late = daysLate(r, a, today);
        if (late.isEmpty()) {
            return new Part(Factor.AVAILABILITY, 0.3, "On a project, end date unknown", inputs);
        }
        long d = late.get();
        inputs.put("daysAfterStart", (double) d);
        double value = Math.max(0, 1 - d / AVAILABILITY_DAYS_TO_ZERO);
        String when = a.availableFrom() == null || !a.availableFrom().isAfter(today)
                ? "Available now"
                : "Available from " + DAY.format(a.availableFrom());
        String text = d == 0 ? when + ", in time for " + startText : when + ", " + d + " days after " + startText;
        return new Part(Factor.AVAILABILITY, value, text, inputs);
    }

    // ---------------------------------------------------------------- hard filters

    private static List<MatchFlag> filters(Requirement r, Consultant c, HardFilters f, LocalDate today) {
        List<MatchFlag> flags = new ArrayList<>();
        if (f.workAuthorization() != FilterAction.OFF && c.workAuthorization() != null) {
            if (r.excludedWorkAuthorizations().contains(c.workAuthorization())) {
                flags.add(new MatchFlag(
                        HardFilter.WORK_AUTHORIZATION,
                        f.workAuthorization(),
                        "Work authorization " + label(c.workAuthorization()) + " excluded (no "
                                + String.join(
                                        ", ",
                                        r.excludedWorkAuthorizations().stream()
                                                .map(MatchEngine::label)
                                                .toList())
                                + ")"));
            } else if (!r.workAuthorizations().isEmpty()
                    && !r.workAuthorizations().contains(c.workAuthorization())) {
                flags.add(new MatchFlag(
                        HardFilter.WORK_AUTHORIZATION,
                        f.workAuthorization(),
                        "Work authorization " + label(c.workAuthorization()) + " not accepted (accepts "
                                + String.join(
                                        ", ",
                                        r.workAuthorizations().stream()
                                                .map(MatchEngine::label)
                                                .toList()) + ")"));
            }
        }
        if (f.availability() != FilterAction.OFF && c.availability() != null) {
            Availability a = c.availability();
            Optional<Long> late = daysLate(r, a, today);
            if (a.status() == AvailabilityStatus.NOT_AVAILABLE) {
                flags.add(new MatchFlag(HardFilter.AVAILABILITY, f.availability(), "Not available"));
            } else if (late.isPresent() && late.get() > f.availabilityWindowDays()) {
                flags.add(new MatchFlag(
                        HardFilter.AVAILABILITY,
                        f.availability(),
                        "Available only " + late.get() + " days after the start (window " + f.availabilityWindowDays()
                                + " days)"));
            }
        }
        expiry(r, c, today).ifPresent(flags::add);
        if (f.requiredSkills() != FilterAction.OFF
                && !c.skills().isEmpty()) { // no skills on file: unknown, not lacking
            SkillOverlap o = overlap(r, c);
            int needed = f.requiredSkillsNeeded(o.requiredTotal());
            if (o.requiredHeld() < needed) {
                flags.add(new MatchFlag(
                        HardFilter.REQUIRED_SKILLS,
                        f.requiredSkills(),
                        o.requiredHeld() == 0
                                ? "Has none of the "
                                        + (o.requiredTotal() == 1
                                                ? "required skill"
                                                : o.requiredTotal() + " required skills")
                                        + " (" + String.join(", ", o.missingRequired()) + ")"
                                : "Has only " + o.requiredHeld() + " of " + o.requiredTotal()
                                        + " required skills (at least " + needed + " needed)"));
            }
        }
        if (f.rateOverBudget() != FilterAction.OFF) {
            double x = budgetHeadroom(c.rate(), r.budget());
            if (!Double.isNaN(x) && -x > f.rateTolerance()) {
                flags.add(new MatchFlag(
                        HardFilter.RATE_OVER_BUDGET,
                        f.rateOverBudget(),
                        String.format(
                                Locale.US,
                                "Rate %s is %.0f%% over budget %s (tolerance %.0f%%)",
                                money(c.rate()),
                                -x * 100,
                                money(r.budget()),
                                f.rateTolerance() * 100)));
            }
        }
        return flags;
    }

    /**
     * A flag when the consultant's work authorization ends before the requirement starts (an unknown
     * start is today), or before its end (start plus the duration) when the duration is known.
     */
    static Optional<MatchFlag> expiry(Requirement r, Consultant c, LocalDate today) {
        if (c.workAuthorizationValidity() == null) {
            return Optional.empty();
        }
        Optional<LocalDate> ends = c.workAuthorizationValidity().expiresOn();
        if (ends.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = r.startDate() == null || r.startDate().isBefore(today) ? today : r.startDate();
        String what = c.workAuthorizationValidity().validUntil() != null
                        && ends.get().equals(c.workAuthorizationValidity().validUntil())
                ? "Work authorization"
                        + (c.workAuthorization() == null ? "" : " (" + label(c.workAuthorization()) + ")")
                : "I-94";
        if (ends.get().isBefore(start)) {
            return Optional.of(new MatchFlag(
                    HardFilter.WORK_AUTHORIZATION_EXPIRY,
                    FilterAction.FLAG,
                    what + " ends " + DATE.format(ends.get()) + ", before the " + DATE.format(start) + " start"));
        }
        if (r.durationMonths() != null) {
            LocalDate end = start.plusMonths(r.durationMonths());
            if (ends.get().isBefore(end)) {
                return Optional.of(new MatchFlag(
                        HardFilter.WORK_AUTHORIZATION_EXPIRY,
                        FilterAction.FLAG,
                        what + " ends " + DATE.format(ends.get()) + ", before the " + r.durationMonths()
                                + "-month engagement ends (" + DATE.format(end) + ")"));
            }
        }
        return Optional.empty();
    }

    /** How vendor mail spells an authorization. */
    static String label(WorkAuthorization a) {
        return switch (a) {
            case US_CITIZEN -> "USC";
            case GREEN_CARD -> "GC";
            case GC_EAD -> "GC EAD";
            case H1B -> "H1B";
            case H4_EAD -> "H4 EAD";
            case L2_EAD -> "L2 EAD";
            case OPT_EAD -> "OPT EAD";
            case STEM_OPT -> "STEM OPT";
            case CPT -> "CPT";
            case TN -> "TN";
            case E3 -> "E3";
            case OTHER -> "other";
        };
    }

    // ---------------------------------------------------------------- helpers

    private record Part(Factor factor, double value, String reason, Map<String, Double> inputs) {}

    static double clamp01(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
}
