package com.benchcrm.function.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Json;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code match} function through its real entry point: a {@code RequirementImported} event
 * becomes one stored match run, announced as {@code RecommendationsReady} in the outbox, however
 * often it is delivered.
 */
class MatchFunctionContractIT {

    static MatchingTestStack stack;

    @BeforeAll
    static void setUp() {
        stack = MatchingTestStack.get();
    }

    @Test
    void requirementImported_deliveredTwice_storesOneMatchRun_andOneRecommendationsReadyWithItsCount() {
        TenantId tenant = stack.newTenant("match-run");
        Consultant java = stack.consultant(tenant, c -> c.put("title", "Senior Java Developer"));
        Consultant kafka = stack.consultant(tenant, c -> c.put("title", "Java and Kafka Engineer"));
        Consultant nurse = stack.consultant(
                tenant,
                c -> c.put("title", "Registered Nurse")
                        .put("summary", "ICU, 8 years.")
                        .putArray("skills"));
        EmbedFunctionContractIT.invoke(SampleEvents.batch(
                EmbedFunctionContractIT.upserted(tenant, java.id(), "c1"),
                EmbedFunctionContractIT.upserted(tenant, kafka.id(), "c2"),
                EmbedFunctionContractIT.upserted(tenant, nurse.id(), "c3")));
        Requirement req = stack.requirement(tenant, r -> {}); // not embedded: the run embeds its text
        UUID eventId = stack.ids.next();

        JsonNode first = invoke(imported(tenant, req.id(), eventId, "first", 1));
        JsonNode redelivered = invoke(imported(tenant, req.id(), eventId, "again", 2));

        assertThat(first.path("batchItemFailures")).isEmpty();
        assertThat(redelivered.path("batchItemFailures")).isEmpty();
        List<Row> runs = stack.app.inTenant(tenant, s -> s.query("""
                select id, trigger, (select count(*) from recommendation r where r.tenant_id = m.tenant_id and r.match_run_id = m.id) as n
                from match_run m where requirement_id = :req""", SqlParams.of("req", req.id())));
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).string("trigger")).isEqualTo("REQUIREMENT_IMPORTED");
        long recommended = runs.get(0).longValue("n");
        assertThat(recommended).isBetween(1L, 3L);
        List<Row> ready = stack.app.inTenant(tenant, s -> s.query("""
                select payload::text as payload from outbox where event_type = 'RecommendationsReady'""", SqlParams.none()));
        assertThat(ready).hasSize(1);
        JsonNode payload = Json.read(ready.get(0).string("payload"), JsonNode.class);
        assertThat(payload.path("requirementId").asText()).isEqualTo(req.id().toString());
        assertThat(payload.path("matchRunId").asText())
                .isEqualTo(runs.get(0).uuid("id").toString());
        assertThat(payload.path("count").asLong()).isEqualTo(recommended);
    }

    @Test
    void requirementDeletedBeforeItsRun_isAcknowledgedWithoutARun() {
        TenantId tenant = stack.newTenant("match-gone");
        Requirement req = stack.requirement(tenant, r -> {});
        stack.requirements.delete(stack.admin(tenant), req.id(), OptionalLong.empty());

        JsonNode response = invoke(imported(tenant, req.id(), stack.ids.next(), "gone", 1));

        assertThat(response.path("batchItemFailures")).isEmpty();
        List<Row> runs = stack.app.inTenant(tenant, s -> s.query("select id from match_run", SqlParams.none()));
        assertThat(runs).isEmpty();
    }

    @Test
    void eventOfAnotherType_isPoison_goesToTheMatchDlqWithTheReason() {
        TenantId tenant = stack.newTenant("match-type");
        String messageId = "wrong-" + UUID.randomUUID();

        JsonNode response = invoke(SampleEvents.record(
                "match-requirement-imported",
                "ConsultantUpserted",
                tenant,
                UUID.randomUUID(),
                stack.ids.next(),
                messageId,
                1));

        assertThat(response.path("batchItemFailures")).isEmpty();
        assertThat(stack.findInDlq("match-dlq", messageId)
                        .messageAttributes()
                        .get("benchcrm-error")
                        .stringValue())
                .contains("MalformedEventException")
                .contains("not ConsultantUpserted");
    }

    static JsonNode invoke(JsonNode... records) {
        return SampleEvents.response(stack.matchFunction.invoke(SampleEvents.batch(records)));
    }

    static JsonNode imported(TenantId tenant, UUID requirement, UUID eventId, String messageId, int receiveCount) {
        return SampleEvents.record(
                "match-requirement-imported",
                "RequirementImported",
                tenant,
                requirement,
                eventId,
                messageId,
                receiveCount);
    }
}
