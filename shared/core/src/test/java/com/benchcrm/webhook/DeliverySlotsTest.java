package com.benchcrm.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.tenancy.TenantId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Delivery slots (ADR 0055): a tenant's POSTs in flight are bounded, and never take another tenant's slots. */
class DeliverySlotsTest {

    final Clock clock = Clock.systemUTC();
    final DeliverySlots slots = new DeliverySlots(new DeliverySlots.Limits(4, 2), clock);
    final TenantId slow = new TenantId(UUID.randomUUID());
    final TenantId fast = new TenantId(UUID.randomUUID());

    Instant soon() {
        return clock.instant().plus(Duration.ofMillis(50));
    }

    @Test
    void aSlowTenant_holdingEveryDestinationSlotOfASharedHost_doesNotBlockAnotherTenantsPostThere() {
        // two tenants whose partners use one receiving service (one scheme://host:port)
        URI slowHook = URI.create("https://hooks.shared-service.example/t/slow");
        URI fastHook = URI.create("https://hooks.shared-service.example/t/fast");
        Optional<DeliverySlots.Slot> a = slots.acquire(slow, slowHook, soon());
        Optional<DeliverySlots.Slot> b = slots.acquire(slow, slowHook, soon());
        assertThat(a).isPresent();
        assertThat(b).isPresent();

        assertThat(slots.acquire(slow, slowHook, soon())).as("the slow tenant's third POST to that host waits and gives up").isEmpty();
        Optional<DeliverySlots.Slot> other = slots.acquire(fast, fastHook, soon());
        assertThat(other).as("another tenant's POST to the same host").isPresent();
        other.get().close();
        a.get().close();
        assertThat(slots.acquire(slow, slowHook, soon())).as("a closed slot is free again").isPresent();
    }

    @Test
    void aTenant_isBoundedAcrossItsDestinations() {
        for (int i = 0; i < 4; i++) {
            assertThat(slots.acquire(slow, URI.create("https://h" + i + ".example/hook"), soon())).isPresent();
        }
        assertThat(slots.acquire(slow, URI.create("https://h9.example/hook"), soon())).isEmpty();
        assertThat(slots.acquire(fast, URI.create("https://h9.example/hook"), soon())).isPresent();
    }
}
