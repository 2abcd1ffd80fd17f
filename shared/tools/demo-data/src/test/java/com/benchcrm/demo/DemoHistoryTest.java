package com.benchcrm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoHistoryTest {

    static final LocalDate ANCHOR = LocalDate.of(2026, 12, 6);
    static final DemoHistory.Set H = DemoHistory.generate(DemoData.DEFAULT_SEED, 240, ANCHOR, 200, DemoHistory.VENDORS);

    @Test
    void sameInputs_sameHistory() {
        assertThat(DemoHistory.generate(DemoData.DEFAULT_SEED, 240, ANCHOR, 200, DemoHistory.VENDORS))
                .isEqualTo(H);
        assertThat(DemoHistory.generate(DemoData.DEFAULT_SEED + 1, 240, ANCHOR, 200, DemoHistory.VENDORS))
                .isNotEqualTo(H);
    }

    @Test
    void everything_happensInTheLast90Days_inPipelineOrder_andNothingAfterTheAnchor() {
        Instant end = ANCHOR.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant start = end.minusSeconds(86400L * DemoHistory.DAYS);
        Map<String, Instant> arrived = H.requirements().stream()
                .collect(Collectors.toMap(a -> a.requirement().externalRef(), DemoHistory.Arrival::arrivedAt));
        assertThat(arrived.values()).allSatisfy(t -> assertThat(t).isBetween(start, end));
        for (DemoHistory.Item i : H.submissions()) {
            assertThat(i.submittedAt())
                    .isAfter(arrived.get(i.requirementExternalRef()))
                    .isBefore(end);
            List<Instant> stages = new java.util.ArrayList<>();
            stages.add(i.submittedAt());
            if (i.clientSubmittedAt() != null) {
                stages.add(i.clientSubmittedAt());
            }
            i.rounds().forEach(r -> stages.add(r.startsAt()));
            if (i.offeredAt() != null) {
                stages.add(i.offeredAt());
            }
            if (i.placedAt() != null) {
                stages.add(i.placedAt());
            }
            assertThat(stages)
                    .as(i.toString())
                    .isSorted()
                    .allSatisfy(t -> assertThat(t).isBefore(end));
            assertThat(i.finalStatus()).isIn(DemoHistory.statuses());
            assertThat((i.finalStatus().equals("REJECTED")) == (i.closedAt() != null))
                    .isTrue();
            assertThat((i.finalStatus().equals("PLACED")) == (i.placedAt() != null))
                    .isTrue();
        }
    }

    @Test
    void theLastRequirementsArrivedInTheLastHours_andTheirSubmissionsAreLiveAtSubmitted() {
        Instant end = ANCHOR.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<DemoHistory.Arrival> all = H.requirements();
        List<DemoHistory.Arrival> fresh = all.subList(all.size() - DemoHistory.FRESH_REQUIREMENTS, all.size());
        java.util.Set<String> refs =
                fresh.stream().map(a -> a.requirement().externalRef()).collect(Collectors.toSet());
        assertThat(fresh)
                .allSatisfy(a ->
                        assertThat(a.arrivedAt()).isBetween(end.minusSeconds(5 * 3600), end.minusSeconds(2 * 3600)));
        assertThat(all.subList(0, all.size() - DemoHistory.FRESH_REQUIREMENTS))
                .allSatisfy(a -> assertThat(a.arrivedAt()).isBefore(end.minusSeconds(3 * 86400)));
        List<DemoHistory.Item> live = H.submissions().stream()
                .filter(i -> refs.contains(i.requirementExternalRef()))
                .toList();
        assertThat(live).hasSizeGreaterThanOrEqualTo(DemoHistory.FRESH_REQUIREMENTS);
        assertThat(live).allSatisfy(i -> {
            assertThat(i.finalStatus()).isEqualTo("SUBMITTED");
            assertThat(i.clientSubmittedAt()).isNull();
            assertThat(i.closedAt()).isNull();
        });
    }

    @Test
    void aRealisticFunnel_withPlacementsAndAMarginAboveTheFloor() {
        long sent = H.submissions().size();
        long client = H.submissions().stream()
                .filter(i -> i.clientSubmittedAt() != null)
                .count();
        long interviewed =
                H.submissions().stream().filter(i -> !i.rounds().isEmpty()).count();
        long placed = H.submissions().stream().filter(i -> i.placedAt() != null).count();
        assertThat(sent).isBetween(300L, 700L);
        assertThat((double) client / sent).isBetween(0.4, 0.95);
        assertThat((double) interviewed / client).isBetween(0.15, 0.8);
        assertThat(placed).isGreaterThan(5);
        assertThat(H.submissions())
                .allSatisfy(i -> assertThat(com.benchcrm.margin.Margins.of(
                                        i.billRate(), i.payRate(), new java.math.BigDecimal("15"))
                                .marginPercent())
                        .isGreaterThanOrEqualTo(new java.math.BigDecimal("10")));
        assertThat(H.requirements().stream().map(DemoHistory.Arrival::vendor).distinct())
                .hasSize(DemoHistory.VENDORS.size());
    }

    @Test
    void outcomes_areLearnable_butNoisy_betterModelScoreMeansMoreInterviews() {
        List<DemoHistory.Item> all = H.submissions().stream()
                .sorted(java.util.Comparator.comparingDouble(DemoHistory.Item::truth))
                .toList();
        int quarter = all.size() / 4;
        double low = rate(all.subList(0, quarter));
        double high = rate(all.subList(all.size() - quarter, all.size()));
        assertThat(high)
                .as("the best quarter by the hidden model reaches interviews more often")
                .isGreaterThan(low + 0.15);
        assertThat(low).as("and the worst quarter still sometimes does (noise)").isGreaterThan(0.0);
        assertThat(high).as("and the best quarter not always").isLessThan(1.0);
    }

    @Test
    void aPlacement_closesTheOtherOpenSubmissionsOfItsRequirement() {
        Map<String, List<DemoHistory.Item>> byRequirement =
                H.submissions().stream().collect(Collectors.groupingBy(DemoHistory.Item::requirementExternalRef));
        byRequirement.values().stream()
                .filter(l -> l.stream().anyMatch(i -> i.placedAt() != null))
                .forEach(l -> {
                    Instant placed = l.stream()
                            .map(DemoHistory.Item::placedAt)
                            .filter(java.util.Objects::nonNull)
                            .min(Instant::compareTo)
                            .orElseThrow();
                    assertThat(l)
                            .filteredOn(i -> i.submittedAt().isBefore(placed))
                            .allSatisfy(i -> assertThat(i.finalStatus()).isIn("PLACED", "REJECTED"));
                });
    }

    private static double rate(List<DemoHistory.Item> items) {
        return items.stream().filter(i -> !i.rounds().isEmpty()).count() / (double) items.size();
    }
}
