package com.benchcrm.function.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.consultant.Consultant;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.vector.EntityKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The {@code embed} function through its real entry point, with the sample events of
 * {@code events/matching/}, the real MiniLM model and a Lucene index: what it indexes, removes,
 * reports failed and dead-letters.
 */
class EmbedFunctionContractIT {

    static MatchingTestStack stack;

    @BeforeAll
    static void setUp() {
        stack = MatchingTestStack.get();
    }

    @Test
    void batchOfUpserts_ofBothKinds_isEmbedded_andEveryRecordIsFindableInTheIndex() {
        TenantId tenant = stack.newTenant("embed-batch");
        Consultant java = stack.consultant(tenant, c -> c.put("title", "Senior Java Developer"));
        Consultant python = stack.consultant(
                tenant, c -> c.put("title", "Python Data Engineer").put("summary", "Pandas, Airflow, Spark."));
        Consultant qa = stack.consultant(
                tenant, c -> c.put("title", "QA Automation Engineer").put("summary", "Selenium and Cypress."));
        Requirement req = stack.requirement(tenant, r -> {});

        JsonNode response = invoke(SampleEvents.batch(
                upserted(tenant, java.id(), "m1"),
                upserted(tenant, python.id(), "m2"),
                upserted(tenant, qa.id(), "m3"),
                SampleEvents.record(
                        "embed-consultant-upserted",
                        "RequirementImported",
                        tenant,
                        req.id(),
                        stack.ids.next(),
                        "m4",
                        1)));

        assertThat(response.path("batchItemFailures")).isEmpty();
        for (Consultant c : new Consultant[] {java, python, qa}) {
            assertThat(stack.indexed(tenant, EntityKind.CONSULTANT, c.id()))
                    .as(c.title())
                    .isTrue();
        }
        assertThat(stack.indexed(tenant, EntityKind.REQUIREMENT, req.id())).isTrue();
        assertThat(stack.indexed(stack.newTenant("embed-other"), EntityKind.CONSULTANT, java.id()))
                .as("only in its tenant")
                .isFalse();
    }

    @Test
    void changedRecord_isEmbeddedAgainFromItsCurrentVersion() {
        TenantId tenant = stack.newTenant("embed-change");
        Consultant c = stack.consultant(tenant, b -> b.put("title", "Senior Java Developer"));
        invoke(SampleEvents.batch(upserted(tenant, c.id(), "v1")));
        float[] before = stack.vector(tenant, EntityKind.CONSULTANT, c.id()).orElseThrow();

        stack.consultants.patch(
                stack.admin(tenant), c.id(), in -> withTitle(in, "Registered Nurse, ICU"), OptionalLong.empty());
        JsonNode response = invoke(SampleEvents.batch(upserted(tenant, c.id(), "v2")));

        assertThat(response.path("batchItemFailures")).isEmpty();
        assertThat(stack.vector(tenant, EntityKind.CONSULTANT, c.id()).orElseThrow())
                .isNotEqualTo(before);
    }

    @Test
    void deletedEvent_removesTheVector_andALateUpsertOfADeletedRecordRemovesItToo() {
        TenantId tenant = stack.newTenant("embed-delete");
        Consultant deleted = stack.consultant(tenant, c -> {});
        Consultant late = stack.consultant(tenant, c -> {});
        invoke(SampleEvents.batch(upserted(tenant, deleted.id(), "d1"), upserted(tenant, late.id(), "d2")));
        assertThat(stack.indexed(tenant, EntityKind.CONSULTANT, deleted.id())).isTrue();

        stack.consultants.delete(stack.admin(tenant), deleted.id(), OptionalLong.empty());
        stack.consultants.delete(stack.admin(tenant), late.id(), OptionalLong.empty());
        JsonNode response = invoke(SampleEvents.batch(
                SampleEvents.record(
                        "embed-consultant-deleted",
                        "ConsultantDeleted",
                        tenant,
                        deleted.id(),
                        stack.ids.next(),
                        "d3",
                        1),
                upserted(tenant, late.id(), "d4")));

        assertThat(response.path("batchItemFailures")).isEmpty();
        assertThat(stack.indexed(tenant, EntityKind.CONSULTANT, deleted.id())).isFalse();
        assertThat(stack.indexed(tenant, EntityKind.CONSULTANT, late.id())).isFalse();
    }

    @Test
    void consultantWithNothingToEmbed_isAcknowledged_andNotIndexed() {
        TenantId tenant = stack.newTenant("embed-blank");
        Consultant nameOnly = stack.consultant(tenant, c -> {
            c.remove("title");
            c.remove("summary");
            c.putArray("skills");
        });

        JsonNode response = invoke(SampleEvents.batch(upserted(tenant, nameOnly.id(), "b1")));

        assertThat(response.path("batchItemFailures")).isEmpty();
        assertThat(stack.indexed(tenant, EntityKind.CONSULTANT, nameOnly.id())).isFalse();
    }

    @Test
    void
            poison_andAnEventTypeEmbedDoesNotHandle_goToTheDlqWithTheReason_notReportedFailed_theRestOfTheBatchIsIndexed() {
        TenantId tenant = stack.newTenant("embed-poison");
        Consultant good = stack.consultant(tenant, c -> {});
        String poison = "poison-" + UUID.randomUUID();
        String wrongType = "wrong-" + UUID.randomUUID();

        JsonNode response = invoke(SampleEvents.batch(
                SampleEvents.poison(poison),
                SampleEvents.record(
                        "embed-consultant-upserted",
                        "SubmissionStatusChanged",
                        tenant,
                        UUID.randomUUID(),
                        stack.ids.next(),
                        wrongType,
                        1),
                upserted(tenant, good.id(), "good")));

        assertThat(response.path("batchItemFailures")).isEmpty();
        Message dead = stack.findInDlq("embed-dlq", poison);
        assertThat(dead.body()).isEqualTo("this is not an event");
        assertThat(dead.messageAttributes().get("benchcrm-error").stringValue())
                .contains("MalformedEventException")
                .contains("not JSON");
        assertThat(stack.findInDlq("embed-dlq", wrongType)
                        .messageAttributes()
                        .get("benchcrm-error")
                        .stringValue())
                .contains("not SubmissionStatusChanged");
        assertThat(stack.indexed(tenant, EntityKind.CONSULTANT, good.id())).isTrue();
    }

    // ------------------------------------------------------------------------------------ helpers

    static JsonNode invoke(byte[] event) {
        return SampleEvents.response(
                MatchingTestStack.get().embedFunction.invoke(event)); // also from other test classes
    }

    static com.fasterxml.jackson.databind.node.ObjectNode upserted(TenantId tenant, UUID consultant, String messageId) {
        return SampleEvents.record(
                "embed-consultant-upserted",
                "ConsultantUpserted",
                tenant,
                consultant,
                MatchingTestStack.get().ids.next(),
                messageId,
                1);
    }

    static com.benchcrm.consultant.ConsultantInput withTitle(com.benchcrm.consultant.ConsultantInput in, String title) {
        var node = com.benchcrm.common.Json.strict().valueToTree(in);
        ((com.fasterxml.jackson.databind.node.ObjectNode) node)
                .put("title", title)
                .put("summary", "Critical care nursing.");
        ((com.fasterxml.jackson.databind.node.ObjectNode) node)
                .putArray("skills")
                .addObject()
                .put("name", "ICU");
        try {
            return com.benchcrm.common.Json.strict().treeToValue(node, com.benchcrm.consultant.ConsultantInput.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
