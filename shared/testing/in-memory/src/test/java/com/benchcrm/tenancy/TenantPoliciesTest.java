package com.benchcrm.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.testing.memory.InMemoryPersistence;
import com.benchcrm.testing.memory.TickingClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TenantPoliciesTest {

    final TickingClock clock = new TickingClock(Instant.parse("2026-12-01T09:00:00Z"));
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final TenantPolicies policies = new TenantPolicies(db.transactions(), db.tenants(), clock, Duration.ofSeconds(30));
    final TenantId acme = db.transactions().withoutTenant(tx -> db.tenants().ensure(tx, new TenantSlug("acme"), "Acme"));

    @Test
    void requireActive_activeTenant_passes_suspendedAfterTheCacheExpires_throws() {
        policies.requireActive(acme);
        db.tenants().setStatus(acme, TenantStatus.SUSPENDED);

        policies.requireActive(acme); // still cached as active
        clock.advance(Duration.ofSeconds(31));

        assertThatThrownBy(() -> policies.requireActive(acme)).isInstanceOf(TenantSuspendedException.class);
        assertThat(policies.isActive(acme)).isFalse();
    }

    @Test
    void requireActive_unknownTenant_failsClosed() {
        TenantId ghost = new TenantId(java.util.UUID.randomUUID());

        assertThatThrownBy(() -> policies.requireActive(ghost)).isInstanceOf(TenantSuspendedException.class);
    }

    @Test
    void find_settingsOfTheTenantsFile_overrideTheDefaults_restDefault() {
        db.tenants().setSettings(acme, """
                {"retention": {"webhookDays": 14, "idempotencyHours": 48}, "mail": {"rejectSpam": false}}""");

        TenantPolicy p = policies.find(acme).orElseThrow();

        assertThat(p.retention().webhooks()).isEqualTo(Duration.ofDays(14));
        assertThat(p.retention().idempotencyKeys()).isEqualTo(Duration.ofHours(48));
        assertThat(p.retention().outbox()).isEqualTo(Retention.DEFAULTS.outbox());
        assertThat(p.mail().rejectSpam()).isFalse();
        assertThat(p.mail().rejectDmarcFail()).isTrue();
        assertThat(p.slug()).isEqualTo("acme");
    }

    @Test
    void parseSettings_retentionBelowTheFloors_namesEveryRule() {
        assertThatThrownBy(() -> TenantPolicy.parseSettings("""
                {"retention": {"processedEventDays": 3, "outboxDays": 0}}"""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("processedEventDays must be at least 15 days")
                .hasMessageContaining("outboxDays must be at least 1 days");
        assertThatThrownBy(() -> TenantPolicy.parseSettings("{\"mail\": {\"rejectSpam\": \"yes\"}}"))
                .hasMessageContaining("mail.rejectSpam must be true or false");
    }
}
