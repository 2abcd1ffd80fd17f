package com.benchcrm.testing.memory;

import com.benchcrm.analytics.AnalyticsRepository;
import com.benchcrm.analytics.GroupBy;
import com.benchcrm.analytics.KpiQuery;
import com.benchcrm.analytics.Kpis;
import com.benchcrm.consultant.AvailabilityStatus;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.persistence.Tx;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.submission.Placement;
import com.benchcrm.submission.Submission;
import com.benchcrm.submission.SubmissionStatus;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link AnalyticsRepository} in memory: the definitions of the PostgreSQL statements, in Java, over
 * the in-memory tables (percentiles interpolated as {@code percentile_cont}, averages rounded to 4
 * decimals half up as {@code round(avg(...), 4)}).
 */
public final class InMemoryAnalyticsRepository implements AnalyticsRepository {

    private final InMemorySubmissionRepository submissions;
    private final InMemoryRequirementRepository requirements;
    private final InMemoryConsultantRepository consultants;
    private final InMemorySubmissionReferences references;

    InMemoryAnalyticsRepository(
            InMemorySubmissionRepository submissions,
            InMemoryRequirementRepository requirements,
            InMemoryConsultantRepository consultants,
            InMemorySubmissionReferences references) {
        this.submissions = submissions;
        this.requirements = requirements;
        this.consultants = consultants;
        this.references = references;
    }

    @Override
    public Kpis kpis(Tx tx, KpiQuery q) {
        List<Submission> all = submissions.all(tx);
        List<Placement> placements = submissions.allPlacements(tx);
        Map<UUID, Requirement> reqs = requirements.list(tx, Optional.empty(), Integer.MAX_VALUE).stream()
                .collect(Collectors.toMap(Requirement::id, Function.identity()));
        List<Submission> sent =
                all.stream().filter(s -> in(s.stages().submittedAt(), q)).toList();
        Kpis.Funnel funnel = funnel(sent);

        List<Requirement> received =
                reqs.values().stream().filter(r -> in(r.createdAt(), q)).toList();
        Set<UUID> placedRequirements =
                placements.stream().map(Placement::requirementId).collect(Collectors.toSet());
        List<Double> firstSubmit = new ArrayList<>();
        for (Requirement r : received) {
            all.stream()
                    .filter(s -> s.requirementId().equals(r.id()) && s.stages().submittedAt() != null)
                    .map(s -> s.stages().submittedAt())
                    .min(Comparator.naturalOrder())
                    .ifPresent(first -> firstSubmit.add(Math.max(0, seconds(r.createdAt(), first) / 3600.0)));
        }
        Kpis.Requirements requirementKpis = new Kpis.Requirements(
                received.size(),
                durations(firstSubmit),
                received.stream()
                        .filter(r -> placedRequirements.contains(r.id()))
                        .count());

        List<Placement> made =
                placements.stream().filter(p -> in(p.createdAt(), q)).toList();
        List<Double> fill = new ArrayList<>();
        for (Placement p : made) {
            Requirement r = reqs.get(p.requirementId());
            if (r != null) {
                fill.add(Math.max(0, seconds(r.createdAt(), p.createdAt()) / 86400.0));
            }
        }
        Map<String, List<Placement>> byCurrency =
                made.stream().collect(Collectors.groupingBy(p -> p.billRate().currency()));
        List<Kpis.Margin> margins = byCurrency.entrySet().stream()
                .map(e -> new Kpis.Margin(
                        e.getKey(),
                        e.getValue().size(),
                        average(e.getValue().stream()
                                .map(p -> p.margin().marginHourly())
                                .toList()),
                        average(e.getValue().stream()
                                .map(p -> p.margin().marginPercent())
                                .toList())))
                .sorted(Comparator.comparingLong(Kpis.Margin::placements)
                        .reversed()
                        .thenComparing(Kpis.Margin::currency))
                .toList();
        Kpis.Placements placementKpis = new Kpis.Placements(made.size(), durations(fill), margins);

        return new Kpis(
                q.from(),
                q.to(),
                q.asOf(),
                funnel,
                requirementKpis,
                placementKpis,
                bench(tx, q, placements),
                vendors(tx, q, sent, received),
                q.groupBy().map(g -> groups(tx, g, sent, reqs, placements)).orElse(null));
    }

    private Kpis.Bench bench(Tx tx, KpiQuery q, List<Placement> placements) {
        LocalDate asOf = q.asOf().atOffset(ZoneOffset.UTC).toLocalDate();
        List<Double> days = new ArrayList<>();
        for (Consultant c : consultants.list(tx, Optional.empty(), Integer.MAX_VALUE)) {
            AvailabilityStatus status =
                    c.availability() == null || c.availability().status() == null
                            ? AvailabilityStatus.AVAILABLE
                            : c.availability().status();
            if (status != AvailabilityStatus.AVAILABLE || c.createdAt().isAfter(q.asOf())) {
                continue;
            }
            List<Placement> mine = placements.stream()
                    .filter(p -> p.consultantId().equals(c.id()))
                    .toList();
            boolean active = mine.stream()
                    .anyMatch(p -> !p.startDate().isAfter(asOf)
                            && (p.endDate() == null || !p.endDate().isBefore(asOf)));
            if (active) {
                continue;
            }
            LocalDate since = c.onBenchSince() != null
                    ? c.onBenchSince()
                    : mine.stream()
                            .map(Placement::endDate)
                            .filter(Objects::nonNull)
                            .filter(d -> d.isBefore(asOf))
                            .max(Comparator.naturalOrder())
                            .orElse(c.createdAt().atOffset(ZoneOffset.UTC).toLocalDate());
            days.add((double) Math.max(0, ChronoUnit.DAYS.between(since, asOf)));
        }
        return new Kpis.Bench(
                days.size(),
                percentile(days, 0.5),
                List.of(
                        new Kpis.Bucket(
                                "0-14",
                                0,
                                14,
                                days.stream().filter(d -> d <= 14).count()),
                        new Kpis.Bucket(
                                "15-30",
                                15,
                                30,
                                days.stream().filter(d -> d >= 15 && d <= 30).count()),
                        new Kpis.Bucket(
                                "31-60",
                                31,
                                60,
                                days.stream().filter(d -> d >= 31 && d <= 60).count()),
                        new Kpis.Bucket(
                                "61-90",
                                61,
                                90,
                                days.stream().filter(d -> d >= 61 && d <= 90).count()),
                        new Kpis.Bucket(
                                "91+",
                                91,
                                null,
                                days.stream().filter(d -> d > 90).count())));
    }

    private List<Kpis.VendorScorecard> vendors(Tx tx, KpiQuery q, List<Submission> sent, List<Requirement> received) {
        Map<UUID, List<Submission>> subs = sent.stream()
                .filter(s -> s.vendorCompanyId() != null)
                .collect(Collectors.groupingBy(Submission::vendorCompanyId));
        Map<UUID, Long> reqs = new HashMap<>();
        for (Requirement r : received) {
            UUID v = r.chainOrEmpty().vendorCompanyId();
            if (v != null) {
                reqs.merge(v, 1L, Long::sum);
            }
        }
        Set<UUID> ids = new HashSet<>(subs.keySet());
        ids.addAll(reqs.keySet());
        List<Kpis.VendorScorecard> out = new ArrayList<>();
        for (UUID id : ids) {
            var company = references.company(tx, id);
            if (company.isEmpty()) {
                continue;
            }
            List<Submission> mine = subs.getOrDefault(id, List.of());
            List<Double> response = new ArrayList<>();
            for (Submission s : mine) {
                Instant rejected =
                        s.status() == SubmissionStatus.REJECTED ? s.stages().closedAt() : null;
                Instant answer = earliest(s.stages().clientSubmittedAt(), rejected);
                if (answer != null) {
                    response.add(seconds(s.stages().submittedAt(), answer) / 3600.0);
                }
            }
            out.add(new Kpis.VendorScorecard(
                    id,
                    company.get().name(),
                    reqs.getOrDefault(id, 0L),
                    mine.size(),
                    mine.stream()
                            .filter(s -> s.stages().interviewingAt() != null)
                            .count(),
                    mine.stream().filter(s -> s.stages().placedAt() != null).count(),
                    mine.isEmpty() ? null : percentile(response, 0.5)));
        }
        out.sort(Comparator.comparingLong(Kpis.VendorScorecard::submissions)
                .reversed()
                .thenComparing(Comparator.comparingLong(Kpis.VendorScorecard::requirementsReceived)
                        .reversed())
                .thenComparing(Kpis.VendorScorecard::vendorName)
                .thenComparing(v -> v.vendorCompanyId().toString()));
        return out.size() > 50 ? out.subList(0, 50) : out;
    }

    private List<Kpis.Group> groups(
            Tx tx, GroupBy by, List<Submission> sent, Map<UUID, Requirement> reqs, List<Placement> placements) {
        Map<UUID, Placement> placed =
                placements.stream().collect(Collectors.toMap(Placement::submissionId, Function.identity()));
        Map<String, List<Submission>> byKey = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Submission s : sent) {
            String key;
            String name;
            switch (by) {
                case RECRUITER -> {
                    key = s.createdBy();
                    name = s.createdBy();
                }
                case VENDOR -> {
                    key = s.vendorCompanyId() == null
                            ? null
                            : s.vendorCompanyId().toString();
                    name = s.vendorCompanyId() == null
                            ? null
                            : references
                                    .company(tx, s.vendorCompanyId())
                                    .map(c -> c.name())
                                    .orElse(null);
                }
                default -> {
                    Requirement r = reqs.get(s.requirementId());
                    if (r == null) {
                        continue;
                    }
                    key = r.clientName() == null ? null : r.clientName().strip().toLowerCase(Locale.ROOT);
                    name = r.clientName();
                }
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            if (name != null) {
                names.merge(key, name, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        List<Kpis.Group> out = new ArrayList<>();
        byKey.forEach((key, list) -> {
            List<BigDecimal> margins = list.stream()
                    .map(s -> placed.get(s.id()))
                    .filter(Objects::nonNull)
                    .map(p -> p.margin().marginPercent())
                    .toList();
            out.add(new Kpis.Group(key, names.get(key), funnel(list), margins.isEmpty() ? null : average(margins)));
        });
        out.sort(Comparator.comparingLong((Kpis.Group g) -> g.funnel().submitted())
                .reversed()
                .thenComparing(Kpis.Group::key, Comparator.nullsLast(Comparator.naturalOrder())));
        return out.size() > 100 ? out.subList(0, 100) : out;
    }

    private static Kpis.Funnel funnel(List<Submission> sent) {
        return new Kpis.Funnel(
                sent.size(),
                sent.stream().filter(s -> s.stages().interviewingAt() != null).count(),
                sent.stream().filter(s -> s.stages().offeredAt() != null).count(),
                sent.stream().filter(s -> s.stages().placedAt() != null).count());
    }

    private static boolean in(Instant at, KpiQuery q) {
        return at != null && !at.isBefore(q.from()) && at.isBefore(q.to());
    }

    private static double seconds(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        return d.getSeconds() + d.getNano() / 1e9;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static Kpis.Durations durations(List<Double> values) {
        return values.isEmpty()
                ? Kpis.Durations.NONE
                : new Kpis.Durations(values.size(), percentile(values, 0.5), percentile(values, 0.9));
    }

    /** PostgreSQL's percentile_cont: linear interpolation between the closest ranks; null without values. */
    static Double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        double pos = p * (sorted.size() - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted.get(lo) + (pos - lo) * (sorted.get(hi) - sorted.get(lo));
    }

    private static BigDecimal average(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128)
                .setScale(4, RoundingMode.HALF_UP);
    }
}
