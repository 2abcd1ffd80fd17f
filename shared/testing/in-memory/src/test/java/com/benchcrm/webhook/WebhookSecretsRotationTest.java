package com.benchcrm.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.persistence.Tx;
import com.benchcrm.secrets.FileKeyring;
import com.benchcrm.secrets.SecretSealer;
import com.benchcrm.secrets.SecretUnavailableException;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.memory.InMemoryPersistence;
import com.benchcrm.testing.memory.TickingClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhook secrets over the embedded stack's keyring (ADR 0057): a rotation, re-sealing under the new
 * version, retiring the old one; secrets stored in the clear before sealing are sealed on first read.
 */
class WebhookSecretsRotationTest {

    @TempDir
    Path dir;

    final Clock clock = new TickingClock(Instant.parse("2026-12-06T08:00:00Z"));
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final TenantId tenant = new TenantId(UUID.randomUUID());
    final Caller admin = new Caller(tenant, "u-admin", Set.of(Role.Admin), "t");

    Webhooks webhooks(WebhookSecrets secrets) {
        return new Webhooks(db.transactions(), db.webhooks(), new AuditLog(db.transactions(), db.audit(), new Ids(clock), clock),
                new DestinationGuard(false, WebhooksProvisionTest::resolve), secrets, new Ids(clock), clock);
    }

    String stored(UUID id) {
        return db.transactions().inTenant(tenant, (Tx tx) -> db.webhooks().secret(tx, id)).orElseThrow();
    }

    @Test
    void rotate_resealAll_thenTheOldVersionCanBeRetired() throws IOException {
        Path file = dir.resolve("secrets.keyring");
        FileKeyring ring = FileKeyring.open(file);
        WebhookSecrets secrets = new WebhookSecrets(db.transactions(), db.webhooks(), new SecretSealer(ring));
        CreatedWebhook created = webhooks(secrets).create(admin, new WebhookInput("https://hooks.partner.example/a",
                List.of("RequirementImported"), "partner"));
        UUID id = created.webhook().id();
        assertThat(SecretSealer.keyRef(stored(id))).isEqualTo("local-1");

        ring.rotate();
        assertThat(secrets.resealAll(tenant)).isEqualTo(1);
        assertThat(SecretSealer.keyRef(stored(id))).isEqualTo("local-2");
        assertThat(stored(id)).doesNotContain(created.secret());

        retire(file, 1);
        WebhookSecrets afterRetirement = new WebhookSecrets(db.transactions(), db.webhooks(), new SecretSealer(FileKeyring.open(file)));
        assertThat(afterRetirement.open(tenant, id, stored(id))).isEqualTo(created.secret());
    }

    @Test
    void withoutResealing_retiringTheVersion_isAClearError_notAWrongSecret() throws IOException {
        Path file = dir.resolve("secrets.keyring");
        FileKeyring ring = FileKeyring.open(file);
        WebhookSecrets secrets = new WebhookSecrets(db.transactions(), db.webhooks(), new SecretSealer(ring));
        UUID id = webhooks(secrets).create(admin, new WebhookInput("https://hooks.partner.example/a",
                List.of("RequirementImported"), "partner")).webhook().id();
        ring.rotate();
        retire(file, 1);

        WebhookSecrets reopened = new WebhookSecrets(db.transactions(), db.webhooks(), new SecretSealer(FileKeyring.open(file)));
        assertThatThrownBy(() -> reopened.open(tenant, id, stored(id))).isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("key version 1");
    }

    @Test
    void aSecretStoredInTheClear_isSealedInPlace_onFirstRead_andBySealLegacy() {
        WebhookSecrets secrets = new WebhookSecrets(db.transactions(), db.webhooks(), new SecretSealer(FileKeyring.open(dir.resolve("k"))));
        UUID a = webhooks(secrets).create(admin, new WebhookInput("https://hooks.partner.example/a",
                List.of("RequirementImported"), "partner")).webhook().id();
        UUID b = webhooks(secrets).create(admin, new WebhookInput("https://hooks.partner.example/b",
                List.of("RequirementImported"), "partner")).webhook().id();
        // as an older version stored them
        db.transactions().inTenant(tenant, (Tx tx) -> {
            db.webhooks().replaceSecret(tx, a, "whsec_legacyA");
            db.webhooks().replaceSecret(tx, b, "whsec_legacyB");
            return null;
        });

        assertThat(secrets.open(tenant, a, stored(a))).isEqualTo("whsec_legacyA");
        assertThat(stored(a)).startsWith("v1.local-1.").doesNotContain("legacyA");
        assertThat(secrets.sealLegacy(tenant)).as("only b was still in the clear").isEqualTo(1);
        assertThat(stored(b)).startsWith("v1.").doesNotContain("legacyB");
        assertThat(secrets.open(tenant, b, stored(b))).isEqualTo("whsec_legacyB");
        assertThat(secrets.sealLegacy(tenant)).isZero();
    }

    private static void retire(Path file, int version) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        p.remove("key." + version);
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, null);
        }
    }
}
