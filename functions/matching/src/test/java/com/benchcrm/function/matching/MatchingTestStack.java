package com.benchcrm.function.matching;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Json;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.local.events.LocalEventPlane;
import com.benchcrm.local.lambda.FunctionHost;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.local.postgres.TestDatabase;
import com.benchcrm.matching.adapters.MatchingAdapters;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.RequirementInput;
import com.benchcrm.requirement.Requirements;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import com.benchcrm.vector.EntityKind;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The matching functions as Lambda runs them (the real {@code FunctionInvoker}, raw event JSON in and out),
 * on a real PostgreSQL, the real MiniLM model (ONNX) and a Lucene index in {@code target/}, with
 * ElasticMQ for the DLQs. One per test JVM; tests isolate themselves with fresh tenants.
 */
final class MatchingTestStack {

    private static MatchingTestStack instance;

    final LocalPostgres pg;
    final JdbcSqlPort app;
    final JdbcSqlPort owner;
    final PostgresPersistence db;
    final LocalEventPlane events;
    final Map<String, String> env = new LinkedHashMap<>();
    final FunctionHost embedFunction;
    final FunctionHost matchFunction;
    final MatchingAdapters matching;
    final Clock clock = Clock.systemUTC();
    final Ids ids = new Ids(clock);
    final Consultants consultants;
    final Requirements requirements;

    private MatchingTestStack() {
        pg = TestDatabase.get();
        app = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().appRole(), pg.roles().appPassword(), 8);
        owner = JdbcSqlPort.connect(
                pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 2);
        db = PostgresPersistence.over(app);
        events = LocalEventPlane.start(
                db.transactions(),
                db.outbox(),
                LocalEventPlane.Settings.defaults(Optional.empty()).withVisibility(Duration.ofSeconds(3)));
        env.putAll(pg.appEnvironment(4));
        env.put("BENCHCRM_EMBEDDINGS", "onnx");
        env.put("BENCHCRM_VECTOR_STORE", "lucene");
        env.put(
                "BENCHCRM_VECTOR_DIR",
                Path.of("target", "vectors-" + Long.toString(System.nanoTime(), 36))
                        .toAbsolutePath()
                        .toString());
        env.put("BENCHCRM_SQS_ENDPOINT", events.sqs().endpoint().toString());
        env.put("BENCHCRM_EMBED_DLQ_URL", events.url("embed-dlq"));
        env.put("BENCHCRM_MATCH_DLQ_URL", events.url("match-dlq"));
        env.put("AWS_REGION", "us-east-1");
        embedFunction = FunctionHost.start(
                MatchingApplication.class.getName(), MatchingApplication.EMBED, "matching-embed", env);
        matchFunction = FunctionHost.start(
                MatchingApplication.class.getName(), MatchingApplication.MATCH, "matching-match", env);
        // the same model and index the functions hold (one per process)
        matching = MatchingAdapters.fromEnvironment(env::get).orElseThrow();
        AuditLog audit = new AuditLog(db.transactions(), db.audit(), ids, clock);
        Outbox outbox = new Outbox(db.outbox(), ids, clock);
        consultants = new Consultants(
                db.transactions(),
                db.consultants(),
                audit,
                outbox,
                new Idempotency(db.idempotency(), clock),
                ids,
                clock);
        requirements = new Requirements(
                db.transactions(),
                db.requirements(),
                audit,
                outbox,
                new Idempotency(db.idempotency(), clock),
                ids,
                clock);
    }

    static synchronized MatchingTestStack get() {
        if (instance == null) {
            instance = new MatchingTestStack();
        }
        return instance;
    }

    TenantId newTenant(String prefix) {
        String slug = prefix + "-" + Long.toString(System.nanoTime(), 36);
        return new TenantDirectory(
                        com.benchcrm.persistence.postgres.PostgresPersistence.over(owner)
                                .transactions(),
                        com.benchcrm.persistence.postgres.PostgresPersistence.over(owner)
                                .tenants())
                .ensure(new TenantSlug(slug), prefix);
    }

    Caller admin(TenantId tenant) {
        return new Caller(
                tenant, "admin@" + tenant.value().toString().substring(0, 8), Set.of(Role.Admin), "test-trace");
    }

    /** A consultant from the sample create request, changed by {@code change}. */
    Consultant consultant(TenantId tenant, Consumer<ObjectNode> change) {
        ObjectNode body = sampleBody("consultants-create");
        body.remove("externalId");
        body.put("email", "c" + System.nanoTime() + "@example.com");
        change.accept(body);
        return consultants
                .create(admin(tenant), read(body, ConsultantInput.class), Optional.empty())
                .value();
    }

    /** A requirement from the sample create request, changed by {@code change}. */
    Requirement requirement(TenantId tenant, Consumer<ObjectNode> change) {
        ObjectNode body = sampleBody("requirements-create");
        body.put("externalRef", "ref-" + System.nanoTime());
        change.accept(body);
        return requirements
                .create(admin(tenant), read(body, RequirementInput.class), Optional.empty())
                .value();
    }

    boolean indexed(TenantId tenant, EntityKind kind, UUID id) {
        return matching.index()
                .find(tenant, kind, id, matching.model().info().key())
                .isPresent();
    }

    Optional<float[]> vector(TenantId tenant, EntityKind kind, UUID id) {
        return matching.index().find(tenant, kind, id, matching.model().info().key());
    }

    /**
     * Receives from a DLQ until the message that came from {@code messageId} shows up. Every message
     * received is remembered by its source id (it stays invisible for a minute after a receive).
     */
    Message findInDlq(String dlq, String messageId) {
        String url = events.url(dlq);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!deadLetters.containsKey(messageId) && System.nanoTime() < deadline) {
            for (Message m : events.sqs()
                    .queues()
                    .client()
                    .receiveMessage(b -> b.queueUrl(url)
                            .maxNumberOfMessages(10)
                            .waitTimeSeconds(1)
                            .messageAttributeNames("All")
                            .visibilityTimeout(60))
                    .messages()) {
                var source = m.messageAttributes().get("benchcrm-source-message-id");
                if (source != null) {
                    deadLetters.put(source.stringValue(), m);
                }
            }
        }
        Message found = deadLetters.get(messageId);
        if (found == null) {
            throw new AssertionError("no message from " + messageId + " in " + dlq);
        }
        return found;
    }

    private final Map<String, Message> deadLetters = new java.util.concurrent.ConcurrentHashMap<>();

    private static ObjectNode sampleBody(String name) {
        try (var in =
                MatchingTestStack.class.getClassLoader().getResourceAsStream("events/http-api/" + name + ".json")) {
            return (ObjectNode) Json.strict()
                    .readTree(Json.strict().readTree(in).path("body").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(ObjectNode body, Class<T> type) {
        try {
            return Json.strict().treeToValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
