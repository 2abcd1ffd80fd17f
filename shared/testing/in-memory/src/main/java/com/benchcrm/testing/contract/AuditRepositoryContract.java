package com.benchcrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.audit.AuditEntry;
import com.benchcrm.audit.AuditQuery;
import com.benchcrm.audit.AuditRepository;
import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link AuditRepository} does, PostgreSQL or in memory. */
public abstract class AuditRepositoryContract {

    protected abstract Stores stores();

    private static final AuditQuery ALL =
            new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    private AuditEntry append(TenantId tenant, String actor, String entity, Instant at) {
        AuditEntry e = new AuditEntry(
                Samples.id(), at, actor, entity + ".updated", entity, UUID.randomUUID(), "before", "after", "trace-1");
        stores().transactions().inTenant(tenant, (Tx tx) -> {
            stores().audit().append(tx, e, Map.of("engine", "rules"));
            return null;
        });
        return e;
    }

    private List<AuditEntry> find(TenantId tenant, AuditQuery q, Optional<UUID> before, int limit) {
        return stores().transactions()
                .inTenant(tenant, (Tx tx) -> stores().audit().find(tx, q, before, limit));
    }

    @Test
    void find_isNewestFirst_withEveryFieldAsAppended() {
        TenantId tenant = stores().newTenant();
        AuditEntry a = append(tenant, "u1", "consultant", Instant.parse("2026-11-22T10:00:00Z"));
        AuditEntry b = append(tenant, "u2", "requirement", Instant.parse("2026-11-22T11:00:00Z"));

        assertThat(find(tenant, ALL, Optional.empty(), 10)).containsExactly(b, a);
        assertThat(find(tenant, ALL, Optional.of(b.id()), 10)).containsExactly(a);
        assertThat(find(tenant, ALL, Optional.empty(), 1)).containsExactly(b);
    }

    @Test
    void find_filtersByEntityActorAndTime() {
        TenantId tenant = stores().newTenant();
        AuditEntry early = append(tenant, "u1", "consultant", Instant.parse("2026-11-22T10:00:00Z"));
        AuditEntry late = append(tenant, "u1", "consultant", Instant.parse("2026-11-22T12:00:00Z"));
        AuditEntry other = append(tenant, "u2", "requirement", Instant.parse("2026-11-22T11:00:00Z"));

        assertThat(find(
                        tenant,
                        new AuditQuery(
                                Optional.of("requirement"), Optional.empty(), Optional.empty(), Optional.empty()),
                        Optional.empty(),
                        10))
                .containsExactly(other);
        assertThat(find(
                        tenant,
                        new AuditQuery(Optional.empty(), Optional.of("u1"), Optional.empty(), Optional.empty()),
                        Optional.empty(),
                        10))
                .containsExactly(late, early);
        assertThat(find(
                        tenant,
                        new AuditQuery(
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(Instant.parse("2026-11-22T11:00:00Z")),
                                Optional.of(Instant.parse("2026-11-22T12:00:00Z"))),
                        Optional.empty(),
                        10))
                .containsExactly(other);
    }

    @Test
    void anotherTenant_seesNoEntry() {
        TenantId tenant = stores().newTenant();
        append(tenant, "u1", "consultant", Instant.parse("2026-11-22T10:00:00Z"));

        assertThat(find(stores().newTenant(), ALL, Optional.empty(), 10)).isEmpty();
    }
}
