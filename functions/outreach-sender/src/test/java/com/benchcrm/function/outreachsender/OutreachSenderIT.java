package com.benchcrm.function.outreachsender;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Json;
import com.benchcrm.events.EventRouting;
import com.benchcrm.function.runtime.sqs.SqsMessage;
import com.benchcrm.local.events.LocalSqs;
import com.benchcrm.local.lambda.FunctionHost;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.local.postgres.TestDatabase;
import com.benchcrm.marketing.MailSender;
import com.benchcrm.marketing.MarketingSettings;
import com.benchcrm.marketing.OutreachDraft;
import com.benchcrm.marketing.OutreachMessage;
import com.benchcrm.marketing.Suppression;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.queue.sqs.SqsOutreachQueue;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * The send queue end to end on real servers: an approval's queued recipients go to ElasticMQ through
 * {@link SqsOutreachQueue}, the {@code outreachSender} function (its real Lambda entry point, the SQS
 * event JSON of {@code events/outreach-sender/}) sends each once into the .eml folder, against a real
 * PostgreSQL under forced row-level security.
 */
class OutreachSenderIT {

    static LocalPostgres pg;
    static JdbcSqlPort app;
    static JdbcSqlPort owner;
    static LocalSqs sqs;
    static Map<String, String> urls;
    static Path sentMail;
    static FunctionHost function;
    static Map<String, String> env;

    @BeforeAll
    static void start() throws IOException {
        pg = TestDatabase.get();
        app = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().appRole(), pg.roles().appPassword(), 2);
        owner = JdbcSqlPort.connect(
                pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 1);
        sqs = LocalSqs.start(0);
        urls = sqs.createQueues(EventRouting.load(), Optional.of(Duration.ofSeconds(1)));
        sentMail = Files.createTempDirectory("outreach-sent");
        env = new HashMap<>(pg.appEnvironment(2));
        env.put("AWS_REGION", "us-east-1");
        env.put("BENCHCRM_SQS_ENDPOINT", sqs.endpoint().toString());
        env.put("BENCHCRM_OUTREACH_DLQ_URL", urls.get("outreach-dlq"));
        env.put("BENCHCRM_MAIL_SENDER", "eml");
        env.put("BENCHCRM_SENT_MAIL_DIR", sentMail.toString());
        env.put("BENCHCRM_UNSUBSCRIBE_SECRET", "an-unsubscribe-secret-of-at-least-32-chars");
        env.put("BENCHCRM_PUBLIC_BASE_URL", "https://api.example.com");
        function = FunctionHost.start(
                OutreachSenderApplication.class.getName(),
                OutreachSenderApplication.FUNCTION_NAME,
                "benchcrm-outreach-sender",
                env);
    }

    @AfterAll
    static void stop() throws Exception {
        sqs.close();
        app.close();
        owner.close();
    }

    @Test
    void approvedRecipients_queuedThroughSqs_areEachSentOnce_evenWhenTheBatchComesBack() throws Exception {
        TenantId tenant = newTenant("os-once");
        UUID draft = approvedDraft(tenant);
        List<UUID> ids = queued(tenant, draft, "a@vendor.example.com", "b@vendor.example.com", "c@vendor.example.com");

        new SqsOutreachQueue(sqs.queues(), urls.get("outreach")).enqueue(tenant, ids);
        List<Message> received = receiveAll(urls.get("outreach"), 3);
        assertThat(received).hasSize(3);

        JsonNode first = invoke(received, 1);
        JsonNode again = invoke(received, 2); // a redelivery of the whole batch

        assertThat(first.path("batchItemFailures")).isEmpty();
        assertThat(again.path("batchItemFailures")).isEmpty();
        assertThat(emlFiles(tenant)).hasSize(3);
        for (UUID id : ids) {
            OutreachMessage m = message(tenant, id);
            assertThat(m.status()).isEqualTo(OutreachMessage.Status.SENT);
            assertThat(m.location()).isNotBlank();
        }
        String eml = Files.readString(emlFiles(tenant).get(0), StandardCharsets.UTF_8);
        assertThat(eml).contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
        assertThat(eml).contains("https://api.example.com/v1/unsubscribe/");
    }

    @Test
    void anAddressSuppressedAfterApproval_isNotMailed_andTheMessageIsNotReportedFailed() throws Exception {
        TenantId tenant = newTenant("os-supp");
        UUID draft = approvedDraft(tenant);
        List<UUID> ids = queued(tenant, draft, "gone@vendor.example.com");
        PostgresPersistence db = PostgresPersistence.over(app);
        db.transactions()
                .inTenant(
                        tenant,
                        tx -> db.suppressions()
                                .insertIfAbsent(
                                        tx,
                                        new Suppression(
                                                "gone@vendor.example.com",
                                                com.benchcrm.marketing.SuppressionReason.UNSUBSCRIBED,
                                                null,
                                                "test",
                                                Instant.now())));

        JsonNode response = invoke(List.of(fake(tenant, ids.get(0))), 1);

        assertThat(response.path("batchItemFailures")).isEmpty();
        assertThat(message(tenant, ids.get(0)).status()).isEqualTo(OutreachMessage.Status.SUPPRESSED);
        assertThat(emlFiles(tenant)).isEmpty();
    }

    @Test
    void aMessageNamingAnotherTenantsRow_sendsNothing_andLeavesThatRowQueued() throws Exception {
        TenantId victim = newTenant("os-victim");
        TenantId other = newTenant("os-other");
        UUID draft = approvedDraft(victim);
        UUID id = queued(victim, draft, "v@vendor.example.com").get(0);

        JsonNode response = invoke(List.of(fake(other, id)), 1);

        assertThat(response.path("batchItemFailures")).isEmpty();
        assertThat(message(victim, id).status()).isEqualTo(OutreachMessage.Status.QUEUED);
        assertThat(emlFiles(victim)).isEmpty();
        assertThat(emlFiles(other)).isEmpty();
    }

    @Test
    void thePoisonSample_goesToTheDlqWithWhy_andIsNotReportedFailed() throws Exception {
        JsonNode event = sample("outreach-send-poison");

        JsonNode response =
                Json.strict().readTree(function.invoke(Json.write(event).getBytes(StandardCharsets.UTF_8)));

        assertThat(response.path("batchItemFailures")).isEmpty();
        List<Message> dead = receiveAll(urls.get("outreach-dlq"), 1);
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).body())
                .isEqualTo(event.path("Records").path(0).path("body").asText());
        assertThat(dead.get(0).messageAttributes().get("benchcrm-error").stringValue())
                .contains("not an outreach send request");
    }

    @Test
    void aProviderFailure_failsOnlyThatMessage_whichStaysQueuedForTheNextReceive() {
        TenantId tenant = newTenant("os-fail");
        UUID draft = approvedDraft(tenant);
        List<UUID> ids = queued(tenant, draft, "down@vendor.example.com");
        MailSender failing = (t, mail) -> {
            throw new MailSender.MailSendException("provider unavailable", null);
        };
        OutreachSenderHandler handler = OutreachSenderComponents.handler(
                OutreachSenderConfig.from(env::get),
                PostgresPersistence.over(app),
                failing,
                sqs.queues(),
                Clock.systemUTC());
        SqsMessage m =
                new SqsMessage("m-1", new com.benchcrm.marketing.OutreachSendRequest(tenant, ids.get(0)).toJson(), 1);

        var response = handler.handle(List.of(m));

        assertThat(response.getBatchItemFailures())
                .extracting(f -> f.getItemIdentifier())
                .containsExactly("m-1");
        assertThat(message(tenant, ids.get(0)).status()).isEqualTo(OutreachMessage.Status.QUEUED);
    }

    @Test
    void sweep_rowsWhoseEnqueueFailed_areQueuedAgainAndSentOnce_freshRowsAreLeft() throws Exception {
        TenantId tenant = newTenant("os-sweep");
        UUID draft = approvedDraft(tenant);
        List<UUID> stuck = queued(tenant, draft, "s1@vendor.example.com", "s2@vendor.example.com");
        List<UUID> fresh = queued(tenant, draft, "f1@vendor.example.com");
        // the approval committed these rows an hour ago and SQS never took their messages
        for (UUID id : stuck) {
            app.inTenant(
                    tenant,
                    s -> s.update(
                            "update outreach_message set queued_at = now() - interval '1 hour' where id = :id",
                            com.benchcrm.sql.SqlParams.of("id", id)));
        }
        Map<String, String> sweepEnv = new HashMap<>(env);
        sweepEnv.put("BENCHCRM_OUTREACH_QUEUE_URL", urls.get("outreach"));
        FunctionHost sweep = FunctionHost.start(
                OutreachSenderApplication.class.getName(),
                OutreachSenderApplication.SWEEP,
                "benchcrm-outreach-sweep",
                sweepEnv);

        JsonNode report = Json.strict().readTree(sweep.invoke("{}".getBytes(StandardCharsets.UTF_8)));
        List<Message> received = receiveAll(urls.get("outreach"), 2);

        assertThat(report.path("requeued").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(received)
                .extracting(Message::body)
                .anySatisfy(b -> assertThat(b).contains(stuck.get(0).toString()));
        assertThat(received)
                .extracting(Message::body)
                .anySatisfy(b -> assertThat(b).contains(stuck.get(1).toString()));
        assertThat(received)
                .extracting(Message::body)
                .noneSatisfy(b -> assertThat(b).contains(fresh.get(0).toString()));
        List<Message> mine = received.stream()
                .filter(m -> stuck.stream().anyMatch(id -> m.body().contains(id.toString())))
                .toList();
        assertThat(invoke(mine, 1).path("batchItemFailures")).isEmpty();
        assertThat(invoke(mine, 2).path("batchItemFailures")).isEmpty(); // a second sweep's duplicate
        assertThat(emlFiles(tenant)).hasSize(2);
        assertThat(message(tenant, stuck.get(0)).status()).isEqualTo(OutreachMessage.Status.SENT);
        assertThat(message(tenant, fresh.get(0)).status()).isEqualTo(OutreachMessage.Status.QUEUED);
    }

    @Test
    void sesBounceViaSns_suppressesTheAddressInTheTaggedTenantOnly_onceEvenWhenRedelivered() throws Exception {
        TenantId tenant = newTenant("os-bounce");
        TenantId other = newTenant("os-bounce-other");
        String event = Json.write(sample("ses-feedback-bounce"))
                .replace("0193f7a0-0000-7000-8000-00000000a001", tenant.value().toString());
        FunctionHost feedback = FunctionHost.start(
                OutreachSenderApplication.class.getName(),
                OutreachSenderApplication.FEEDBACK,
                "benchcrm-outreach-feedback",
                env);

        JsonNode first = Json.strict().readTree(feedback.invoke(event.getBytes(StandardCharsets.UTF_8)));
        JsonNode again = Json.strict().readTree(feedback.invoke(event.getBytes(StandardCharsets.UTF_8)));

        assertThat(first.path("batchItemFailures")).isEmpty();
        assertThat(again.path("batchItemFailures")).isEmpty();
        PostgresPersistence db = PostgresPersistence.over(app);
        Optional<Suppression> inTenant =
                db.transactions().inTenant(tenant, tx -> db.suppressions().find(tx, "gone.vendor@vendor.example"));
        Optional<Suppression> inOther =
                db.transactions().inTenant(other, tx -> db.suppressions().find(tx, "gone.vendor@vendor.example"));
        assertThat(inTenant.map(Suppression::reason)).contains(com.benchcrm.marketing.SuppressionReason.BOUNCED);
        assertThat(inOther).isEmpty();
    }

    @Test
    void anSesNotificationWithoutATenantTag_isPoison() {
        String body = "{\"eventType\":\"Complaint\",\"complaint\":{\"complainedRecipients\":"
                + "[{\"emailAddress\":\"x@vendor.example\"}]},\"mail\":{\"tags\":{}}}";
        java.util.concurrent.atomic.AtomicInteger deadLettered = new java.util.concurrent.atomic.AtomicInteger();
        MailFeedbackHandler handler = new MailFeedbackHandler(
                new com.benchcrm.marketing.MailFeedback(null),
                new com.benchcrm.function.runtime.sqs.SqsBatch(
                        (b, id, count, error) -> deadLettered.incrementAndGet(), 5));

        var response = handler.handle(List.of(new SqsMessage("m-2", body, 1)));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(deadLettered).hasValue(1);
    }

    // ---------------------------------------------------------------------------------------------

    static TenantId newTenant(String prefix) {
        PostgresPersistence asOwner = PostgresPersistence.over(owner);
        return new TenantDirectory(asOwner.transactions(), asOwner.tenants())
                .ensure(new TenantSlug(prefix + "-" + Long.toString(System.nanoTime(), 36)), prefix);
    }

    /** An approved hot-list draft of the tenant, whose policy has a postal address. */
    static UUID approvedDraft(TenantId tenant) {
        PostgresPersistence db = PostgresPersistence.over(app);
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        db.transactions().inTenant(tenant, tx -> {
            db.marketingSettings()
                    .upsert(
                            tx,
                            new MarketingSettings(
                                    false,
                                    "1 Example Way\nSpringfield",
                                    "Example Staffing",
                                    null,
                                    500,
                                    0,
                                    "test",
                                    now));
            db.outreachDrafts()
                    .insert(
                            tx,
                            new OutreachDraft(
                                    id,
                                    OutreachDraft.Kind.HOT_LIST,
                                    UUID.randomUUID(),
                                    UUID.randomUUID(),
                                    null,
                                    null,
                                    "Hot list",
                                    "Java developer, 8 years",
                                    "<html><body><p>Java developer, 8 years</p></body></html>",
                                    OutreachDraft.Generator.TEMPLATE,
                                    OutreachDraft.Status.APPROVED,
                                    "test",
                                    now,
                                    "test",
                                    1,
                                    now,
                                    now,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null));
            return null;
        });
        return id;
    }

    static List<UUID> queued(TenantId tenant, UUID draft, String... recipients) {
        PostgresPersistence db = PostgresPersistence.over(app);
        List<OutreachMessage> rows = new ArrayList<>();
        for (String r : recipients) {
            UUID id = UUID.randomUUID();
            rows.add(new OutreachMessage(
                    id,
                    draft,
                    r,
                    null,
                    "<" + id + "@example.com>",
                    OutreachMessage.Status.QUEUED,
                    null,
                    Instant.now(),
                    null,
                    null));
        }
        db.transactions().inTenant(tenant, tx -> db.outreachMessages().insertAllIfAbsent(tx, rows));
        return rows.stream().map(OutreachMessage::id).toList();
    }

    static OutreachMessage message(TenantId tenant, UUID id) {
        PostgresPersistence db = PostgresPersistence.over(app);
        return db.transactions()
                .inTenant(tenant, tx -> db.outreachMessages().find(tx, id))
                .orElseThrow();
    }

    static List<Path> emlFiles(TenantId tenant) throws IOException {
        Path dir = sentMail.resolve(tenant.toString());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
        }
    }

    static List<Message> receiveAll(String url, int expected) {
        List<Message> got = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (got.size() < expected && System.nanoTime() < until) {
            got.addAll(sqs.queues()
                    .client()
                    .receiveMessage(b -> b.queueUrl(url)
                            .maxNumberOfMessages(10)
                            .waitTimeSeconds(1)
                            .messageAttributeNames("All")
                            .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
                    .messages());
        }
        return got;
    }

    static Message fake(TenantId tenant, UUID id) {
        return Message.builder()
                .messageId(UUID.randomUUID().toString())
                .body(new com.benchcrm.marketing.OutreachSendRequest(tenant, id).toJson())
                .build();
    }

    /** The messages as Lambda hands them to the function: the sample event's shape, these bodies. */
    static JsonNode invoke(List<Message> messages, int receiveCount) throws IOException {
        JsonNode sample = sample("outreach-send");
        ObjectNode template = (ObjectNode) sample.path("Records").path(0);
        ObjectNode event = Json.strict().createObjectNode();
        var records = event.putArray("Records");
        for (Message m : messages) {
            ObjectNode r = template.deepCopy();
            r.put("messageId", m.messageId());
            r.put("body", m.body());
            ((ObjectNode) r.path("attributes")).put("ApproximateReceiveCount", Integer.toString(receiveCount));
            records.add(r);
        }
        return Json.strict().readTree(function.invoke(Json.write(event).getBytes(StandardCharsets.UTF_8)));
    }

    static JsonNode sample(String name) throws IOException {
        try (InputStream in = OutreachSenderIT.class.getResourceAsStream("/events/outreach-sender/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no sample event " + name);
            }
            return Json.strict().readTree(in);
        }
    }
}
