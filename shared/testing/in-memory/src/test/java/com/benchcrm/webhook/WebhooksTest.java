package com.benchcrm.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.common.PageRequest;
import com.benchcrm.common.ValidationException;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.ForbiddenException;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.memory.InMemoryPersistence;
import com.benchcrm.testing.memory.TickingClock;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The webhook subscription rules of the API against the in-memory repositories. */
class WebhooksTest {

    final Clock clock = new TickingClock(Instant.parse("2026-11-22T10:00:00Z"));
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final com.benchcrm.testing.memory.InMemoryDataKeys keys = new com.benchcrm.testing.memory.InMemoryDataKeys();
    final WebhookSecrets secrets = new WebhookSecrets(db.transactions(), db.webhooks(), new com.benchcrm.secrets.SecretSealer(keys));
    final Webhooks webhooks = new Webhooks(db.transactions(), db.webhooks(), new AuditLog(db.transactions(), db.audit(), new Ids(clock),
            clock), new DestinationGuard(false, WebhooksProvisionTest::resolve), secrets, new Ids(clock), clock);
    final TenantId tenant = new TenantId(UUID.randomUUID());
    final Caller admin = new Caller(tenant, "u-admin", Set.of(Role.Admin), "t");

    static WebhookInput input(String url) {
        return new WebhookInput(url, List.of("RequirementImported"), "partner");
    }

    @Test
    void create_returnsTheSecretOnce_storesIt_andAuditsTheSubscriptionWithoutIt() {
        CreatedWebhook created = webhooks.create(admin, input("https://hooks.partner.example/a"));

        assertThat(created.secret()).startsWith("whsec_");
        assertThat(webhooks.get(admin, created.webhook().id())).isEqualTo(created.webhook());
        String stored = db.transactions().inTenant(tenant, (Tx tx) -> db.webhooks().secret(tx, created.webhook().id())).orElseThrow();
        assertThat(stored).as("sealed, never the secret itself").startsWith("v1.memory.").doesNotContain(created.secret())
                .doesNotContain(created.secret().substring("whsec_".length()));
        assertThat(secrets.open(tenant, created.webhook().id(), stored)).isEqualTo(created.secret());
        assertThat(db.transactions().inTenant(tenant, (Tx tx) -> db.audit().all(tx))).singleElement()
                .satisfies(a -> assertThat(a.entry().action()).isEqualTo("webhook.created"));
    }

    @Test
    void create_beyondTheLimit_isRefused() {
        for (int i = 0; i < Webhooks.MAX_PER_TENANT; i++) {
            webhooks.create(admin, input("https://hooks.partner.example/" + i));
        }

        assertThatThrownBy(() -> webhooks.create(admin, input("https://hooks.partner.example/one-more")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most");
        assertThat(webhooks.list(admin, PageRequest.first(50)).items()).hasSize(Webhooks.MAX_PER_TENANT);
    }

    @Test
    void create_toAPrivateAddress_orByARecruiter_isRefused() {
        assertThatThrownBy(() -> webhooks.create(admin, input("https://intranet.evil.example/hook")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("/url");
        assertThatThrownBy(() -> webhooks.create(new Caller(tenant, "u-r", Set.of(Role.Recruiter), ""), input("https://hooks.partner.example/r")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(webhooks.list(admin, PageRequest.first(50)).items()).isEmpty();
    }

    @Test
    void delete_removesIt_andUnknownOnesAreNotFound() {
        CreatedWebhook created = webhooks.create(admin, input("https://hooks.partner.example/d"));

        webhooks.delete(admin, created.webhook().id());

        assertThatThrownBy(() -> webhooks.get(admin, created.webhook().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> webhooks.delete(admin, created.webhook().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> webhooks.deliveries(admin, created.webhook().id(), PageRequest.first(10)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherTenant_neitherSeesNorDeletesIt() {
        CreatedWebhook created = webhooks.create(admin, input("https://hooks.partner.example/mine"));
        Caller stranger = new Caller(new TenantId(UUID.randomUUID()), "u-x", Set.of(Role.Owner), "");

        assertThat(webhooks.list(stranger, PageRequest.first(10)).items()).isEmpty();
        assertThatThrownBy(() -> webhooks.get(stranger, created.webhook().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> webhooks.delete(stranger, created.webhook().id())).isInstanceOf(NotFoundException.class);
        assertThat(webhooks.get(admin, created.webhook().id())).isEqualTo(created.webhook());
    }
}
