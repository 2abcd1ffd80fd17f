package com.benchcrm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.RateUnit;
import com.benchcrm.common.SkillNames;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.consultant.AvailabilityStatus;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.requirement.RequirementInput;
import com.benchcrm.requirement.RequirementSkill;
import com.benchcrm.requirement.RequirementStatus;
import com.benchcrm.requirement.Seniority;
import com.benchcrm.requirement.WorkMode;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoDataDistributionTest {

    private static final DemoData.Detailed DEFAULT = DemoData.generateDetailed(
            DemoData.DEFAULT_SEED,
            DemoData.DEFAULT_CONSULTANTS,
            DemoData.DEFAULT_REQUIREMENTS,
            DemoData.DEFAULT_ANCHOR);

    @Test
    void workAuthorization_defaultBench_h1bMostCommonAndAllBenchStatusesPresent() {
        Map<WorkAuthorization, Long> counts = DEFAULT.toDataSet().consultants().stream()
                .collect(Collectors.groupingBy(
                        ConsultantInput::workAuthorization,
                        () -> new EnumMap<>(WorkAuthorization.class),
                        Collectors.counting()));

        long h1b = counts.get(WorkAuthorization.H1B);
        assertThat(h1b)
                .isGreaterThan(counts.entrySet().stream()
                        .filter(e -> e.getKey() != WorkAuthorization.H1B)
                        .mapToLong(Map.Entry::getValue)
                        .max()
                        .orElseThrow());
        assertThat(h1b).isBetween(50L, 110L);
        assertThat(counts.keySet())
                .contains(
                        WorkAuthorization.GREEN_CARD,
                        WorkAuthorization.GC_EAD,
                        WorkAuthorization.US_CITIZEN,
                        WorkAuthorization.OPT_EAD,
                        WorkAuthorization.STEM_OPT,
                        WorkAuthorization.H4_EAD,
                        WorkAuthorization.L2_EAD);
    }

    @Test
    void families_defaultBench_everyFamilyRepresented() {
        Set<RoleFamily> families = EnumSet.noneOf(RoleFamily.class);
        DEFAULT.consultants().forEach(c -> families.add(c.family()));

        assertThat(RoleFamily.values()).hasSize(15);
        assertThat(families).containsExactlyInAnyOrder(RoleFamily.values());
    }

    @Test
    void rates_anyBench_withinFamilyBandsInUsdPerHour() {
        DemoData.Detailed data = DemoData.generateDetailed(21L, 2000, 500, DemoData.DEFAULT_ANCHOR);

        for (GeneratedConsultant c : data.consultants()) {
            var rate = c.input().rate();
            assertThat(rate.currency()).isEqualTo("USD");
            assertThat(rate.unit()).isEqualTo(RateUnit.HOUR);
            assertThat(rate.amount().scale()).isZero();
            int[] band = c.family().consultantBand(rate.employmentType());
            assertThat(rate.amount().intValueExact()).as(c.input().externalId()).isBetween(band[0], band[1]);
            if (EnumSet.of(WorkAuthorization.OPT_EAD, WorkAuthorization.STEM_OPT)
                    .contains(c.input().workAuthorization())) {
                assertThat(rate.employmentType()).isEqualTo(EmploymentType.W2);
            }
        }
        for (GeneratedRequirement r : data.requirements()) {
            var budget = r.input().budget();
            int[] band = r.family().budgetBand(budget.employmentType());
            assertThat(budget.amount().intValueExact())
                    .as(r.input().externalRef())
                    .isBetween(band[0], band[1]);
        }
        assertThat(data.consultants())
                .allSatisfy(
                        c -> assertThat(c.input().rate().amount().intValue()).isBetween(30, 135));
    }

    @Test
    void rates_c2cBySeniority_riseWithLevel() {
        DemoData.Detailed data = DemoData.generateDetailed(22L, 2000, 0, DemoData.DEFAULT_ANCHOR);
        Map<Seniority, Double> mean = new EnumMap<>(Seniority.class);
        for (Seniority s : Seniority.values()) {
            mean.put(
                    s,
                    data.consultants().stream()
                            .filter(c -> c.seniority() == s && c.input().rate().employmentType() == EmploymentType.C2C)
                            .mapToInt(c -> c.input().rate().amount().intValue())
                            .average()
                            .orElseThrow());
        }
        assertThat(mean.get(Seniority.JUNIOR)).isLessThan(mean.get(Seniority.MID));
        assertThat(mean.get(Seniority.MID)).isLessThan(mean.get(Seniority.SENIOR));
        assertThat(mean.get(Seniority.SENIOR)).isLessThan(mean.get(Seniority.LEAD));
        assertThat(mean.get(Seniority.LEAD)).isLessThan(mean.get(Seniority.PRINCIPAL));
    }

    @Test
    void consultants_anyBench_skillsAndYearsArePlausible() {
        DemoData.Detailed data = DemoData.generateDetailed(23L, 2000, 0, DemoData.DEFAULT_ANCHOR);

        for (GeneratedConsultant g : data.consultants()) {
            ConsultantInput c = g.input();
            int years = c.yearsExperience().intValueExact();
            assertThat(years).isBetween(2, 20);
            int[] range = switch (g.seniority()) {
                case JUNIOR -> new int[] {2, 4};
                case MID -> new int[] {4, 8};
                case SENIOR -> new int[] {7, 13};
                case LEAD -> new int[] {10, 17};
                case PRINCIPAL -> new int[] {14, 20};
            };
            assertThat(years).isBetween(range[0], range[1]);
            assertThat(c.skills()).hasSizeBetween(5, 12);
            assertThat(c.skills())
                    .allSatisfy(s -> assertThat(s.years()).isBetween(BigDecimal.ONE, c.yearsExperience()));
            long primaries = c.skills().stream()
                    .filter(s -> Boolean.TRUE.equals(s.primary()))
                    .count();
            assertThat(primaries).isBetween(1L, 3L);
            assertThat(c.skills().get(0).primary()).isTrue();

            Set<String> family = keys(g.family().vocabulary(g.track()));
            family.addAll(keys(g.family().niche));
            long own = c.skills().stream()
                    .filter(s -> family.contains(SkillNames.key(s.name())))
                    .count();
            assertThat(own).as(c.externalId()).isGreaterThanOrEqualTo(c.skills().size() - 2L);
            assertThat(own).isLessThan(c.skills().size());
            for (String core : g.track().core()) {
                assertThat(c.skills()).extracting(ConsultantSkill::name).contains(core);
            }
            assertThat(c.title()).isNotBlank();
            assertThat(c.summary()).contains(String.valueOf(years));
        }
    }

    @Test
    void availability_defaultBench_mostlyAvailableSomeOnProject() {
        Map<AvailabilityStatus, Long> counts = DEFAULT.toDataSet().consultants().stream()
                .collect(Collectors.groupingBy(c -> c.availability().status(), Collectors.counting()));

        assertThat(counts.get(AvailabilityStatus.AVAILABLE)).isGreaterThan(100L);
        assertThat(counts.get(AvailabilityStatus.ON_PROJECT)).isBetween(20L, 90L);
        DEFAULT.toDataSet().consultants().stream()
                .filter(c -> c.availability().status() != AvailabilityStatus.NOT_AVAILABLE)
                .forEach(c -> assertThat(c.availability().availableFrom()).isNotNull());
    }

    @Test
    void requirements_anySet_shapeMatchesVendorMail() {
        DemoData.Detailed data = DemoData.generateDetailed(24L, 2000, 500, DemoData.DEFAULT_ANCHOR);
        Map<WorkMode, Long> modes = new EnumMap<>(WorkMode.class);
        long open = 0;
        for (GeneratedRequirement g : data.requirements()) {
            RequirementInput r = g.input();
            long required = r.skills().stream()
                    .filter(s -> Boolean.TRUE.equals(s.required()))
                    .count();
            assertThat(r.skills()).hasSizeBetween(4, 10);
            assertThat(required).isBetween(3L, 6L);
            assertThat(r.skills()).allSatisfy(s -> assertThat(s.required()).isNotNull());
            assertThat(r.skills().get(0).name()).isEqualTo(g.track().anchor());
            assertThat(r.durationMonths()).isBetween(3, 24);
            assertThat(r.startDate()).isBetween(DemoData.DEFAULT_ANCHOR, DemoData.DEFAULT_ANCHOR.plusWeeks(9));
            assertThat(r.workAuthorizations()).isNotEmpty();
            assertThat(r.clientName()).isNotBlank();
            assertThat(r.title()).contains(" – ");
            assertThat(r.location() == null).isEqualTo(r.workMode() == WorkMode.REMOTE);
            assertThat(r.description())
                    .contains("Must have:", r.clientName(), "Visa: ", "Rate: up to $")
                    .contains(r.skills().get(0).name());
            assertThat(r.description().lines().count()).isGreaterThan(8);
            modes.merge(r.workMode(), 1L, Long::sum);
            open += r.status() == RequirementStatus.OPEN ? 1 : 0;
        }
        assertThat(open).isGreaterThan(350L);
        assertThat(modes.keySet()).containsExactlyInAnyOrder(WorkMode.values());
        assertThat(modes.get(WorkMode.HYBRID)).isGreaterThan(modes.get(WorkMode.ONSITE));
        Set<List<WorkAuthorization>> visaLines = new HashSet<>();
        data.requirements().forEach(g -> visaLines.add(g.input().workAuthorizations()));
        assertThat(visaLines)
                .hasSizeGreaterThanOrEqualTo(5)
                .contains(List.of(WorkAuthorization.US_CITIZEN, WorkAuthorization.GREEN_CARD));
    }

    @Test
    void coverage_defaultDemo_sixtyToSeventyPercentHaveThreeCoveringConsultants() {
        DemoDataSet data = DemoData.generate();

        double share = matchableShare(data);

        assertThat(share).isBetween(0.60, 0.70);
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L, 99L, -5L})
    void coverage_otherSeedsAtDefaultSize_sixtyToSeventyPercentHaveThreeCoveringConsultants(long seed) {
        DemoDataSet data = DemoData.generate(seed, DemoData.DEFAULT_CONSULTANTS, DemoData.DEFAULT_REQUIREMENTS);

        assertThat(matchableShare(data)).isBetween(0.60, 0.70);
    }

    @Test
    void coverage_largeSet_matchesTheDesign() {
        DemoData.Detailed data = DemoData.generateDetailed(25L, 2000, 500, DemoData.DEFAULT_ANCHOR);
        List<Set<String>> bench = skillKeys(data.toDataSet().consultants());

        for (GeneratedRequirement r : data.requirements()) {
            assertThat(covering(r.input(), bench) >= 3)
                    .as(r.input().externalRef())
                    .isEqualTo(r.designedToMatch());
        }
        assertThat(matchableShare(data.toDataSet())).isBetween(0.60, 0.70);
    }

    /** Share of requirements with at least three consultants whose skills include every required skill. */
    private static double matchableShare(DemoDataSet data) {
        List<Set<String>> bench = skillKeys(data.consultants());
        long matchable = data.requirements().stream()
                .filter(r -> covering(r, bench) >= 3)
                .count();
        return (double) matchable / data.requirements().size();
    }

    private static long covering(RequirementInput r, List<Set<String>> bench) {
        Set<String> required = r.skills().stream()
                .filter(s -> Boolean.TRUE.equals(s.required()))
                .map(RequirementSkill::name)
                .map(SkillNames::key)
                .collect(Collectors.toSet());
        return bench.stream().filter(skills -> skills.containsAll(required)).count();
    }

    private static List<Set<String>> skillKeys(List<ConsultantInput> bench) {
        return bench.stream()
                .map(c -> c.skills().stream().map(s -> SkillNames.key(s.name())).collect(Collectors.toSet()))
                .toList();
    }

    private static Set<String> keys(List<String> names) {
        return names.stream().map(SkillNames::key).collect(Collectors.toCollection(HashSet::new));
    }
}
