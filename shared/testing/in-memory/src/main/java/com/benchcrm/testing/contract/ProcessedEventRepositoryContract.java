package com.benchcrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Json;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link com.benchcrm.events.ProcessedEventRepository} does, PostgreSQL or in memory. */
public abstract class ProcessedEventRepositoryContract {

    protected abstract Stores stores();

    private boolean record(TenantId tenant, String consumer, DomainEvent e) {
        return stores().transactions()
                .inTenant(tenant, (Tx tx) -> stores().processedEvents().record(tx, consumer, e, Instant.now()));
    }

    @Test
    void record_isTrueOncePerConsumerAndEvent() {
        TenantId tenant = stores().newTenant();
        DomainEvent e = new DomainEvent(
                UUID.randomUUID(),
                "ConsultantUpserted",
                1,
                tenant,
                Instant.now(),
                "",
                Json.strict().createObjectNode().put("id", "x"));

        assertThat(record(tenant, "embed", e)).isTrue();
        assertThat(record(tenant, "embed", e)).isFalse();
        assertThat(record(tenant, "match", e)).isTrue();
    }
}
