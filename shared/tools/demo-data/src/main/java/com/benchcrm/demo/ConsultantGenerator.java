package com.benchcrm.demo;

import static com.benchcrm.common.WorkAuthorization.CPT;
import static com.benchcrm.common.WorkAuthorization.E3;
import static com.benchcrm.common.WorkAuthorization.GC_EAD;
import static com.benchcrm.common.WorkAuthorization.GREEN_CARD;
import static com.benchcrm.common.WorkAuthorization.H1B;
import static com.benchcrm.common.WorkAuthorization.H4_EAD;
import static com.benchcrm.common.WorkAuthorization.L2_EAD;
import static com.benchcrm.common.WorkAuthorization.OPT_EAD;
import static com.benchcrm.common.WorkAuthorization.STEM_OPT;
import static com.benchcrm.common.WorkAuthorization.TN;
import static com.benchcrm.common.WorkAuthorization.US_CITIZEN;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Location;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import com.benchcrm.common.SkillNames;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.consultant.Availability;
import com.benchcrm.consultant.AvailabilityStatus;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.requirement.Seniority;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Draws the bench: one consultant profile after another from a single random stream. */
final class ConsultantGenerator {

    private static final List<Seniority> LEVELS = List.of(Seniority.values());
    private static final double[] LEVEL_WEIGHTS = {8, 30, 40, 15, 7};

    private static final List<WorkAuthorization> EARLY_CAREER_AUTH =
            List.of(H1B, OPT_EAD, STEM_OPT, H4_EAD, US_CITIZEN, GC_EAD, L2_EAD, GREEN_CARD, CPT);
    private static final double[] EARLY_CAREER_AUTH_WEIGHTS = {22, 22, 22, 10, 8, 6, 5, 3, 2};
    private static final List<WorkAuthorization> EXPERIENCED_AUTH =
            List.of(H1B, US_CITIZEN, GREEN_CARD, GC_EAD, H4_EAD, L2_EAD, STEM_OPT, TN, OPT_EAD, E3);
    private static final double[] EXPERIENCED_AUTH_WEIGHTS = {42, 12, 11, 10, 8, 5, 5, 3, 2, 2};

    private static final List<EmploymentType> TYPES =
            List.of(EmploymentType.C2C, EmploymentType.W2, EmploymentType.C1099);

    private final Dice dice;
    private final LocalDate anchor;

    ConsultantGenerator(Dice dice, LocalDate anchor) {
        this.dice = dice;
        this.anchor = anchor;
    }

    List<GeneratedConsultant> generate(int count) {
        List<RoleFamily> families = spreadFamilies(count);
        int[] names = dice.permutation(Catalog.FIRST_NAMES.size() * Catalog.LAST_NAMES.size());
        List<GeneratedConsultant> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String first = Catalog.FIRST_NAMES.get(names[i] / Catalog.LAST_NAMES.size());
            String last = Catalog.LAST_NAMES.get(names[i] % Catalog.LAST_NAMES.size());
            out.add(one(i, families.get(i), first, last));
        }
        return out;
    }

    /**
     * Families for every slot in proportion to their bench weights (largest remainder, so every
     * family shows up once the bench has a few dozen people), in random order.
     */
    private List<RoleFamily> spreadFamilies(int count) {
        RoleFamily[] all = RoleFamily.values();
        int totalWeight = 0;
        for (RoleFamily f : all) {
            totalWeight += f.benchWeight;
        }
        int[] quota = new int[all.length];
        double[] remainder = new double[all.length];
        int assigned = 0;
        for (int i = 0; i < all.length; i++) {
            double exact = (double) count * all[i].benchWeight / totalWeight;
            quota[i] = (int) Math.floor(exact);
            remainder[i] = exact - quota[i];
            assigned += quota[i];
        }
        while (assigned < count) {
            int best = 0;
            for (int i = 1; i < all.length; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            quota[best]++;
            remainder[best] = -1;
            assigned++;
        }
        List<RoleFamily> slots = new ArrayList<>(count);
        for (int i = 0; i < all.length; i++) {
            for (int n = 0; n < quota[i]; n++) {
                slots.add(all[i]);
            }
        }
        int[] order = dice.permutation(count);
        List<RoleFamily> shuffled = new ArrayList<>(count);
        for (int i : order) {
            shuffled.add(slots.get(i));
        }
        return shuffled;
    }

    private GeneratedConsultant one(int index, RoleFamily family, String first, String last) {
        Track track = dice.pick(family.tracks);
        Seniority level = dice.weighted(LEVELS, LEVEL_WEIGHTS);
        int years = switch (level) {
            case JUNIOR -> dice.between(2, 4);
            case MID -> dice.between(4, 8);
            case SENIOR -> dice.between(7, 13);
            case LEAD -> dice.between(10, 17);
            case PRINCIPAL -> dice.between(14, 20);
        };
        String title = Wording.title(dice, track, level);
        WorkAuthorization auth = level == Seniority.JUNIOR
                ? dice.weighted(EARLY_CAREER_AUTH, EARLY_CAREER_AUTH_WEIGHTS)
                : dice.weighted(EXPERIENCED_AUTH, EXPERIENCED_AUTH_WEIGHTS);
        Catalog.Metro metro = metro(dice);
        List<ConsultantSkill> skills = skills(family, track, level, years);
        Availability availability = availability();
        Rate rate = rate(family, level, auth);

        String email = emailPart(first) + "." + emailPart(last) + dice.between(1, 99) + "@example.com";
        String phone = "+1-" + metro.areaCode() + "-555-01" + String.format(Locale.ROOT, "%02d", dice.below(100));
        Location location = new Location(metro.city(), metro.state(), "US");
        String summary = summary(family, title, years, skills, availability, metro);

        ConsultantInput input = new ConsultantInput(
                String.format(Locale.ROOT, "bench-%05d", index + 1),
                first + " " + last,
                email,
                phone,
                title,
                summary,
                location,
                auth,
                BigDecimal.valueOf(years),
                skills,
                availability,
                rate);
        return new GeneratedConsultant(family, track, level, input);
    }

    static Catalog.Metro metro(Dice dice) {
        double[] w = new double[Catalog.METROS.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = Catalog.METROS.get(i).weight();
        }
        return dice.weighted(Catalog.METROS, w);
    }

    private static String emailPart(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private List<ConsultantSkill> skills(RoleFamily family, Track track, Seniority level, int years) {
        int count = switch (level) {
            case JUNIOR -> dice.between(5, 7);
            case MID -> dice.between(6, 9);
            case SENIOR -> dice.between(7, 11);
            case LEAD, PRINCIPAL -> dice.between(8, 12);
        };
        int primaries = dice.between(1, Math.min(3, track.core().size()));
        int cross = dice.between(1, 2);

        // key -> name, in the order the skills are chosen: core, family, cross-family
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String s : track.core()) {
            chosen.put(SkillNames.key(s), s);
        }
        List<String> familyOptions = new ArrayList<>();
        List<Double> familyWeights = new ArrayList<>();
        for (int i = 0; i < track.pool().size(); i++) {
            addOption(
                    familyOptions,
                    familyWeights,
                    chosen,
                    track.pool().get(i),
                    3.0 - 1.5 * i / track.pool().size());
        }
        for (int i = 0; i < family.pool.size(); i++) {
            addOption(familyOptions, familyWeights, chosen, family.pool.get(i), 1.6 - 0.8 * i / family.pool.size());
        }
        int fromFamily = Math.max(0, count - chosen.size() - cross);
        List<String> picked = dice.weightedSample(familyOptions, toArray(familyWeights), fromFamily);
        if (!picked.isEmpty() && dice.chance(0.12)) {
            String rare = dice.pick(family.niche);
            if (!chosen.containsKey(SkillNames.key(rare)) && !picked.contains(rare)) {
                picked.set(picked.size() - 1, rare);
            }
        }
        for (String s : picked) {
            chosen.putIfAbsent(SkillNames.key(s), s);
        }
        List<String> crossOptions = new ArrayList<>();
        for (String s : family.extras) {
            if (!chosen.containsKey(SkillNames.key(s))) {
                crossOptions.add(s);
            }
        }
        for (String s : dice.sample(crossOptions, Math.max(0, count - chosen.size()))) {
            chosen.putIfAbsent(SkillNames.key(s), s);
        }

        List<String> names = new ArrayList<>(chosen.values());
        List<ConsultantSkill> primary = new ArrayList<>();
        List<ConsultantSkill> rest = new ArrayList<>();
        // The anchor skill is the career: nothing else outranks it unless the anchor is a young
        // technology (a DevOps engineer's Linux may well predate their Kubernetes).
        boolean anchorSpansCareer = Catalog.maxYears(names.get(0), years) == years;
        int anchorYears = years;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int cap = Catalog.maxYears(name, years);
            if (i > 0 && anchorSpansCareer) {
                cap = Math.min(cap, anchorYears);
            }
            int y;
            if (i == 0) {
                y = Math.max(1, cap - dice.between(0, 1));
                anchorYears = y;
            } else if (i < primaries) {
                y = Math.max(1, cap - dice.between(0, 2));
            } else if (i < track.core().size()) {
                y = dice.between(Math.max(1, cap / 2), cap);
            } else if (family.niche.contains(name) || family.extras.contains(name)) {
                y = dice.between(1, Math.max(1, cap / 2));
            } else {
                y = dice.between(Math.max(1, cap / 4), Math.max(1, cap * 4 / 5));
            }
            ConsultantSkill skill = new ConsultantSkill(name, BigDecimal.valueOf(y), i < primaries);
            (i < primaries ? primary : rest).add(skill);
        }
        Comparator<ConsultantSkill> byYears =
                Comparator.comparing(ConsultantSkill::years).reversed();
        primary.sort(byYears);
        rest.sort(byYears);
        List<ConsultantSkill> all = new ArrayList<>(primary);
        all.addAll(rest);
        return all;
    }

    private static void addOption(
            List<String> options, List<Double> weights, Map<String, String> chosen, String skill, double weight) {
        if (!chosen.containsKey(SkillNames.key(skill)) && !options.contains(skill)) {
            options.add(skill);
            weights.add(weight);
        }
    }

    private static double[] toArray(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    private Availability availability() {
        double roll = dice.unit();
        if (roll < 0.70) {
            LocalDate from = dice.chance(0.6) ? anchor : anchor.plusDays(dice.between(7, 28));
            return new Availability(AvailabilityStatus.AVAILABLE, from);
        }
        if (roll < 0.95) {
            return new Availability(AvailabilityStatus.ON_PROJECT, anchor.plusDays(dice.between(14, 120)));
        }
        return new Availability(AvailabilityStatus.NOT_AVAILABLE, null);
    }

    private Rate rate(RoleFamily family, Seniority level, WorkAuthorization auth) {
        double[] typeWeights = switch (auth) {
            case H1B -> new double[] {85, 15, 0};
            case OPT_EAD, STEM_OPT, CPT -> new double[] {0, 100, 0};
            case TN, E3 -> new double[] {40, 60, 0};
            case US_CITIZEN, GREEN_CARD -> new double[] {50, 30, 20};
            default -> new double[] {55, 35, 10};
        };
        EmploymentType type = dice.weighted(TYPES, typeWeights);
        double[] position = RoleFamily.bandPosition(level);
        double c2c = family.c2cAt(dice.uniform(position[0], position[1]));
        long amount = Math.round(c2c * RoleFamily.factor(type));
        return new Rate(BigDecimal.valueOf(amount), "USD", RateUnit.HOUR, type);
    }

    private String summary(
            RoleFamily family,
            String title,
            int years,
            List<ConsultantSkill> skills,
            Availability availability,
            Catalog.Metro metro) {
        String s0 = skills.get(0).name();
        String s1 = skills.get(1).name();
        String s2 = skills.get(2).name();
        String s3 = skills.get(3).name();
        String lead = switch (dice.below(3)) {
            case 0 -> s0 + " and " + s1 + " " + family.noun + ", " + years + " years, " + s2 + " and " + s3 + ".";
            case 1 ->
                title + " with " + years + " years of experience; strong in " + s0 + ", " + s1 + " and " + s2 + ".";
            default ->
                years + " years in " + family.label + " work; hands-on with " + s0 + ", " + s1 + ", " + s2 + " and "
                        + s3 + ".";
        };
        StringBuilder out = new StringBuilder(lead);
        switch (availability.status()) {
            case AVAILABLE ->
                out.append(
                        availability.availableFrom().equals(anchor)
                                ? " Available immediately."
                                : " Available from " + Wording.date(availability.availableFrom(), false) + ".");
            case ON_PROJECT ->
                out.append(" On a project until ")
                        .append(Wording.date(availability.availableFrom(), true))
                        .append('.');
            case NOT_AVAILABLE -> {}
        }
        double roll = dice.unit();
        if (roll < 0.4) {
            out.append(" Open to relocation.");
        } else if (roll < 0.6) {
            out.append(" Prefers remote.");
        } else if (roll < 0.75) {
            out.append(" Local to ")
                    .append(metro.city())
                    .append(", ")
                    .append(metro.state())
                    .append(" only.");
        }
        return out.toString();
    }
}
