package com.benchcrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.persistence.Tx;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.outbox.OutboxRepository;
import com.benchcrm.tenancy.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OutboxRepository} does, PostgreSQL or in memory: tenant appends, and the
 * relay's cross-tenant claims, marks and releases. The database may hold other tests' events, so
 * claims are filtered to this test's tenants.
 */
public abstract class OutboxRepositoryContract {

    protected abstract Stores stores();

    private OutboxRepository.NewEvent append(TenantId tenant, String type) {
        OutboxRepository.NewEvent e = new OutboxRepository.NewEvent(Samples.id(), type, 1, "consultant", UUID.randomUUID(),
                Map.of("id", "c-1", "version", 3), "trace-9", Instant.now());
        stores().transactions().inTenant(tenant, (Tx tx) -> {
            stores().outbox().append(tx, e);
            return null;
        });
        return e;
    }

    private List<DomainEvent> claimOf(Set<TenantId> tenants, Duration lease, boolean expiredOnly) {
        List<DomainEvent> mine = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            List<DomainEvent> claimed = stores().relayTransactions().withoutTenant((Tx tx) -> stores().outbox().claim(tx, 500, lease, expiredOnly));
            claimed.stream().filter(e -> tenants.contains(e.tenant())).forEach(mine::add);
            if (claimed.size() < 500) {
                break;
            }
        }
        return mine;
    }

    private long unpublished(TenantId tenant) {
        return stores().transactions().inTenant(tenant, (Tx tx) -> stores().outbox().unpublished(tx));
    }

    @Test
    void claim_takesEveryTenantsEvents_once_withTheirPayload() {
        TenantId a = stores().newTenant();
        TenantId b = stores().newTenant();
        OutboxRepository.NewEvent ea = append(a, "ConsultantUpserted");
        OutboxRepository.NewEvent eb = append(b, "RequirementImported");

        List<DomainEvent> claimed = claimOf(Set.of(a, b), Duration.ofSeconds(30), false);

        assertThat(claimed).extracting(DomainEvent::id).containsExactlyInAnyOrder(ea.id(), eb.id());
        DomainEvent first = claimed.stream().filter(e -> e.id().equals(ea.id())).findFirst().orElseThrow();
        assertThat(first.tenant()).isEqualTo(a);
        assertThat(first.type()).isEqualTo("ConsultantUpserted");
        assertThat(first.traceId()).isEqualTo("trace-9");
        assertThat(first.data().path("version").asInt()).isEqualTo(3);
        assertThat(claimOf(Set.of(a, b), Duration.ofSeconds(30), false)).isEmpty();
    }

    @Test
    void markPublished_removesFromTheBacklog_ofThatTenantOnly() {
        TenantId a = stores().newTenant();
        TenantId b = stores().newTenant();
        append(a, "ConsultantUpserted");
        append(b, "ConsultantUpserted");
        List<DomainEvent> claimed = claimOf(Set.of(a, b), Duration.ofSeconds(30), false);
        assertThat(stores().relayTransactions().withoutTenant((Tx tx) -> stores().outbox().backlog(tx)).unpublished()).isGreaterThanOrEqualTo(2);

        stores().relayTransactions().withoutTenant((Tx tx) -> {
            stores().outbox().markPublished(tx, claimed.stream().filter(e -> e.tenant().equals(a)).toList());
            return null;
        });

        assertThat(unpublished(a)).isZero();
        assertThat(unpublished(b)).isEqualTo(1);
    }

    @Test
    void release_hidesTheEventForTheRetryDelay_thenTheSweeperClaimsIt() throws InterruptedException {
        TenantId a = stores().newTenant();
        OutboxRepository.NewEvent e = append(a, "ConsultantUpserted");
        List<DomainEvent> claimed = claimOf(Set.of(a), Duration.ofSeconds(30), false);
        assertThat(claimOf(Set.of(a), Duration.ofSeconds(30), true)).as("the lease has not expired").isEmpty();

        stores().relayTransactions().withoutTenant((Tx tx) -> {
            stores().outbox().release(tx, claimed, Duration.ZERO, "ThrottlingException: slow down");
            return null;
        });
        Thread.sleep(20);

        assertThat(claimOf(Set.of(a), Duration.ofSeconds(30), false)).as("a released event is not new").isEmpty();
        assertThat(claimOf(Set.of(a), Duration.ofSeconds(30), true)).extracting(DomainEvent::id).containsExactly(e.id());
        assertThat(unpublished(a)).isEqualTo(1);
    }
}
