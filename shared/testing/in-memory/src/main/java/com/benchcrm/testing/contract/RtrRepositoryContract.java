package com.benchcrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import com.benchcrm.persistence.Tx;
import com.benchcrm.rtr.Rtr;
import com.benchcrm.rtr.RtrRepository;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.workflow.WorkflowSettings;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link RtrRepository} and {@link com.benchcrm.workflow.WorkflowSettingsRepository} does. */
public abstract class RtrRepositoryContract {

    static final Instant T = Instant.parse("2026-10-01T08:00:00Z");

    protected abstract Stores stores();

    private <R> R in(TenantId tenant, Function<Tx, R> work) {
        return stores().transactions().inTenant(tenant, work);
    }

    private Rtr rtr(UUID consultant, UUID requirement, UUID vendor, Rate rate) {
        return new Rtr(
                Samples.id(),
                consultant,
                requirement,
                vendor,
                null,
                T,
                T.plusSeconds(86400 * 30),
                rate,
                "rtr.txt",
                "I consent.",
                "abc",
                null,
                null,
                "u",
                T);
    }

    @Test
    void insert_find_forSubmission_revoke_andAnotherTenantSeesNothing() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        var p = PipelineSamples.pair(stores(), tenant, "Hal Rtr", "Java Developer", "Acme Bank", T);
        UUID vendor = stores().newCompany(tenant, "Vendor Rtr");
        UUID otherVendor = stores().newCompany(tenant, "Vendor Else");
        Rtr a = rtr(
                p.consultantId(),
                p.requirementId(),
                vendor,
                new Rate(new BigDecimal("680.00"), "USD", RateUnit.DAY, EmploymentType.C2C));
        Rtr b = rtr(p.consultantId(), p.requirementId(), vendor, null);
        Rtr c = rtr(p.consultantId(), p.requirementId(), otherVendor, null);
        RtrRepository repo = stores().rtrs();
        in(tenant, (Tx tx) -> {
            repo.insert(tx, a);
            repo.insert(tx, b);
            repo.insert(tx, c);
            return null;
        });

        assertThat(in(tenant, (Tx tx) -> repo.find(tx, a.id())))
                .get()
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(a);
        assertThat(in(tenant, (Tx tx) -> repo.forSubmission(tx, p.consultantId(), p.requirementId(), vendor)))
                .extracting(Rtr::id)
                .containsExactly(b.id(), a.id());
        assertThat(in(
                        tenant,
                        (Tx tx) -> repo.list(tx, Optional.of(p.consultantId()), Optional.empty(), Optional.empty(), 2)))
                .extracting(Rtr::id)
                .containsExactly(c.id(), b.id());
        in(tenant, (Tx tx) -> {
            repo.revoke(tx, b.id(), T.plusSeconds(10), "changed mind");
            return null;
        });
        assertThat(in(tenant, (Tx tx) -> repo.findForUpdate(tx, b.id()))).get().satisfies(r -> {
            assertThat(r.revokedAt()).isEqualTo(T.plusSeconds(10));
            assertThat(r.revokedReason()).isEqualTo("changed mind");
        });
        assertThat(in(other, (Tx tx) -> repo.find(tx, a.id()))).isEmpty();
        assertThat(in(other, (Tx tx) -> repo.forSubmission(tx, p.consultantId(), p.requirementId(), vendor)))
                .isEmpty();
    }

    @Test
    void workflowSettings_absentUntilSaved_thenPerTenant() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        WorkflowSettings s =
                new WorkflowSettings(false, 60, new BigDecimal("12.50"), new BigDecimal("18.00"), 1, "u-admin", T);

        assertThat(in(tenant, (Tx tx) -> stores().workflowSettings().find(tx))).isEmpty();
        in(tenant, (Tx tx) -> {
            stores().workflowSettings().save(tx, s);
            return null;
        });
        WorkflowSettings s2 = new WorkflowSettings(
                true, 30, new BigDecimal("9.00"), new BigDecimal("15.00"), 2, "u-admin", T.plusSeconds(1));
        in(tenant, (Tx tx) -> {
            stores().workflowSettings().save(tx, s2);
            return null;
        });

        assertThat(in(tenant, (Tx tx) -> stores().workflowSettings().findForUpdate(tx)))
                .get()
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(s2);
        assertThat(in(other, (Tx tx) -> stores().workflowSettings().find(tx))).isEmpty();
    }
}
