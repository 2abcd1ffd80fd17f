package com.benchcrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.persistence.Tx;
import com.benchcrm.idempotency.IdempotencyKey;
import com.benchcrm.idempotency.IdempotencyRepository;
import com.benchcrm.tenancy.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyRepository} does, PostgreSQL or in memory. */
public abstract class IdempotencyRepositoryContract {

    protected abstract Stores stores();

    private boolean claim(TenantId tenant, IdempotencyKey key, String hash) {
        return stores().transactions().inTenant(tenant, (Tx tx) -> stores().idempotency().claim(tx, key, "consultant.create", hash, Instant.now()));
    }

    @Test
    void claim_firstTimeTrue_thenFalse_andTheKeyKeepsTheFirstHash() {
        TenantId tenant = stores().newTenant();
        IdempotencyKey key = new IdempotencyKey("k-" + UUID.randomUUID());

        assertThat(claim(tenant, key, "hash-1")).isTrue();
        assertThat(claim(tenant, key, "hash-2")).isFalse();
        assertThat(stores().transactions().inTenant(tenant, (Tx tx) -> stores().idempotency().find(tx, key)))
                .contains(new IdempotencyRepository.StoredKey("hash-1", null));
    }

    @Test
    void complete_storesTheResult() {
        TenantId tenant = stores().newTenant();
        IdempotencyKey key = new IdempotencyKey("k-" + UUID.randomUUID());
        claim(tenant, key, "hash-1");

        stores().transactions().inTenant(tenant, (Tx tx) -> {
            stores().idempotency().complete(tx, key, UUID.randomUUID(), "{\"id\":\"x\"}");
            return null;
        });

        assertThat(stores().transactions().inTenant(tenant, (Tx tx) -> stores().idempotency().find(tx, key)).map(IdempotencyRepository.StoredKey::responseJson))
                .contains("{\"id\":\"x\"}");
    }

    @Test
    void keys_areTenantScoped_andAClaimRolledBackLeavesNoKey() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        IdempotencyKey key = new IdempotencyKey("shared-key-" + UUID.randomUUID());
        claim(tenant, key, "hash-1");

        assertThat(claim(other, key, "hash-1")).isTrue();
        IdempotencyKey rolledBack = new IdempotencyKey("rb-" + UUID.randomUUID());
        try {
            stores().transactions().inTenant(tenant, (Tx tx) -> {
                stores().idempotency().claim(tx, rolledBack, "op", "h", Instant.now());
                throw new IllegalStateException("the create failed");
            });
        } catch (IllegalStateException expected) {
            // the claim went with the transaction
        }
        assertThat(stores().transactions().inTenant(tenant, (Tx tx) -> stores().idempotency().find(tx, rolledBack))).isEqualTo(Optional.empty());
    }
}
