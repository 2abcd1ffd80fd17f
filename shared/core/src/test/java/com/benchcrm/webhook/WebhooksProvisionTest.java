package com.benchcrm.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.common.ValidationException;
import com.benchcrm.security.Caller;
import com.benchcrm.security.ForbiddenException;
import com.benchcrm.security.Role;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.sql.SqlSession;
import com.benchcrm.sql.SqlWork;
import com.benchcrm.tenancy.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link Webhooks#provision} and {@link Webhooks#remove}, the deployment's way to keep a
 * declared subscription: which statements run, and what is refused before any runs. The SQL itself
 * runs against PostgreSQL in provisioning's {@code MigrateHandlerIT} (tenant webhook cases).
 */
class WebhooksProvisionTest {

    static final TenantId TENANT = new TenantId(UUID.fromString("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"));
    static final String SECRET = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"; // 24 bytes
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    final FakeSql sql = new FakeSql();
    final Webhooks webhooks = new Webhooks(sql, new AuditLog(null, sql, new Ids(CLOCK), CLOCK),
            new DestinationGuard(false, DestinationGuardTest::resolve), new Ids(CLOCK), CLOCK);
    final Caller deployment = Webhooks.deploymentCaller(TENANT, "cfn-request-1");
    final UUID id = Webhooks.declaredId(TENANT, "ats");

    @Test
    void provision_newId_insertsWithTheGivenIdAndSecretAsTheDeployment() {
        Webhook w = webhooks.provision(deployment, id, input("https://hooks.partner.example/benchcrm"), SECRET);

        assertThat(w.id()).isEqualTo(id);
        assertThat(w.createdBy()).isEqualTo(Webhooks.DEPLOYMENT_ACTOR);
        SqlParams insert = sql.statement("insert into webhook_subscription");
        assertThat(insert.asMap()).containsEntry("id", id).containsEntry("secret", SECRET)
                .containsEntry("url", "https://hooks.partner.example/benchcrm")
                .containsEntry("types", "RequirementImported,RecommendationsReady")
                .containsEntry("by", Webhooks.DEPLOYMENT_ACTOR);
        assertThat(sql.statement("insert into audit_log").asMap()).containsEntry("action", "webhook.created");
        assertThat(sql.tenants).containsOnly(TENANT);
    }

    @Test
    void provision_existingId_replacesUrlTypesAndSecretInPlace() {
        sql.existing = existingRow();

        Webhook w = webhooks.provision(deployment, id, new WebhookInput("https://hooks.partner.example/v2",
                List.of("SubmissionStatusChanged"), "tenants file: ats"), SECRET);

        assertThat(w.url()).isEqualTo("https://hooks.partner.example/v2");
        assertThat(w.createdAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(sql.statements).noneMatch(s -> s.contains("insert into webhook_subscription"));
        assertThat(sql.statement("set url = :url").asMap()).containsEntry("types", "SubmissionStatusChanged");
        assertThat(sql.statement("set secret = :secret").asMap()).containsEntry("secret", SECRET);
        assertThat(sql.statement("insert into audit_log").asMap()).containsEntry("action", "webhook.updated");
    }

    @Test
    void provision_privateAddress_isRefusedBeforeAnyStatement() {
        assertThatThrownBy(() -> webhooks.provision(deployment, id, input("https://intranet.evil.example/hook"), SECRET))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("/url");
        assertThat(sql.statements).isEmpty();
    }

    @Test
    void provision_secretNotStandardWebhooks_isRefusedWithoutShowingIt() {
        String bad = "whsec_c2hvcnQ="; // 5 bytes
        assertThatThrownBy(() -> webhooks.provision(deployment, id, input("https://hooks.partner.example/benchcrm"), bad))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("/secret")
                .hasMessageNotContaining("c2hvcnQ");
        assertThat(sql.statements).isEmpty();
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
    void provision_tenantAtTheLimit_isRefused() {
        sql.count = Webhooks.MAX_PER_TENANT;

        assertThatThrownBy(() -> webhooks.provision(deployment, id, input("https://hooks.partner.example/benchcrm"), SECRET))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most " + Webhooks.MAX_PER_TENANT);
    }

    @Test
    void remove_missingSubscription_returnsFalseAndDeletesNothing() {
        assertThat(webhooks.remove(deployment, id)).isFalse();
        assertThat(sql.statements).noneMatch(s -> s.startsWith("delete"));
    }

    @Test
    void remove_existingSubscription_deletesAndAudits() {
        sql.existing = existingRow();

        assertThat(webhooks.remove(deployment, id)).isTrue();
        assertThat(sql.statement("delete from webhook_subscription").asMap()).containsEntry("id", id);
        assertThat(sql.statement("insert into audit_log").asMap()).containsEntry("action", "webhook.deleted");
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

    private Row existingRow() {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("url", "https://hooks.partner.example/benchcrm");
        row.put("types", "RequirementImported");
        row.put("description", "tenants file: ats");
        row.put("created_by", Webhooks.DEPLOYMENT_ACTOR);
        row.put("created_at", Instant.parse("2026-01-01T00:00:00Z"));
        return new Row(row);
    }

    /** Records statements; answers the lock, the lookup by id and the count. */
    static final class FakeSql implements SqlPort, SqlSession, com.benchcrm.audit.AuditRepository {
        final List<String> statements = new ArrayList<>();
        final List<SqlParams> params = new ArrayList<>();
        final List<TenantId> tenants = new ArrayList<>();
        Row existing;
        long count;

        @Override
        public <T> T inTenant(TenantId tenant, SqlWork<T> work) {
            tenants.add(tenant);
            return work.run(this);
        }

        @Override
        public <T> T withoutTenant(SqlWork<T> work) {
            throw new AssertionError("declared webhooks are always written in the tenant's transaction");
        }

        @Override
        public List<Row> query(String sql, SqlParams p) {
            record(sql, p);
            if (sql.contains("pg_advisory_xact_lock")) {
                return List.of(new Row(Map.of("locked", "")));
            }
            if (sql.contains("count(*)")) {
                return List.of(new Row(Map.of("n", count)));
            }
            if (sql.contains("from webhook_subscription where tenant_id = :tenant and id = :id")) {
                return existing == null ? List.of() : List.of(existing);
            }
            throw new AssertionError("unexpected query " + sql);
        }

        @Override
        public long update(String sql, SqlParams p) {
            record(sql, p);
            return 1;
        }

        @Override
        public void append(com.benchcrm.persistence.Tx tx, com.benchcrm.audit.AuditEntry entry, Map<String, Object> details) {
            record("insert into audit_log", SqlParams.of("action", entry.action()));
        }

        @Override
        public List<com.benchcrm.audit.AuditEntry> find(com.benchcrm.persistence.Tx tx, com.benchcrm.audit.AuditQuery query,
                                                         java.util.Optional<UUID> before, int limit) {
            throw new AssertionError("not read here");
        }

        SqlParams statement(String fragment) {
            for (int i = 0; i < statements.size(); i++) {
                if (statements.get(i).contains(fragment)) {
                    return params.get(i);
                }
            }
            throw new AssertionError("no statement with " + fragment + " in " + statements);
        }

        private void record(String sql, SqlParams p) {
            statements.add(sql.strip().replaceAll("\\s+", " "));
            params.add(p);
        }
    }
}
