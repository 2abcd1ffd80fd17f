package com.benchcrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.persistence.Tx;
import com.benchcrm.idempotency.IdempotencyKey;
import com.benchcrm.idempotency.IdempotencyRepository;
import com.benchcrm.tenancy.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyRepository} does, PostgreSQL or in memory. */
public abstract class IdempotencyRepositoryContract {

    protected abstract Stores stores();

    private static final Duration TTL = Duration.ofHours(24);

    private boolean claim(TenantId tenant, String user, IdempotencyKey key, String hash, Instant now) {
        return stores().transactions().inTenant(tenant, (Tx tx) -> stores().idempotency().claim(tx, user, key, "consultant.create", hash,
                now, now.minus(TTL)));
    }

    private boolean claim(TenantId tenant, IdempotencyKey key, String hash) {
        return claim(tenant, "user-1", key, hash, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    private Optional<IdempotencyRepository.StoredKey> find(TenantId tenant, String user, IdempotencyKey key) {
        return stores().transactions().inTenant(tenant, (Tx tx) -> stores().idempotency().find(tx, user, key));
    }

    @Test
    void claim_firstTimeTrue_thenFalse_andTheKeyKeepsTheFirstHash() {
        TenantId tenant = stores().newTenant();
        IdempotencyKey key = new IdempotencyKey("k-" + UUID.randomUUID());

        assertThat(claim(tenant, key, "hash-1")).isTrue();
        assertThat(claim(tenant, key, "hash-2")).isFalse();
        assertThat(find(tenant, "user-1", key)).contains(new IdempotencyRepository.StoredKey("hash-1", null));
    }

    @Test
    void complete_storesTheResult() {
        TenantId tenant = stores().newTenant();
        IdempotencyKey key = new IdempotencyKey("k-" + UUID.randomUUID());
        claim(tenant, key, "hash-1");

        stores().transactions().inTenant(tenant, (Tx tx) -> {
            stores().idempotency().complete(tx, "user-1", key, UUID.randomUUID(), "{\"id\":\"x\"}");
            return null;
        });

        assertThat(find(tenant, "user-1", key).map(IdempotencyRepository.StoredKey::responseJson)).contains("{\"id\":\"x\"}");
    }

    @Test
    void keys_areScopedToTenantAndUser_andAClaimRolledBackLeavesNoKey() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        IdempotencyKey key = new IdempotencyKey("shared-key-" + UUID.randomUUID());
        claim(tenant, key, "hash-1");

        assertThat(claim(other, key, "hash-1")).as("another tenant").isTrue();
        assertThat(claim(tenant, "user-2", key, "hash-1", Instant.now())).as("another user of the tenant").isTrue();
        assertThat(find(tenant, "user-3", key)).as("nothing replays to a third user").isEmpty();
        IdempotencyKey rolledBack = new IdempotencyKey("rb-" + UUID.randomUUID());
        try {
            stores().transactions().inTenant(tenant, (Tx tx) -> {
                stores().idempotency().claim(tx, "user-1", rolledBack, "op", "h", Instant.now(), Instant.now().minus(TTL));
                throw new IllegalStateException("the create failed");
            });
        } catch (IllegalStateException expected) {
            // the claim went with the transaction
        }
        assertThat(find(tenant, "user-1", rolledBack)).isEqualTo(Optional.empty());
    }

    @Test
    void claim_ofAKeyOlderThanTheTtl_takesItOverAsNew() {
        TenantId tenant = stores().newTenant();
        IdempotencyKey key = new IdempotencyKey("old-" + UUID.randomUUID());
        Instant dayAndMore = Instant.now().minus(Duration.ofHours(25)).truncatedTo(ChronoUnit.MICROS);
        claim(tenant, "user-1", key, "hash-old", dayAndMore);
        stores().transactions().inTenant(tenant, (Tx tx) -> {
            stores().idempotency().complete(tx, "user-1", key, UUID.randomUUID(), "{\"old\":true}");
            return null;
        });

        assertThat(claim(tenant, key, "hash-new")).isTrue();
        assertThat(find(tenant, "user-1", key)).contains(new IdempotencyRepository.StoredKey("hash-new", null));
    }
}
