package com.benchcrm.demo;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Location;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import com.benchcrm.common.SkillNames;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.margin.Margins;
import com.benchcrm.matching.RateNormalizer;
import com.benchcrm.requirement.RequirementInput;
import com.benchcrm.requirement.RequirementSkill;
import com.benchcrm.requirement.WorkMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A deterministic 90-day pipeline history for the demo bench: requirements that arrived in the last
 * 90 days and what became of the consultants submitted to them (client submittals, interview rounds,
 * offers, placements, rejections). <b>Generated, not real</b>: the outcomes come from a hidden
 * ground-truth model of the same features the matcher computes, plus noise, so a calibration model
 * trained on recommendations joined with these outcomes has something learnable but not trivial:
 *
 * <pre>
 * z = -4.6 + 3.0 skills + 1.0 rateFit + 0.6 location + 0.8 seniority + N(0, 0.6)
 *   skills    = share of the requirement's required skills the consultant has (by skill key)
 *   rateFit   = 1 at or under the budget (C2C-equivalent hourly), falling to 0 at 30 % over it
 *   location  = 1 remote or the same state, 0.3 otherwise
 *   seniority = 1 at or above the minimum years, falling by a quarter per missing year
 * P(vendor passes it to the client) = sigmoid(z + 1.0)
 * P(interview | client)             = sigmoid(z)
 * P(offer | interviewed)            = sigmoid(z - 0.3)
 * P(placement | offer)              = 0.8
 * </pre>
 * Each requirement gets 1 to 4 submissions from its 8 best-skilled consultants, through the vendor
 * that sent it; a placement closes the others as rejected ("position filled"). Stage times follow
 * realistic delays (submittal within 2 days, the client within 2 days, interviews 2 to 6 days later,
 * an offer within a week, the placement within 4 days); nothing is later than {@code anchor}, so a
 * pipeline that would go on is left open where it stands. The last {@link #FRESH_REQUIREMENTS} arrived
 * in the hours before the anchor, so their submissions are live at Submitted.
 *
 * <pre>{@code
 * DemoHistory.Set h = DemoHistory.generate(DemoData.DEFAULT_SEED, 240, LocalDate.now(), 60, DemoHistory.VENDORS);
 * }</pre>
 * The same seed, bench size, anchor, count and vendors always give equal history.
 */
public final class DemoHistory {

    /** The vendors of the history until the demo's company list ({@code DemoCompanies}) is the one place for them. */
    public static final List<String> VENDORS = List.of(
            "Apex IT Staffing",
            "BlueRiver Consulting",
            "Cedar Tech Partners",
            "Delta Talent Group",
            "Evergreen Systems",
            "Falcon IT Services");
    /** How far back the history goes. */
    public static final int DAYS = 90;
    /**
     * How many of the last requirements arrived 2 to 5 hours before the anchor (at most a tenth of the
     * history): their submissions are fresh and still at Submitted, so the board has live cards to move.
     */
    public static final int FRESH_REQUIREMENTS = 4;
    /** Mixed into the seed for the history's own streams. */
    private static final long HISTORY_STREAM = 0x5DEECE66DL;

    private static final double PLACE_GIVEN_OFFER = 0.8;

    private DemoHistory() {}

    /** A requirement of the history and when it arrived. */
    public record Arrival(RequirementInput requirement, String vendor, Instant arrivedAt) {}

    /** One interview round and how it went. */
    public record Round(int round, Instant startsAt, boolean passed) {}

    /**
     * One submission and its pipeline. Times of stages not reached are null; {@code finalStatus} is
     * where it stands at the anchor (SUBMITTED, CLIENT_SUBMITTED, INTERVIEWING, OFFERED, PLACED or
     * REJECTED). {@code truth} is the ground-truth model's z before noise (for tests and tuning).
     */
    public record Item(
            String consultantExternalId,
            String requirementExternalRef,
            String vendor,
            Rate billRate,
            Rate payRate,
            Instant submittedAt,
            Instant clientSubmittedAt,
            List<Round> rounds,
            Instant offeredAt,
            LocalDate startDate,
            Instant placedAt,
            Instant closedAt,
            String finalStatus,
            String reason,
            double truth) {}

    /** The generated history. */
    public record Set(List<Arrival> requirements, List<Item> submissions) {}

    public static Set generate(long seed, int consultants, LocalDate anchor, int requirements, List<String> vendors) {
        Objects.requireNonNull(anchor, "anchor");
        if (vendors.isEmpty()) {
            throw new IllegalArgumentException("the history needs at least one vendor");
        }
        List<GeneratedConsultant> bench =
                new ConsultantGenerator(new Dice(seed), DemoData.DEFAULT_ANCHOR).generate(consultants);
        List<GeneratedRequirement> reqs = new RequirementGenerator(
                        new Dice(seed ^ HISTORY_STREAM), DemoData.DEFAULT_ANCHOR, bench)
                .generate(requirements, DemoData.MATCHABLE_SHARE);
        Dice dice = new Dice(seed ^ HISTORY_STREAM ^ 0x2545F4914F6CDD1DL);
        Instant end = anchor.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Arrival> arrivals = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < reqs.size(); i++) {
            RequirementInput base = reqs.get(i).input();
            RequirementInput r = new RequirementInput(
                    "hist-" + String.format(Locale.ROOT, "%04d", i + 1),
                    base.title(),
                    base.description(),
                    base.status(),
                    base.location(),
                    base.workMode(),
                    base.skills(),
                    base.minYears(),
                    base.seniority(),
                    base.budget(),
                    base.durationMonths(),
                    base.startDate(),
                    base.clientName(),
                    base.workAuthorizations());
            String vendor = vendors.get(i % vendors.size());
            // the last few arrived 2 to 5 hours before the anchor: submitted since, too recent for the
            // client (4 hours at least) or a vendor's pass (12 hours), so they are live at Submitted
            Instant arrived = i >= reqs.size() - Math.min(FRESH_REQUIREMENTS, reqs.size() / 10)
                    ? end.minus(Duration.ofMinutes(dice.between(2 * 60, 5 * 60)))
                    : end.minus(Duration.ofMinutes(dice.between(3 * 24 * 60, DAYS * 24 * 60)));
            arrivals.add(new Arrival(r, vendor, arrived));
            List<ConsultantInput> shortlist = bench.stream()
                    .map(GeneratedConsultant::input)
                    .sorted(Comparator.comparingDouble((ConsultantInput c) -> -skills(c, r))
                            .thenComparing(ConsultantInput::externalId))
                    .limit(8)
                    .toList();
            int count = dice.weightedIndex(new double[] {0.25, 0.35, 0.25, 0.15}) + 1;
            List<ConsultantInput> picked = dice.weightedSample(
                    shortlist,
                    shortlist.stream().mapToDouble(c -> 0.2 + skills(c, r)).toArray(),
                    Math.min(count, shortlist.size()));
            List<Item> mine = new ArrayList<>();
            for (ConsultantInput c : picked) {
                mine.add(pipeline(dice, c, r, vendor, arrived, end));
            }
            items.addAll(positionFilled(mine));
        }
        return new Set(List.copyOf(arrivals), List.copyOf(items));
    }

    /** One submission's way through the pipeline under the ground-truth model. */
    static Item pipeline(
            Dice dice, ConsultantInput c, RequirementInput r, String vendor, Instant arrived, Instant end) {
        double truth = -4.6 + 3.0 * skills(c, r) + 1.0 * rateFit(c, r) + 0.6 * location(c, r) + 0.8 * seniority(c, r);
        double z = truth + gaussian(dice) * 0.6;
        Rate pay =
                c.rate() == null ? new Rate(new BigDecimal("60"), "USD", RateUnit.HOUR, EmploymentType.C2C) : c.rate();
        Rate bill = bill(dice, pay, r);
        Instant sent = arrived.plus(Duration.ofMinutes(dice.between(90, 48 * 60)));
        if (!sent.isBefore(end)) {
            sent = end.minus(Duration.ofMinutes(30));
        }
        String id = c.externalId();
        String ref = r.externalRef();
        Instant client = sent.plus(Duration.ofMinutes(dice.between(4 * 60, 48 * 60)));
        if (!dice.chance(sigmoid(z + 1.0))) {
            Instant rejected = sent.plus(Duration.ofHours(dice.between(12, 96)));
            return done(
                    id,
                    ref,
                    vendor,
                    bill,
                    pay,
                    sent,
                    null,
                    List.of(),
                    null,
                    null,
                    null,
                    rejected,
                    end,
                    "Vendor passed on the profile",
                    truth);
        }
        if (!client.isBefore(end)) {
            return new Item(
                    id,
                    ref,
                    vendor,
                    bill,
                    pay,
                    sent,
                    null,
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    "SUBMITTED",
                    null,
                    truth);
        }
        boolean interview = dice.chance(sigmoid(z));
        if (!interview) {
            Instant rejected = client.plus(Duration.ofHours(dice.between(24, 160)));
            return done(
                    id,
                    ref,
                    vendor,
                    bill,
                    pay,
                    sent,
                    client,
                    List.of(),
                    null,
                    null,
                    null,
                    rejected,
                    end,
                    "Client chose other profiles",
                    truth);
        }
        boolean offer = dice.chance(sigmoid(z - 0.3));
        int roundsCount = dice.between(1, 2);
        List<Round> rounds = new ArrayList<>();
        Instant at = client.plus(Duration.ofHours(dice.between(48, 144)));
        for (int k = 1; k <= roundsCount; k++) {
            if (!at.isBefore(end)) {
                break;
            }
            boolean passed = offer || k < roundsCount;
            rounds.add(new Round(k, at.truncatedTo(java.time.temporal.ChronoUnit.HOURS), passed));
            at = at.plus(Duration.ofHours(dice.between(48, 120)));
        }
        if (rounds.isEmpty()) {
            return new Item(
                    id,
                    ref,
                    vendor,
                    bill,
                    pay,
                    sent,
                    client,
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    "CLIENT_SUBMITTED",
                    null,
                    truth);
        }
        Instant lastRound = rounds.get(rounds.size() - 1).startsAt();
        if (!offer) {
            Instant rejected = lastRound.plus(Duration.ofHours(dice.between(24, 96)));
            return done(
                    id,
                    ref,
                    vendor,
                    bill,
                    pay,
                    sent,
                    client,
                    rounds,
                    null,
                    null,
                    null,
                    rejected,
                    end,
                    "Did not clear the interview",
                    truth);
        }
        Instant offered = lastRound.plus(Duration.ofHours(dice.between(24, 168)));
        if (rounds.size() < roundsCount || !offered.isBefore(end)) {
            return new Item(
                    id,
                    ref,
                    vendor,
                    bill,
                    pay,
                    sent,
                    client,
                    rounds,
                    null,
                    null,
                    null,
                    null,
                    "INTERVIEWING",
                    null,
                    truth);
        }
        LocalDate start = offered.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(dice.between(10, 21));
        Instant placed = offered.plus(Duration.ofHours(dice.between(24, 96)));
        if (!dice.chance(PLACE_GIVEN_OFFER)) {
            return done(
                    id,
                    ref,
                    vendor,
                    bill,
                    pay,
                    sent,
                    client,
                    rounds,
                    offered,
                    start,
                    null,
                    placed,
                    end,
                    "Consultant declined the offer",
                    truth);
        }
        if (!placed.isBefore(end)) {
            return new Item(
                    id, ref, vendor, bill, pay, sent, client, rounds, offered, start, null, null, "OFFERED", null,
                    truth);
        }
        return new Item(
                id, ref, vendor, bill, pay, sent, client, rounds, offered, start, placed, null, "PLACED", null, truth);
    }

    /** Rejected at {@code rejected}, or still where it stood when that is after the anchor. */
    private static Item done(
            String id,
            String ref,
            String vendor,
            Rate bill,
            Rate pay,
            Instant sent,
            Instant client,
            List<Round> rounds,
            Instant offered,
            LocalDate start,
            Instant placed,
            Instant rejected,
            Instant end,
            String reason,
            double truth) {
        if (rejected.isBefore(end)) {
            return new Item(
                    id,
                    ref,
                    vendor,
                    bill,
                    pay,
                    sent,
                    client,
                    rounds,
                    offered,
                    start,
                    placed,
                    rejected,
                    "REJECTED",
                    reason,
                    truth);
        }
        String stands = offered != null
                ? "OFFERED"
                : !rounds.isEmpty() ? "INTERVIEWING" : client != null ? "CLIENT_SUBMITTED" : "SUBMITTED";
        return new Item(
                id, ref, vendor, bill, pay, sent, client, rounds, offered, start, null, null, stands, null, truth);
    }

    /** Once one submission of a requirement is placed, the open ones are closed as rejected (the position is filled). */
    static List<Item> positionFilled(List<Item> items) {
        Instant filled = items.stream()
                .map(Item::placedAt)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        if (filled == null) {
            return items;
        }
        List<Item> out = new ArrayList<>();
        for (Item i : items) {
            boolean open = !i.finalStatus().equals("PLACED") && !i.finalStatus().equals("REJECTED");
            if (open && i.submittedAt().isBefore(filled)) {
                out.add(new Item(
                        i.consultantExternalId(),
                        i.requirementExternalRef(),
                        i.vendor(),
                        i.billRate(),
                        i.payRate(),
                        i.submittedAt(),
                        i.clientSubmittedAt(),
                        i.rounds(),
                        i.offeredAt(),
                        i.startDate(),
                        null,
                        latest(i, filled),
                        "REJECTED",
                        "Position filled",
                        i.truth()));
            } else {
                out.add(i);
            }
        }
        return out;
    }

    private static Instant latest(Item i, Instant filled) {
        Instant last = i.submittedAt();
        for (Instant t : new Instant[] {i.clientSubmittedAt(), i.offeredAt()}) {
            if (t != null && t.isAfter(last)) {
                last = t;
            }
        }
        for (Round r : i.rounds()) {
            if (r.startsAt().isAfter(last)) {
                last = r.startsAt();
            }
        }
        return filled.isAfter(last) ? filled.plusSeconds(3600) : last.plusSeconds(3600);
    }

    // ------------------------------------------------------------------------- the model's features

    static double skills(ConsultantInput c, RequirementInput r) {
        java.util.Set<String> mine = c.skills().stream()
                .map(ConsultantSkill::name)
                .map(SkillNames::key)
                .collect(Collectors.toSet());
        List<String> required = r.skills().stream()
                .filter(s -> !Boolean.FALSE.equals(s.required()))
                .map(RequirementSkill::name)
                .map(SkillNames::key)
                .toList();
        if (required.isEmpty()) {
            return 0.5;
        }
        return required.stream().filter(mine::contains).count() / (double) required.size();
    }

    static double rateFit(ConsultantInput c, RequirementInput r) {
        if (c.rate() == null || r.budget() == null) {
            return 0.7;
        }
        double ratio = RateNormalizer.c2cHourly(c.rate()) / RateNormalizer.c2cHourly(r.budget());
        return ratio <= 1 ? 1 : Math.max(0, 1 - (ratio - 1) / 0.3);
    }

    static double location(ConsultantInput c, RequirementInput r) {
        if (r.workMode() == WorkMode.REMOTE) {
            return 1;
        }
        Location a = c.location();
        Location b = r.location();
        return a != null
                        && b != null
                        && a.state() != null
                        && a.state().equalsIgnoreCase(Objects.toString(b.state(), ""))
                ? 1
                : 0.3;
    }

    static double seniority(ConsultantInput c, RequirementInput r) {
        if (r.minYears() == null || c.yearsExperience() == null) {
            return 0.7;
        }
        double missing = r.minYears().doubleValue() - c.yearsExperience().doubleValue();
        return missing <= 0 ? 1 : Math.max(0, 1 - missing / 4);
    }

    /** The rate offered to the vendor: the budget when the consultant's cost leaves a 12 % margin under it, else cost + 15-30 %. */
    static Rate bill(Dice dice, Rate pay, RequirementInput r) {
        boolean burdened =
                pay.employmentType() == EmploymentType.W2 || pay.employmentType() == EmploymentType.FULL_TIME;
        BigDecimal cost = Margins.hourly(pay).multiply(burdened ? new BigDecimal("1.15") : BigDecimal.ONE);
        double floor = cost.doubleValue() / (1 - 0.12);
        double budget = r.budget() == null || !r.budget().currency().equals(pay.currency())
                ? 0
                : RateNormalizer.c2cHourly(r.budget());
        double amount = budget >= floor ? budget : cost.doubleValue() * (1.15 + 0.15 * dice.unit()) / 1.0;
        amount = Math.max(amount, floor);
        return new Rate(
                BigDecimal.valueOf(amount).setScale(0, RoundingMode.CEILING), pay.currency(), RateUnit.HOUR, null);
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** A standard normal draw (Box-Muller), from the dice so it is deterministic. */
    static double gaussian(Dice dice) {
        double u = Math.max(1e-12, dice.unit());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * dice.unit());
    }

    /** Names used for nothing but the generator's own checks. */
    static java.util.Set<String> statuses() {
        return java.util.Set.of("SUBMITTED", "CLIENT_SUBMITTED", "INTERVIEWING", "OFFERED", "PLACED", "REJECTED");
    }
}
