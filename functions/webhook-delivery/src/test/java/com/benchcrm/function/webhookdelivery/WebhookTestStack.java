package com.benchcrm.function.webhookdelivery;

import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Json;
import com.benchcrm.events.EventRouting;
import com.benchcrm.local.events.LocalEventPlane;
import com.benchcrm.local.lambda.FunctionHost;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.local.postgres.TestDatabase;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.outbox.OutboxRelay;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import com.benchcrm.webhook.CreatedWebhook;
import com.benchcrm.webhook.DestinationGuard;
import com.benchcrm.webhook.WebhookInput;
import com.benchcrm.webhook.Webhooks;
import com.benchcrm.audit.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The webhook delivery function as Lambda runs it (the real {@code FunctionInvoker}, raw event JSON in and out),
 * on a real PostgreSQL, with ElasticMQ queues and the embedded bus around it: what the embedded
 * stack runs, without the HTTP API. One per test JVM.
 *
 * <p>Besides the routing file's rules, the bus has a test rule sending events whose trace id starts
 * with {@value #CONSUMER_TRACE_PREFIX} to the queue {@value #CONSUMER_QUEUE}, for a deduping consumer. Webhook retries are 1 s apart and give up
 * after {@value #GIVE_UP_SECONDS} s, so retry and dead-letter cases run in seconds.
 */
final class WebhookTestStack {

    static final String CONSUMER_QUEUE = "test-consumer";
    static final String CONSUMER_RULE = "test-consumer";
    /** Events whose trace id starts with this go to the test consumer's queue too. */
    static final String CONSUMER_TRACE_PREFIX = "consume-";
    static final int GIVE_UP_SECONDS = 8;

    private static WebhookTestStack instance;

    final LocalPostgres pg;
    final JdbcSqlPort app;
    final JdbcSqlPort owner;
    final PostgresPersistence db;
    /** The relay role's persistence: the relay and the timer re-arming use it (ADR 0059). */
    final JdbcSqlPort relay;
    final PostgresPersistence relayDb;
    final LocalEventPlane events;
    final FunctionHost webhookFunction;
    final TestReceiver receiver = new TestReceiver();
    final Clock clock = Clock.systemUTC();
    final Ids ids = new Ids(clock);
    final Webhooks webhooks;
    final com.benchcrm.webhook.WebhookSecrets secrets;
    /** The keyring the function and this test seal and open webhook secrets with. */
    static final java.nio.file.Path KEYRING = java.nio.file.Path.of("target", "worker-secrets.keyring").toAbsolutePath();

    private WebhookTestStack() {
        pg = TestDatabase.get();
        app = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().appRole(), pg.roles().appPassword(), 8);
        owner = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 2);
        EventRouting.Rule everything = new EventRouting.Rule(CONSUMER_RULE, "", CONSUMER_QUEUE, consumerPattern());
        db = PostgresPersistence.over(app);
        relay = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().relayRole(), pg.roles().relayPassword(), 2);
        relayDb = PostgresPersistence.over(relay);
        events = LocalEventPlane.start(relayDb.transactions(), relayDb.outbox(), LocalEventPlane.Settings.defaults(Optional.empty())
                .withExtra(List.of(everything), Map.of(CONSUMER_QUEUE, new EventRouting.Queue(CONSUMER_QUEUE, "test", 30, 5, 1)))
                .withVisibility(Duration.ofSeconds(3))
                .withRelay(new OutboxRelay.Settings(100, Duration.ofSeconds(2), Duration.ofMillis(500)), Duration.ofSeconds(1)));
        Map<String, String> env = pg.appEnvironment(8);
        env.put("BENCHCRM_SQS_ENDPOINT", events.sqs().endpoint().toString());
        env.put("BENCHCRM_WEBHOOK_QUEUE_URL", events.url("webhook"));
        env.put("BENCHCRM_WEBHOOK_DLQ_URL", events.url("webhook-dlq"));
        env.put("BENCHCRM_WEBHOOK_ALLOW_LOOPBACK", "true");
        env.put("BENCHCRM_SECRET_KEYS", "file");
        env.put("BENCHCRM_SECRET_KEYRING", KEYRING.toString());
        env.put("BENCHCRM_WEBHOOK_RETRY_INITIAL", "PT1S");
        env.put("BENCHCRM_WEBHOOK_RETRY_MAX", "PT1S");
        env.put("BENCHCRM_WEBHOOK_GIVE_UP_AFTER", "PT" + GIVE_UP_SECONDS + "S");
        env.put("BENCHCRM_WEBHOOK_TIMEOUT", "PT5S");
        env.put("AWS_REGION", "us-east-1");
        webhookFunction = FunctionHost.start(WebhookDeliveryApplication.class.getName(), WebhookDeliveryApplication.FUNCTION_NAME,
                "benchcrm-webhook-delivery", env);
        events.attach("webhook", 10, 2, webhookFunction::invoke);
        events.startRelay();
        secrets = new com.benchcrm.webhook.WebhookSecrets(db.transactions(), db.webhooks(),
                new com.benchcrm.secrets.SecretSealer(com.benchcrm.secrets.FileKeyring.open(KEYRING)));
        webhooks = new Webhooks(db.transactions(), db.webhooks(), new AuditLog(db.transactions(), db.audit(), ids, clock),
                DestinationGuard.allowingLoopback(), secrets, ids, clock);
    }

    static synchronized WebhookTestStack get() {
        if (instance == null) {
            instance = new WebhookTestStack();
        }
        return instance;
    }

    TenantId newTenant(String prefix) {
        String slug = prefix + "-" + Long.toString(System.nanoTime(), 36);
        return new TenantDirectory(com.benchcrm.persistence.postgres.PostgresPersistence.over(owner).transactions(),
                com.benchcrm.persistence.postgres.PostgresPersistence.over(owner).tenants()).ensure(new TenantSlug(slug), prefix);
    }

    Caller admin(TenantId tenant) {
        return new Caller(tenant, "admin@" + tenant.value().toString().substring(0, 8), Set.of(Role.Admin), "test-trace");
    }

    /** Subscribes the tenant's receiver path to these event types. */
    CreatedWebhook subscribe(TenantId tenant, String path, String... types) {
        return webhooks.create(admin(tenant), new WebhookInput(receiver.url(path), List.of(types), "test"));
    }

    static com.fasterxml.jackson.databind.JsonNode consumerPattern() {
        return Json.strict().valueToTree(Map.of("source", List.of("benchcrm"),
                "detail", Map.of("traceId", List.of(Map.of("prefix", CONSUMER_TRACE_PREFIX)))));
    }

    Outbox outbox() {
        return new Outbox(db.outbox(), ids, clock);
    }
}
