package com.benchcrm.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.common.ValidationException;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.ForbiddenException;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.memory.InMemoryAuditRepository;
import com.benchcrm.testing.memory.InMemoryPersistence;
import com.benchcrm.testing.memory.TickingClock;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link Webhooks#provision} and {@link Webhooks#remove}, the deployment's way to keep a
 * declared subscription, against the in-memory repositories: what is stored and audited, and what is
 * refused before anything is written. The statements themselves run against PostgreSQL in the
 * repository contract ({@code PostgresWebhookRepositoryIT}) and in provisioning's {@code DatabaseHandlerIT}.
 */
class WebhooksProvisionTest {

    static final TenantId TENANT = new TenantId(UUID.fromString("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"));
    static final String SECRET = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"; // 24 bytes
    static final Map<String, String> DNS = Map.of("hooks.partner.example", "93.184.216.34", "intranet.evil.example", "10.1.2.3",
            "slow.partner.example", "93.184.216.35", "fast.partner.example", "93.184.216.36");

    final Clock clock = new TickingClock(Instant.parse("2026-11-22T10:00:00Z"));
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final com.benchcrm.testing.memory.InMemoryDataKeys keys = new com.benchcrm.testing.memory.InMemoryDataKeys();
    final WebhookSecrets secrets = new WebhookSecrets(db.transactions(), db.webhooks(), new com.benchcrm.secrets.SecretSealer(keys));
    final Webhooks webhooks = new Webhooks(db.transactions(), db.webhooks(), new AuditLog(db.transactions(), db.audit(), new Ids(clock),
            clock), new DestinationGuard(false, WebhooksProvisionTest::resolve), secrets, new Ids(clock), clock);
    final Caller deployment = Webhooks.deploymentCaller(TENANT, "cfn-request-1");
    final UUID id = Webhooks.declaredId(TENANT, "ats");

    static InetAddress[] resolve(String host) throws UnknownHostException {
        return new InetAddress[] {InetAddress.getByName(DNS.getOrDefault(host, host))};
    }

    private List<InMemoryAuditRepository.Stored> audit() {
        return db.transactions().inTenant(TENANT, (Tx tx) -> db.audit().all(tx));
    }

    private String storedSecret() {
        return db.transactions().inTenant(TENANT, (Tx tx) -> db.webhooks().secret(tx, id)).orElseThrow();
    }

    private long count() {
        return db.transactions().inTenant(TENANT, (Tx tx) -> db.webhooks().count(tx));
    }

    @Test
    void provision_newId_insertsWithTheGivenIdAndSecretAsTheDeployment() {
        Webhook w = webhooks.provision(deployment, id, input("https://hooks.partner.example/benchcrm"), SECRET);

        assertThat(w.id()).isEqualTo(id);
        assertThat(w.createdBy()).isEqualTo(Webhooks.DEPLOYMENT_ACTOR);
        assertThat(webhooks.get(deployment, id)).isEqualTo(w);
        assertThat(w.eventTypes()).containsExactly("RequirementImported", "RecommendationsReady");
        assertThat(secrets.open(TENANT, id, storedSecret())).as("stored sealed, opens to the secret").isEqualTo(SECRET);
        assertThat(storedSecret()).startsWith("v1.").doesNotContain(SECRET);
        assertThat(audit()).singleElement().satisfies(a -> {
            assertThat(a.entry().action()).isEqualTo("webhook.created");
            assertThat(a.entry().actorId()).isEqualTo(Webhooks.DEPLOYMENT_ACTOR);
            assertThat(a.entry().traceId()).isEqualTo("cfn-request-1");
        });
    }

    @Test
    void provision_existingId_replacesUrlTypesAndSecretInPlace() {
        webhooks.provision(deployment, id, input("https://hooks.partner.example/benchcrm"), "whsec_" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldY");
        Instant createdAt = webhooks.get(deployment, id).createdAt();

        Webhook w = webhooks.provision(deployment, id, new WebhookInput("https://hooks.partner.example/v2",
                List.of("SubmissionStatusChanged"), "tenants file: ats"), SECRET);

        assertThat(w.url()).isEqualTo("https://hooks.partner.example/v2");
        assertThat(w.createdAt()).isEqualTo(createdAt);
        assertThat(webhooks.get(deployment, id).eventTypes()).containsExactly("SubmissionStatusChanged");
        assertThat(secrets.open(TENANT, id, storedSecret())).as("stored sealed, opens to the secret").isEqualTo(SECRET);
        assertThat(storedSecret()).startsWith("v1.").doesNotContain(SECRET);
        assertThat(count()).isEqualTo(1);
        assertThat(audit()).extracting(a -> a.entry().action()).containsExactly("webhook.created", "webhook.updated");
        assertThat(audit().get(1).details()).containsEntry("secretChanged", true);
    }

    @Test
    void provision_privateAddress_isRefusedBeforeAnyStatement() {
        assertThatThrownBy(() -> webhooks.provision(deployment, id, input("https://intranet.evil.example/hook"), SECRET))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("/url");
        assertThat(count()).isZero();
        assertThat(audit()).isEmpty();
    }

    @Test
    void provision_secretNotStandardWebhooks_isRefusedWithoutShowingIt() {
        String bad = "whsec_c2hvcnQ="; // 5 bytes
        assertThatThrownBy(() -> webhooks.provision(deployment, id, input("https://hooks.partner.example/benchcrm"), bad))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("/secret")
                .hasMessageNotContaining("c2hvcnQ");
        assertThat(count()).isZero();
    }

    @Test
    void provision_unknownEventType_isRefused() {
        WebhookInput in = new WebhookInput("https://hooks.partner.example/benchcrm", List.of("SomethingHappened"), null);

        assertThatThrownBy(() -> webhooks.provision(deployment, id, in, SECRET))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("/eventTypes/0");
    }

    @Test
    void provision_callerWithoutWebhookManage_isForbidden() {
        Caller recruiter = new Caller(TENANT, "u1", Set.of(Role.Recruiter), "");

        assertThatThrownBy(() -> webhooks.provision(recruiter, id, input("https://hooks.partner.example/benchcrm"), SECRET))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void provision_tenantAtTheLimit_isRefused_andLeavesNothing() {
        for (int i = 0; i < Webhooks.MAX_PER_TENANT; i++) {
            webhooks.provision(deployment, Webhooks.declaredId(TENANT, "n" + i), input("https://hooks.partner.example/" + i), SECRET);
        }

        assertThatThrownBy(() -> webhooks.provision(deployment, id, input("https://hooks.partner.example/benchcrm"), SECRET))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most " + Webhooks.MAX_PER_TENANT);
        assertThat(count()).isEqualTo(Webhooks.MAX_PER_TENANT);
        assertThat(audit()).hasSize(Webhooks.MAX_PER_TENANT);
    }

    @Test
    void remove_missingSubscription_returnsFalseAndDeletesNothing() {
        webhooks.provision(deployment, Webhooks.declaredId(TENANT, "other"), input("https://hooks.partner.example/o"), SECRET);

        assertThat(webhooks.remove(deployment, id)).isFalse();
        assertThat(count()).isEqualTo(1);
        assertThat(audit()).hasSize(1);
    }

    @Test
    void remove_existingSubscription_deletesAndAudits() {
        webhooks.provision(deployment, id, input("https://hooks.partner.example/benchcrm"), SECRET);

        assertThat(webhooks.remove(deployment, id)).isTrue();
        assertThat(count()).isZero();
        assertThat(audit()).extracting(a -> a.entry().action()).containsExactly("webhook.created", "webhook.deleted");
        assertThat(audit().get(1).entry().afterHash()).isNull();
    }

    @Test
    void declaredId_isStablePerTenantAndName() {
        TenantId other = new TenantId(UUID.fromString("0190a1b2-c3d4-7e5f-8a9b-000000000001"));

        assertThat(Webhooks.declaredId(TENANT, "ats")).isEqualTo(id);
        assertThat(Webhooks.declaredId(TENANT, "crm")).isNotEqualTo(id);
        assertThat(Webhooks.declaredId(other, "ats")).isNotEqualTo(id);
    }

    private static WebhookInput input(String url) {
        return new WebhookInput(url, List.of("RequirementImported", "RecommendationsReady"), "tenants file: ats");
    }
}
