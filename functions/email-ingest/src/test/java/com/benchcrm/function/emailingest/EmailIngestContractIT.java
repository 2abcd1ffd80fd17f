package com.benchcrm.function.emailingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The function through its real entry point (FunctionInvoker, raw event JSON) with the sample
 * events of events/email-ingest: SES receipt, S3 object created, virus verdict, a wrong event.
 */
class EmailIngestContractIT {

    static IngestTestStack stack;

    @BeforeAll
    static void setUp() {
        stack = IngestTestStack.get();
    }

    @Test
    void sesReceipt_storedMail_becomesARequirement_announcedThroughTheOutbox_rawKept() {
        IngestTestStack.TestTenant t = stack.newTenant("ses");
        String id = "ses0000000000000000000000000000000000001";
        stack.blobs.put("raw/" + t.slug() + "/" + id, Samples.mail("plain-requirement.eml"));

        JsonNode r = stack.invoke(Samples.bytes(Samples.ses(t.slug(), id))).path("results").get(0);

        assertThat(r.path("status").asText()).isEqualTo("INGESTED");
        assertThat(r.path("report").path("kind").asText()).isEqualTo("REQUIREMENT");
        assertThat(r.path("report").path("outcome").asText()).isEqualTo("IMPORTED");
        assertThat(r.path("report").path("requirements")).hasSize(1);
        assertThat(stack.query(t, "select title, city, state, work_mode from requirement where tenant_id = :tenant"))
                .singleElement().satisfies(row -> {
                    assertThat(row.string("title")).isEqualTo("Java Developer");
                    assertThat(row.string("state")).isEqualTo("TX");
                    assertThat(row.string("work_mode")).isEqualTo("HYBRID");
                });
        assertThat(stack.query(t, "select event_type from outbox where tenant_id = :tenant and event_type = 'RequirementImported'"))
                .hasSize(1);
        assertThat(stack.query(t, "select blob_key, channel, kind, outcome from inbound_message where tenant_id = :tenant"))
                .singleElement().satisfies(row -> {
                    assertThat(row.string("blob_key")).isEqualTo("raw/" + t.slug() + "/" + id);
                    assertThat(row.string("channel")).isEqualTo("SES");
                });
        assertThat(stack.blobs.get("raw/" + t.slug() + "/" + id)).as("the raw message stays").isPresent();
    }

    @Test
    void sameEventTwice_secondIsAReplay_nothingCreatedTwice() {
        IngestTestStack.TestTenant t = stack.newTenant("again");
        String key = "raw/" + t.slug() + "/again0000000000000000000000000000000001";
        stack.blobs.put(key, Samples.mail("hot-list.eml"));

        JsonNode first = stack.invoke(Samples.bytes(Samples.s3(key))).path("results").get(0);
        JsonNode second = stack.invoke(Samples.bytes(Samples.s3(key))).path("results").get(0);

        assertThat(first.path("report").path("requirements")).hasSize(3);
        assertThat(second.path("report").path("replayed").asBoolean()).isTrue();
        assertThat(stack.query(t, "select id from requirement where tenant_id = :tenant")).hasSize(3);
        assertThat(stack.query(t, "select id from inbound_message where tenant_id = :tenant")).hasSize(1);
    }

    @Test
    void unknownTenant_deadLetteredWithTheReason_rawKept() {
        String key = "raw/no-such-tenant-x/unknown000000000000000000000000000000001";
        stack.blobs.put(key, Samples.mail("plain-requirement.eml"));

        JsonNode r = stack.invoke(Samples.bytes(Samples.s3(key))).path("results").get(0);

        assertThat(r.path("status").asText()).isEqualTo("DEAD_LETTERED");
        assertThat(r.path("reason").asText()).startsWith("unknown-tenant");
        assertThat(stack.deadLetters(key)).singleElement().satisfies(d -> assertThat(d.path("reason").asText()).isEqualTo("unknown-tenant"));
        assertThat(stack.blobs.get(key)).isPresent();
    }

    @Test
    void rawMessageMissing_deadLettered() {
        IngestTestStack.TestTenant t = stack.newTenant("missing");
        String key = "raw/" + t.slug() + "/missing00000000000000000000000000000001";

        JsonNode r = stack.invoke(Samples.bytes(Samples.s3(key))).path("results").get(0);

        assertThat(r.path("reason").asText()).startsWith("raw-message-missing");
        assertThat(stack.deadLetters(key)).hasSize(1);
    }

    @Test
    void virusVerdictFail_deadLetteredUnopened_andRecordedAsQuarantined() {
        IngestTestStack.TestTenant t = stack.newTenant("virus");
        com.fasterxml.jackson.databind.node.ObjectNode e = Samples.event("ses-virus-fail");
        ((com.fasterxml.jackson.databind.node.ObjectNode) e.path("Records").get(0).path("ses").path("receipt")).putArray("recipients")
                .add(t.slug() + "@ingest.example.com");

        JsonNode r = stack.invoke(Samples.bytes(e)).path("results").get(0);

        assertThat(r.path("reason").asText()).startsWith("virus-verdict-fail");
        assertThat(stack.query(t, "select kind, outcome, reason, size_bytes from inbound_message where tenant_id = :tenant"))
                .singleElement().satisfies(row -> {
                    assertThat(row.string("kind")).isEqualTo("VIRUS");
                    assertThat(row.string("outcome")).isEqualTo("REJECTED");
                    assertThat(row.string("reason")).startsWith("quarantined");
                    assertThat(row.longValue("size_bytes")).as("never read").isZero();
                });
        assertThat(stack.query(t, "select id from requirement where tenant_id = :tenant")).isEmpty();
    }

    @Test
    void spamVerdictFail_isRecordedRejectedWithTheReason_notIngested() {
        IngestTestStack.TestTenant t = stack.newTenant("spam");
        String id = "spamfail00000000000000000000000000000001";
        stack.blobs.put("raw/" + t.slug() + "/" + id, Samples.mail("plain-requirement.eml"));

        JsonNode r = stack.invoke(Samples.bytes(Samples.ses("ses-spam-fail", t.slug(), id))).path("results").get(0);

        assertThat(r.path("status").asText()).isEqualTo("REFUSED");
        assertThat(r.path("report").path("kind").asText()).isEqualTo("SPAM");
        assertThat(r.path("report").path("outcome").asText()).isEqualTo("REJECTED");
        assertThat(stack.query(t, "select kind, outcome, reason from inbound_message where tenant_id = :tenant"))
                .singleElement().satisfies(row -> assertThat(row.string("reason")).isEqualTo("refused: SES spam verdict FAIL"));
        assertThat(stack.query(t, "select id from requirement where tenant_id = :tenant")).as("not ingested").isEmpty();
        assertThat(stack.blobs.get("raw/" + t.slug() + "/" + id)).as("the raw mail is kept").isPresent();
    }

    @Test
    void dmarcVerdictFail_isRejectedAsUnauthenticated_unlessTheTenantsFileAllowsIt() {
        IngestTestStack.TestTenant strict = stack.newTenant("dmarc");
        IngestTestStack.TestTenant lenient = stack.newTenant("dmarc-ok");
        stack.setTenantSettings(lenient, "{\"mail\": {\"rejectDmarcFail\": false}}");
        String id = "dmarcfail0000000000000000000000000000001";
        stack.blobs.put("raw/" + strict.slug() + "/" + id, Samples.mail("plain-requirement.eml"));
        stack.blobs.put("raw/" + lenient.slug() + "/" + id, Samples.mail("plain-requirement.eml"));

        JsonNode refused = stack.invoke(Samples.bytes(Samples.ses("ses-dmarc-fail", strict.slug(), id))).path("results").get(0);
        JsonNode ingested = stack.invoke(Samples.bytes(Samples.ses("ses-dmarc-fail", lenient.slug(), id))).path("results").get(0);

        assertThat(refused.path("report").path("kind").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(refused.path("reason").asText()).contains("DMARC");
        assertThat(stack.query(strict, "select id from requirement where tenant_id = :tenant")).isEmpty();
        assertThat(ingested.path("status").asText()).isEqualTo("INGESTED");
        assertThat(stack.query(lenient, "select id from requirement where tenant_id = :tenant")).hasSize(1);
    }

    @Test
    void notAMailEvent_deadLetteredWhole() {
        JsonNode r = stack.invoke(Samples.bytes(Samples.event("not-an-ingest-event"))).path("results").get(0);

        assertThat(r.path("status").asText()).isEqualTo("DEAD_LETTERED");
        assertThat(r.path("reason").asText()).contains("not-an-ingest-event");
    }
}
