package com.benchcrm.demo;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Location;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import com.benchcrm.common.SkillNames;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.requirement.RequirementInput;
import com.benchcrm.requirement.RequirementSkill;
import com.benchcrm.requirement.RequirementStatus;
import com.benchcrm.requirement.Seniority;
import com.benchcrm.requirement.WorkMode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws vendor requirements against an already generated bench.
 *
 * <p>A fixed share of requirements is built so that at least {@value #MIN_MATCHES} consultants hold
 * every required skill: the required skills are picked one at a time among those that keep enough
 * holders. The others get a "blocker", a required skill that at most two of the remaining
 * candidates hold (often a niche ask), so they are near misses rather than nonsense.
 */
final class RequirementGenerator {

    static final int MIN_MATCHES = 3;

    private static final List<Seniority> LEVELS = List.of(Seniority.values());
    private static final double[] LEVEL_WEIGHTS = {5, 30, 45, 14, 6};
    private static final List<WorkMode> MODES = List.of(WorkMode.REMOTE, WorkMode.HYBRID, WorkMode.ONSITE);
    private static final double[] MODE_WEIGHTS = {35, 45, 20};
    private static final List<RequirementStatus> STATUSES = List.of(RequirementStatus.values());
    private static final double[] STATUS_WEIGHTS = {82, 8, 5, 5};
    private static final List<EmploymentType> TYPES =
            List.of(EmploymentType.C2C, EmploymentType.W2, EmploymentType.C1099);
    private static final double[] TYPE_WEIGHTS = {65, 30, 5};
    private static final List<Integer> DURATIONS = List.of(3, 6, 6, 6, 9, 12, 12, 12, 12, 18, 24);
    private static final List<String> NOTES = List.of(
            "Please send the resume with rate, visa status, current location and earliest start date.",
            "Two rounds of video interviews; the hiring manager round may be onsite.",
            "LinkedIn profile required with every submission.",
            "Max two submissions per vendor; no duplicates.",
            "Strong communication skills are a must: the role faces business stakeholders daily.",
            "Candidates who worked at the client before will be prioritized.");

    private final Dice dice;
    private final LocalDate anchor;
    private final Map<String, BitSet> holders = new HashMap<>();

    RequirementGenerator(Dice dice, LocalDate anchor, List<GeneratedConsultant> bench) {
        this.dice = dice;
        this.anchor = anchor;
        for (int i = 0; i < bench.size(); i++) {
            for (ConsultantSkill s : bench.get(i).input().skills()) {
                holders.computeIfAbsent(SkillNames.key(s.name()), k -> new BitSet())
                        .set(i);
            }
        }
    }

    List<GeneratedRequirement> generate(int count, double matchableShare) {
        int matchable = (int) Math.round(matchableShare * count);
        boolean[] wantMatch = new boolean[count];
        int[] order = dice.permutation(count);
        for (int j = 0; j < matchable; j++) {
            wantMatch[order[j]] = true;
        }
        List<GeneratedRequirement> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(one(i, wantMatch[i]));
        }
        return out;
    }

    private BitSet holders(String skill) {
        BitSet h = holders.get(SkillNames.key(skill));
        return h == null ? new BitSet() : h;
    }

    private static int overlap(BitSet candidates, BitSet skillHolders) {
        BitSet b = (BitSet) candidates.clone();
        b.and(skillHolders);
        return b.cardinality();
    }

    private GeneratedRequirement one(int index, boolean wantMatch) {
        Seniority level = dice.weighted(LEVELS, LEVEL_WEIGHTS);
        int minYears = switch (level) {
            case JUNIOR -> dice.between(1, 3);
            case MID -> dice.between(3, 6);
            case SENIOR -> dice.between(6, 10);
            case LEAD -> dice.between(9, 13);
            case PRINCIPAL -> dice.between(12, 15);
        };
        int requiredCount = dice.between(3, 6);

        RoleFamily family = null;
        Track track = null;
        List<String> required = null;
        boolean matches = false;
        if (wantMatch) {
            for (int attempt = 0; attempt < 12 && !matches; attempt++) {
                Track[] chosen = new Track[1];
                family = matchableFamily(chosen);
                if (family == null) {
                    break;
                }
                track = chosen[0];
                BitSet candidates = (BitSet) holders(track.anchor()).clone();
                required = new ArrayList<>(List.of(track.anchor()));
                growCore(required, candidates, track, requiredCount);
                grow(required, candidates, family.vocabulary(track), track, requiredCount);
                matches = required.size() >= 3;
            }
        }
        if (!matches) {
            family = weightedFamily(List.of(RoleFamily.values()));
            track = dice.pick(family.tracks);
            required = nearMiss(family, track, requiredCount);
        }

        List<String> vocabulary = family.vocabulary(track);
        List<RequirementSkill> skills = new ArrayList<>();
        for (int i = 0; i < required.size(); i++) {
            String name = required.get(i);
            BigDecimal years = null;
            if (i == 0 && dice.chance(0.65)) {
                int cap = Catalog.maxYears(name, minYears);
                years = BigDecimal.valueOf(Math.max(1, Math.min(cap, minYears - dice.between(0, 2))));
            } else if (i > 0 && dice.chance(0.2)) {
                int cap = Math.max(1, Catalog.maxYears(name, Math.max(2, minYears)));
                years = BigDecimal.valueOf(dice.between(Math.min(2, cap), Math.min(5, cap)));
            }
            skills.add(new RequirementSkill(name, true, years));
        }
        int total = dice.between(Math.max(4, required.size() + 1), 10);
        List<String> niceOptions = new ArrayList<>();
        List<Double> niceWeights = new ArrayList<>();
        for (String s : vocabulary) {
            addOption(niceOptions, niceWeights, required, s, 2.0);
        }
        for (String s : family.extras) {
            addOption(niceOptions, niceWeights, required, s, 1.0);
        }
        for (String s : dice.weightedSample(niceOptions, toArray(niceWeights), total - required.size())) {
            skills.add(new RequirementSkill(s, false, null));
        }

        WorkMode mode = dice.weighted(MODES, MODE_WEIGHTS);
        Location location = mode == WorkMode.REMOTE ? null : metroLocation();
        String role = Wording.title(dice, track, level);
        List<String> highlights = new ArrayList<>();
        for (String s : required) {
            if (!track.core().contains(s) && !role.contains(s)) {
                highlights.add(s);
            }
        }
        StringBuilder title = new StringBuilder(role);
        if (!highlights.isEmpty() && dice.chance(0.6)) {
            title.append(" (").append(dice.pick(highlights)).append(')');
        }
        title.append(" – ").append(Wording.workMode(mode));
        if (location != null && dice.chance(0.4)) {
            title.append(" – ").append(Wording.place(location));
        }

        int duration = dice.pick(DURATIONS);
        LocalDate start = anchor.plusDays(dice.between(0, 52)).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        Catalog.Client client = dice.pick(Catalog.CLIENTS);
        Catalog.VisaPolicy visas = visaPolicy();
        Rate budget = budget(family, level);
        RequirementStatus status = dice.weighted(STATUSES, STATUS_WEIGHTS);

        String description = description(
                role, family, client, mode, location, duration, start, budget, visas, minYears, level, skills);
        RequirementInput input = new RequirementInput(
                String.format(Locale.ROOT, "REQ-%d-%04d", anchor.getYear(), index + 1),
                title.toString(),
                description,
                status,
                location,
                mode,
                skills,
                BigDecimal.valueOf(minYears),
                level,
                budget,
                duration,
                start,
                client.name(),
                visas.accepted());
        return new GeneratedRequirement(family, track, matches, input);
    }

    /** A family (by demand) that has a track whose anchor skill at least three consultants hold. */
    private RoleFamily matchableFamily(Track[] trackOut) {
        List<RoleFamily> families = new ArrayList<>();
        for (RoleFamily f : RoleFamily.values()) {
            if (!matchableTracks(f).isEmpty()) {
                families.add(f);
            }
        }
        if (families.isEmpty()) {
            return null;
        }
        RoleFamily family = weightedFamily(families);
        trackOut[0] = dice.pick(matchableTracks(family));
        return family;
    }

    private List<Track> matchableTracks(RoleFamily family) {
        List<Track> out = new ArrayList<>();
        for (Track t : family.tracks) {
            if (holders(t.anchor()).cardinality() >= MIN_MATCHES) {
                out.add(t);
            }
        }
        return out;
    }

    private RoleFamily weightedFamily(List<RoleFamily> families) {
        double[] w = new double[families.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = families.get(i).demandWeight;
        }
        return dice.weighted(families, w);
    }

    /**
     * Vendor mails nearly always ask for a track's core stack ("Java, Spring Boot"): adds the other
     * core skills, each most of the time, while at least {@value #MIN_MATCHES} candidates remain.
     */
    private void growCore(List<String> required, BitSet candidates, Track track, int target) {
        for (String s : track.core()) {
            if (required.size() >= target || required.contains(s) || !dice.chance(0.85)) {
                continue;
            }
            if (overlap(candidates, holders(s)) >= MIN_MATCHES) {
                required.add(s);
                candidates.and(holders(s));
            }
        }
    }

    /**
     * Adds required skills from {@code options} until {@code target}, each time among those that at
     * least {@value #MIN_MATCHES} of the remaining candidates hold, the more widely held the likelier;
     * narrows {@code candidates} to the consultants holding everything chosen.
     */
    private void grow(List<String> required, BitSet candidates, List<String> options, Track track, int target) {
        while (required.size() < target) {
            List<String> feasible = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (String s : options) {
                if (required.contains(s)) {
                    continue;
                }
                int n = overlap(candidates, holders(s));
                if (n >= MIN_MATCHES) {
                    feasible.add(s);
                    weights.add(track.pool().contains(s) ? 2.0 * n : n);
                }
            }
            if (feasible.isEmpty()) {
                return;
            }
            String s = dice.weighted(feasible, toArray(weights));
            required.add(s);
            candidates.and(holders(s));
        }
    }

    /** Required skills that fewer than {@value #MIN_MATCHES} consultants hold all of. */
    private List<String> nearMiss(RoleFamily family, Track track, int requiredCount) {
        List<String> vocabulary = family.vocabulary(track);
        BitSet candidates = (BitSet) holders(track.anchor()).clone();
        List<String> required = new ArrayList<>(List.of(track.anchor()));
        int beforeBlocker = dice.between(2, requiredCount - 1);
        growCore(required, candidates, track, beforeBlocker);
        grow(required, candidates, vocabulary, track, beforeBlocker);

        if (candidates.cardinality() >= MIN_MATCHES) {
            List<String> blockers = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (String s : family.niche) {
                if (!required.contains(s) && overlap(candidates, holders(s)) < MIN_MATCHES) {
                    blockers.add(s);
                    weights.add(2.0);
                }
            }
            for (String s : vocabulary) {
                int n = overlap(candidates, holders(s));
                if (!required.contains(s) && n < MIN_MATCHES) {
                    blockers.add(s);
                    weights.add(n > 0 ? 3.0 : 1.0);
                }
            }
            if (blockers.isEmpty()) {
                for (RoleFamily other : RoleFamily.values()) {
                    for (String s : other.niche) {
                        if (!required.contains(s) && overlap(candidates, holders(s)) < MIN_MATCHES) {
                            blockers.add(s);
                            weights.add(1.0);
                        }
                    }
                }
            }
            if (!blockers.isEmpty()) {
                String blocker = dice.weighted(blockers, toArray(weights));
                required.add(blocker);
                candidates.and(holders(blocker));
            }
        }
        List<String> rest = new ArrayList<>();
        for (String s : vocabulary) {
            if (!required.contains(s)) {
                rest.add(s);
            }
        }
        for (String s : dice.sample(rest, requiredCount - required.size())) {
            required.add(s);
        }
        return required;
    }

    private Location metroLocation() {
        Catalog.Metro m = ConsultantGenerator.metro(dice);
        return new Location(m.city(), m.state(), "US");
    }

    private Catalog.VisaPolicy visaPolicy() {
        double[] w = new double[Catalog.VISA_POLICIES.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = Catalog.VISA_POLICIES.get(i).weight();
        }
        return dice.weighted(Catalog.VISA_POLICIES, w);
    }

    private Rate budget(RoleFamily family, Seniority level) {
        EmploymentType type = dice.weighted(TYPES, TYPE_WEIGHTS);
        double[] position = RoleFamily.bandPosition(level);
        double amount = family.c2cAt(dice.uniform(position[0], position[1])) * RoleFamily.factor(type);
        if (dice.chance(0.25)) {
            amount *= dice.uniform(RoleFamily.BELOW_MARKET_MIN, RoleFamily.BELOW_MARKET_MAX);
        }
        long rounded = dice.chance(0.5) ? 5 * Math.round(amount / 5) : Math.round(amount);
        int[] band = family.budgetBand(type);
        rounded = Math.max(band[0], Math.min(band[1], rounded));
        return new Rate(BigDecimal.valueOf(rounded), "USD", RateUnit.HOUR, type);
    }

    private String description(
            String role,
            RoleFamily family,
            Catalog.Client client,
            WorkMode mode,
            Location location,
            int duration,
            LocalDate start,
            Rate budget,
            Catalog.VisaPolicy visas,
            int minYears,
            Seniority level,
            List<RequirementSkill> skills) {
        StringBuilder d = new StringBuilder();
        d.append("Role: ").append(role).append('\n');
        d.append("Client: ")
                .append(client.name())
                .append(" (")
                .append(client.industry())
                .append(")\n");
        d.append("Location: ")
                .append(
                        switch (mode) {
                            case REMOTE -> "Remote (US time zones" + (dice.chance(0.4) ? ", CST/EST hours" : "") + ")";
                            case HYBRID ->
                                Wording.place(location) + " – hybrid, " + dice.between(2, 3) + " days a week onsite";
                            case ONSITE -> "Onsite in " + Wording.place(location) + "; local candidates only";
                        })
                .append('\n');
        d.append("Duration: ").append(duration).append(" months");
        if (duration >= 6 && dice.chance(0.5)) {
            d.append(dice.chance(0.2) ? " (contract to hire)" : " (extension likely)");
        }
        d.append('\n');
        d.append("Start: ")
                .append(start.isBefore(anchor.plusDays(8)) ? "ASAP (" + start + ")" : start)
                .append('\n');
        d.append("Rate: up to ").append(Wording.rate(budget)).append('\n');
        d.append("Visa: ").append(visas.label()).append('\n');
        d.append("Experience: ")
                .append(minYears)
                .append("+ years (")
                .append(Wording.seniority(level))
                .append(")\n");
        d.append("\nAbout the role: ").append(dice.pick(family.pitches)).append('\n');
        d.append("\nMust have:\n");
        for (RequirementSkill s : skills) {
            if (Boolean.TRUE.equals(s.required())) {
                d.append("- ").append(s.name());
                if (s.minYears() != null) {
                    d.append(" (").append(s.minYears().toPlainString()).append("+ years)");
                }
                d.append('\n');
            }
        }
        List<String> nice = new ArrayList<>();
        for (RequirementSkill s : skills) {
            if (!Boolean.TRUE.equals(s.required())) {
                nice.add(s.name());
            }
        }
        if (!nice.isEmpty()) {
            d.append("\nNice to have:\n");
            for (String s : nice) {
                d.append("- ").append(s).append('\n');
            }
        }
        d.append('\n').append(dice.pick(NOTES));
        return d.toString();
    }

    private static void addOption(
            List<String> options, List<Double> weights, List<String> required, String skill, double weight) {
        String key = SkillNames.key(skill);
        for (String r : required) {
            if (SkillNames.key(r).equals(key)) {
                return;
            }
        }
        for (String o : options) {
            if (SkillNames.key(o).equals(key)) {
                return;
            }
        }
        options.add(skill);
        weights.add(weight);
    }

    private static double[] toArray(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
