package com.benchcrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.benchcrm.analytics.GroupBy;
import com.benchcrm.analytics.KpiQuery;
import com.benchcrm.analytics.Kpis;
import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import com.benchcrm.margin.Margins;
import com.benchcrm.persistence.Tx;
import com.benchcrm.submission.Placement;
import com.benchcrm.submission.Submission;
import com.benchcrm.submission.SubmissionStatus;
import com.benchcrm.tenancy.TenantId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The KPI definitions on one small, hand-computed pipeline: every figure is asserted against the
 * value worked out in the comments, for PostgreSQL and in memory alike.
 */
public abstract class AnalyticsRepositoryContract {

    static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");
    static final Instant FROM = T0;
    static final Instant TO = Instant.parse("2026-11-01T00:00:00Z");
    static final Instant HIRED = Instant.parse("2026-08-01T00:00:00Z");

    protected abstract Stores stores();

    static Instant at(double days) {
        return T0.plus(Duration.ofSeconds(Math.round(days * 86400)));
    }

    record Fixture(TenantId tenant, UUID v1, UUID v2) {}

    /**
     * Requirements R1 (day 1, Acme Bank, vendor V1), R2 (day 2, Globex, V2), R3 (day 3, Acme Bank),
     * R0 (September, outside). Consultants C1-C5 hired 2026-08-01, all AVAILABLE. Submissions:
     * S1 C1->R1 via V1 by u1: sent d1+4h, client d2+4h, interview d4, offer d11, placed d16 (P1: 85 on 68 C2C, starts 10-20, open);
     * S2 C2->R1 via V2 by u1: sent d1+10h, rejected d3+10h;
     * S3 C3->R2 via V2 by u2: sent d5, client d5+6h, interviewing d8;
     * S6 C2->R3 via V1 by u2: sent d4, client d4+12h, interview d6, offer d15, placed d20 (P2: 90 on 60 W2, 10-25 to 10-28);
     * S4 C4->R3 via V1 sent d40 (after the period); S5 C5->R2 a DRAFT.
     */
    Fixture fixture() {
        TenantId tenant = stores().newTenant();
        UUID v1 = stores().newCompany(tenant, "Vendor One");
        UUID v2 = stores().newCompany(tenant, "Vendor Two");
        UUID r1 = PipelineSamples.requirement(stores(), tenant, "Java Developer", "Acme Bank", at(1));
        UUID r2 = PipelineSamples.requirement(stores(), tenant, "QA Lead", "Globex", at(2));
        UUID r3 = PipelineSamples.requirement(stores(), tenant, "Data Engineer", "Acme Bank", at(3));
        PipelineSamples.requirement(stores(), tenant, "Old Role", "Acme Bank", Instant.parse("2026-09-01T00:00:00Z"));
        stores().linkRequirementVendor(tenant, r1, v1);
        stores().linkRequirementVendor(tenant, r2, v2);
        UUID c1 = PipelineSamples.consultant(stores(), tenant, "Cal One", HIRED);
        UUID c2 = PipelineSamples.consultant(stores(), tenant, "Cat Two", HIRED);
        UUID c3 = PipelineSamples.consultant(stores(), tenant, "Cy Three", HIRED);
        UUID c4 = PipelineSamples.consultant(stores(), tenant, "Cid Four", HIRED);
        UUID c5 = PipelineSamples.consultant(stores(), tenant, "Cam Five", HIRED);
        double h = 1 / 24.0;
        Submission s1 = PipelineSamples.submission(
                c1,
                r1,
                v1,
                SubmissionStatus.PLACED,
                "u1",
                PipelineSamples.stages(at(1 + 4 * h), at(2 + 4 * h), at(4), at(11), at(16), null),
                at(1));
        Submission s2 = PipelineSamples.submission(
                c2,
                r1,
                v2,
                SubmissionStatus.REJECTED,
                "u1",
                PipelineSamples.stages(at(1 + 10 * h), null, null, null, null, at(3 + 10 * h)),
                at(1));
        Submission s3 = PipelineSamples.submission(
                c3,
                r2,
                v2,
                SubmissionStatus.INTERVIEWING,
                "u2",
                PipelineSamples.stages(at(5), at(5 + 6 * h), at(8), null, null, null),
                at(5));
        Submission s6 = PipelineSamples.submission(
                c2,
                r3,
                v1,
                SubmissionStatus.PLACED,
                "u2",
                PipelineSamples.stages(at(4), at(4 + 12 * h), at(6), at(15), at(20), null),
                at(4));
        Submission s4 = PipelineSamples.submission(
                c4,
                r3,
                v1,
                SubmissionStatus.SUBMITTED,
                "u1",
                PipelineSamples.stages(at(40), null, null, null, null, null),
                at(40));
        Submission s5 =
                PipelineSamples.submission(c5, r2, null, SubmissionStatus.DRAFT, "u1", Submission.Stages.NONE, at(6));
        Rate bill1 = new Rate(new BigDecimal("85.00"), "USD", RateUnit.HOUR, null);
        Rate pay1 = new Rate(new BigDecimal("68.00"), "USD", RateUnit.HOUR, EmploymentType.C2C);
        Rate bill2 = new Rate(new BigDecimal("90.00"), "USD", RateUnit.HOUR, null);
        Rate pay2 = new Rate(new BigDecimal("60.00"), "USD", RateUnit.HOUR, EmploymentType.W2);
        BigDecimal burden = new BigDecimal("15");
        Placement p1 = new Placement(
                Samples.id(),
                s1.id(),
                c1,
                r1,
                LocalDate.of(2026, 10, 20),
                null,
                bill1,
                pay1,
                Margins.of(bill1, pay1, burden),
                null,
                "u1",
                at(16));
        Placement p2 = new Placement(
                Samples.id(),
                s6.id(),
                c2,
                r3,
                LocalDate.of(2026, 10, 25),
                LocalDate.of(2026, 10, 28),
                bill2,
                pay2,
                Margins.of(bill2, pay2, burden),
                null,
                "u2",
                at(20));
        stores().transactions().inTenant(tenant, (Tx tx) -> {
            for (Submission s : new Submission[] {s1, s2, s3, s6, s4, s5}) {
                stores().submissions().insert(tx, s);
            }
            stores().submissions().insertPlacement(tx, p1);
            stores().submissions().insertPlacement(tx, p2);
            return null;
        });
        return new Fixture(tenant, v1, v2);
    }

    private Kpis kpis(TenantId tenant, GroupBy by) {
        return stores().transactions()
                .inTenant(
                        tenant,
                        (Tx tx) -> stores().analytics().kpis(tx, new KpiQuery(FROM, TO, Optional.ofNullable(by), TO)));
    }

    @Test
    void funnelRequirementsAndPlacements_asDefined() {
        Fixture f = fixture();

        Kpis k = kpis(f.tenant(), null);

        // sent in October: S1, S2, S3, S6; interviewing S1, S3, S6; offered and placed S1, S6
        assertThat(k.funnel()).isEqualTo(new Kpis.Funnel(4, 3, 2, 2));
        assertThat(k.funnel().submittalToInterview().value()).isEqualTo(0.75);
        assertThat(k.funnel().offerToPlacement().value()).isEqualTo(1.0);
        // R1, R2, R3 received; first submits after 4 h, 72 h, 24 h; R1 and R3 filled
        assertThat(k.requirements().received()).isEqualTo(3);
        assertThat(k.requirements().filled()).isEqualTo(2);
        assertThat(k.requirements().timeToFirstSubmitHours().count()).isEqualTo(3);
        assertThat(k.requirements().timeToFirstSubmitHours().median()).isCloseTo(24.0, within(1e-6));
        assertThat(k.requirements().timeToFirstSubmitHours().p90()).isCloseTo(62.4, within(1e-6));
        // P1 15 days after R1, P2 17 days after R3
        assertThat(k.placements().made()).isEqualTo(2);
        assertThat(k.placements().timeToFillDays().median()).isCloseTo(16.0, within(1e-6));
        assertThat(k.placements().timeToFillDays().p90()).isCloseTo(16.8, within(1e-6));
        // margins 17.00/h (20 %) and 90 - 60 * 1.15 = 21.00/h (23.3333 %)
        assertThat(k.placements().margins()).singleElement().satisfies(m -> {
            assertThat(m.currency()).isEqualTo("USD");
            assertThat(m.placements()).isEqualTo(2);
            assertThat(m.averageHourly()).isEqualByComparingTo("19.0000");
            assertThat(m.averagePercent()).isEqualByComparingTo("21.6667");
        });
        assertThat(k.groups()).isNull();
    }

    @Test
    void bench_atTheEndOfThePeriod_excludesTheActivePlacement_countsFromTheLastOne() {
        Fixture f = fixture();

        Kpis.Bench b = kpis(f.tenant(), null).bench();

        // C1 on P1 (open); C2 back since 10-28 (4 days); C3, C4, C5 since 08-01 (92 days)
        assertThat(b.size()).isEqualTo(4);
        assertThat(b.medianDays()).isCloseTo(92.0, within(1e-6));
        assertThat(b.buckets()).extracting(Kpis.Bucket::consultants).containsExactly(1L, 0L, 0L, 0L, 3L);
    }

    @Test
    void vendorScorecards_countWhatEachVendorSentAndGot_withTheMedianResponse() {
        Fixture f = fixture();

        var vendors = kpis(f.tenant(), null).vendors();

        // V1: R1; S1, S6 both interviewed and placed; answers after 24 h and 12 h
        // V2: R2; S2 (rejected after 48 h), S3 (client after 6 h, interviewing)
        assertThat(vendors).hasSize(2);
        assertThat(vendors.get(0))
                .usingRecursiveComparison()
                .ignoringFields("medianResponseHours")
                .isEqualTo(new Kpis.VendorScorecard(f.v1(), "Vendor One", 1, 2, 2, 2, null));
        assertThat(vendors.get(0).medianResponseHours()).isCloseTo(18.0, within(1e-6));
        assertThat(vendors.get(1))
                .usingRecursiveComparison()
                .ignoringFields("medianResponseHours")
                .isEqualTo(new Kpis.VendorScorecard(f.v2(), "Vendor Two", 1, 2, 1, 0, null));
        assertThat(vendors.get(1).medianResponseHours()).isCloseTo(27.0, within(1e-6));
    }

    @Test
    void groups_byRecruiterVendorAndClient() {
        Fixture f = fixture();

        assertThat(kpis(f.tenant(), GroupBy.RECRUITER).groups())
                .extracting(
                        Kpis.Group::key,
                        g -> g.funnel().submitted(),
                        g -> g.funnel().placed())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("u1", 2L, 1L),
                        org.assertj.core.groups.Tuple.tuple("u2", 2L, 1L));
        assertThat(kpis(f.tenant(), GroupBy.VENDOR).groups())
                .satisfiesExactlyInAnyOrder(
                        g -> {
                            assertThat(g.key()).isEqualTo(f.v1().toString());
                            assertThat(g.name()).isEqualTo("Vendor One");
                            assertThat(g.funnel()).isEqualTo(new Kpis.Funnel(2, 2, 2, 2));
                            assertThat(g.averageMarginPercent()).isEqualByComparingTo("21.6667");
                        },
                        g -> {
                            assertThat(g.name()).isEqualTo("Vendor Two");
                            assertThat(g.funnel()).isEqualTo(new Kpis.Funnel(2, 1, 0, 0));
                            assertThat(g.averageMarginPercent()).isNull();
                        });
        assertThat(kpis(f.tenant(), GroupBy.CLIENT).groups())
                .extracting(Kpis.Group::key, Kpis.Group::name, g -> g.funnel().submitted())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("acme bank", "Acme Bank", 3L),
                        org.assertj.core.groups.Tuple.tuple("globex", "Globex", 1L));
    }

    @Test
    void anotherTenant_hasNoneOfIt() {
        fixture();
        TenantId other = stores().newTenant();

        Kpis k = kpis(other, GroupBy.VENDOR);

        assertThat(k.funnel()).isEqualTo(new Kpis.Funnel(0, 0, 0, 0));
        assertThat(k.requirements().received()).isZero();
        assertThat(k.requirements().timeToFirstSubmitHours()).isEqualTo(Kpis.Durations.NONE);
        assertThat(k.placements().margins()).isEmpty();
        assertThat(k.bench().size()).isZero();
        assertThat(k.vendors()).isEmpty();
        assertThat(k.groups()).isEmpty();
    }
}
