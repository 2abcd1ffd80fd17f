package com.benchcrm.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.common.ValidationException;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.memory.InMemoryPersistence;
import com.benchcrm.testing.memory.TickingClock;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The deployment's ceiling of a tenant's daily send cap (ADR 0100): the tenant setting cannot be raised above it,
 * and a cap stored above it (before the ceiling was lowered) is held to it wherever the policy is read.
 */
class MarketingPolicyCeilingTest {

    final Clock clock = new TickingClock(Instant.parse("2026-12-06T10:00:00Z"));
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final AuditLog audit = new AuditLog(db.transactions(), db.audit(), new Ids(clock), clock);
    final TenantId tenant = new TenantId(UUID.randomUUID());
    final Caller owner = new Caller(tenant, "u-owner", Set.of(Role.Owner), "t1");
    OptionalInt ceiling = OptionalInt.empty();

    /** The in-memory settings with the ceiling the tenant row would carry. */
    final MarketingSettingsRepository repository = new MarketingSettingsRepository() {
        @Override
        public Optional<MarketingSettings> find(Tx tx) {
            return db.marketingSettings().find(tx);
        }

        @Override
        public void upsert(Tx tx, MarketingSettings settings) {
            db.marketingSettings().upsert(tx, settings);
        }

        @Override
        public OptionalInt dailySendCapCeiling(Tx tx) {
            return ceiling;
        }
    };

    final MarketingPolicy policy = new MarketingPolicy(db.transactions(), repository, audit, clock);

    private MarketingSettings put(int cap) {
        return policy.put(
                owner,
                new MarketingSettings.Input(false, "1 Main St, Springfield", "Bench desk", null, cap),
                OptionalLong.empty());
    }

    @Test
    void put_capAboveTheCeiling_isRefusedWithTheFieldAndNothingStored() {
        ceiling = OptionalInt.of(1000);

        assertThatThrownBy(() -> put(1001))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("/dailySendCap")
                .hasMessageContaining("at most 1000");
        assertThat(policy.get(owner).version()).isZero();
    }

    @Test
    void put_capAtTheCeiling_isKept() {
        ceiling = OptionalInt.of(1000);

        assertThat(put(1000).dailySendCap()).isEqualTo(1000);
        assertThat(policy.get(owner).dailySendCap()).isEqualTo(1000);
    }

    @Test
    void get_storedCapAboveALoweredCeiling_isHeldToIt_andDefaultsToo() {
        assertThat(policy.get(owner).dailySendCap()).isEqualTo(MarketingSettings.DEFAULT_DAILY_SEND_CAP);
        ceiling = OptionalInt.of(200);
        assertThat(policy.get(owner).dailySendCap())
                .as("the default 500, held to 200")
                .isEqualTo(200);

        ceiling = OptionalInt.empty();
        put(5000);
        ceiling = OptionalInt.of(300);

        MarketingSettings inForce = policy.get(owner);
        assertThat(inForce.dailySendCap()).isEqualTo(300);
        assertThat(inForce.postalAddress()).isEqualTo("1 Main St, Springfield");
        assertThat(inForce.version()).isEqualTo(1);
    }

    @Test
    void get_noCeiling_theTenantsOwnCapStands() {
        put(5000);

        assertThat(policy.get(owner).dailySendCap()).isEqualTo(5000);
    }
}
