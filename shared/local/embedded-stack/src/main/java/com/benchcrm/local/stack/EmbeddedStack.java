package com.benchcrm.local.stack;

import com.benchcrm.auth.jwt.LocalTokenIssuer;
import com.benchcrm.blob.FolderBlobStore;
import com.benchcrm.function.emailingest.EmailIngestApplication;
import com.benchcrm.function.httpapi.HttpApiApplication;
import com.benchcrm.function.matching.MatchingApplication;
import com.benchcrm.function.notifications.NotificationsApplication;
import com.benchcrm.function.outreachsender.OutreachSenderApplication;
import com.benchcrm.function.webhookdelivery.WebhookDeliveryApplication;
import com.benchcrm.function.workauthorizationalerts.WorkAuthorizationAlertsApplication;
import com.benchcrm.ingest.FolderDeadLetters;
import com.benchcrm.local.events.LocalEventPlane;
import com.benchcrm.local.lambda.FunctionHost;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.matching.adapters.MatchingAdapters;
import com.benchcrm.queue.sqs.SqsDeliveryTimer;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.webhook.WebhookTimers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running embedded stack: PostgreSQL, the issuer, the edge server and the HTTP API function;
 * the asynchronous half: ElasticMQ with the routing's queues, the in-process event bus, the outbox
 * relay, and the {@code webhookDelivery} function behind a local SQS event source;
 * and inbound mail: an SMTP listener on 127.0.0.1 (the local SES) that keeps every raw message in
 * {@code .benchcrm/mail/raw/<tenant>/} and hands it to the e-mail ingest function; and matching: the
 * {@code embed} and {@code match} functions behind the embed and match queues, with
 * MiniLM in-process (ONNX) and a Lucene index in {@code .benchcrm/vectors/}, which the HTTP API
 * function shares (one model and one index per process). {@code BENCHCRM_EMBEDDINGS=off} in the
 * shell leaves matching out. Sign-in: the stack is the console's OpenID provider
 * ({@code /.well-known/openid-configuration}, {@code /oidc/...}) and serves {@code /console-config.json}.
 *
 * <pre>{@code
 * try (EmbeddedStack stack = EmbeddedStack.start(StackHome.fromSystem(), 3000)) {
 *     String token = stack.admin().token(new TenantSlug("acme"), "me@example.com", Role.Owner, Duration.ofHours(8));
 * }
 * }</pre>
 */
public final class EmbeddedStack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStack.class);
    /**
     * Lucene says on the console (java.util.logging) that the incubating Vector API is not enabled;
     * at a laptop's index sizes the scalar code is fast enough, so only errors are shown. Held here:
     * java.util.logging keeps loggers weakly.
     */
    private static final java.util.logging.Logger LUCENE_VECTORIZATION =
            quiet("org.apache.lucene.internal.vectorization");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private final StackHome home;
    private final LocalPostgres postgres;
    private final EdgeServer edge;
    private final SmtpListener smtp;
    private final FunctionHost ingest;
    private final JdbcSqlPort ownerSql;
    private final JdbcSqlPort appSql;
    private final JdbcSqlPort relaySql;
    /** The retention purge's timer (EventBridge Scheduler in AWS; ADR 0058). */
    private final java.util.concurrent.ScheduledExecutorService purgeTimer;

    private final com.benchcrm.persistence.postgres.PostgresPersistence persistence;
    private final LocalEventPlane events;
    private final boolean matching;
    private final TenantAdmin admin;
    private final long startupMillis;
    private boolean closed;
    private volatile long stopMillis = -1;
    /** The daily WorkAuthorizationExpiring run (set once after construction; absent when turned off). */
    private java.util.Optional<WorkAuthorizationTimer> workAuthorizationAlerts = java.util.Optional.empty();
    /** The daily notifications run: interviews tomorrow and the digests (absent when turned off). */
    private java.util.Optional<WorkAuthorizationTimer> dailyNotifications = java.util.Optional.empty();
    /** The outreach sweep: re-queues sends left QUEUED by a failed enqueue (absent when turned off). */
    private java.util.Optional<WorkAuthorizationTimer> outreachSweep = java.util.Optional.empty();

    /** The local ingest mail domain: a tenant's address is {@code <slug>@ingest.localhost}. */
    public static final String INGEST_DOMAIN = "ingest.localhost";

    public static final int DEFAULT_SMTP_PORT = 2525;

    private EmbeddedStack(
            StackHome home,
            LocalPostgres postgres,
            EdgeServer edge,
            SmtpListener smtp,
            FunctionHost ingest,
            JdbcSqlPort ownerSql,
            JdbcSqlPort appSql,
            JdbcSqlPort relaySql,
            LocalEventPlane events,
            boolean matching,
            TenantAdmin admin,
            long startupMillis) {
        this.home = home;
        this.postgres = postgres;
        this.edge = edge;
        this.smtp = smtp;
        this.ingest = ingest;
        this.ownerSql = ownerSql;
        this.appSql = appSql;
        this.relaySql = relaySql;
        this.purgeTimer = startPurgeTimer(relaySql);
        this.persistence = com.benchcrm.persistence.postgres.PostgresPersistence.over(appSql);
        this.events = events;
        this.matching = matching;
        this.admin = admin;
        this.startupMillis = startupMillis;
    }

    /**
     * Starts everything; {@code port} 0 picks a free port. Tuning (JVM system properties, e.g. in
     * {@code BENCHCRM_JAVA_OPTS}): {@code benchcrm.edge.threads} (default 32) HTTP worker threads,
     * {@code benchcrm.db.pool} (default 8) connections of the function's pool.
     *
     * @throws StackAlreadyRunningException when another stack uses this home
     */
    public static EmbeddedStack start(StackHome home, int port) {
        return start(home, port, DEFAULT_SMTP_PORT);
    }

    /** As {@link #start(StackHome, int)}, with the SMTP listener on {@code smtpPort} (0 picks a free port). */
    public static EmbeddedStack start(StackHome home, int port, int smtpPort) {
        long started = System.nanoTime();
        RunState.readLive(home.runState()).ifPresent(s -> {
            throw new StackAlreadyRunningException(home, s);
        });
        // the stack closes the models and the index itself, after the queues' handlers stopped
        MatchingAdapters.closedByCaller();
        Optional<RunState> crashed = RunState.readCrashed(home.runState());
        long startedAt = System.currentTimeMillis();
        try {
            Files.createDirectories(home.logs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicReference<LocalTokenIssuer> issuer = new AtomicReference<>();
        EdgeServer edge;
        try {
            edge = EdgeServer.start(
                    port,
                    () -> issuer.get().publicJwksJson(),
                    Integer.getInteger("benchcrm.edge.threads", 32),
                    CONSOLE);
        } catch (BindException e) {
            throw new IllegalStateException("port " + port + " on 127.0.0.1 is in use; choose another with --port", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LocalPostgres postgres = null;
        LocalEventPlane events = null;
        JdbcSqlPort appSql = null;
        JdbcSqlPort relaySql = null;
        SmtpListener smtp = null;
        try {
            String issuerName = "http://127.0.0.1:" + edge.port();
            issuer.set(LocalTokenIssuer.open(home.issuerKey(), issuerName, Clock.systemUTC()));
            postgres = LocalPostgres.start(home.postgres(), 0, false, false);
            Map<String, String> env = postgres.appEnvironment(Integer.getInteger("benchcrm.db.pool", 8));
            env.put("BENCHCRM_JWT_ISSUER", issuerName);
            env.put("BENCHCRM_JWT_AUDIENCE", TenantAdmin.AUDIENCE);
            env.put("BENCHCRM_JWKS_URL", issuerName + "/.well-known/jwks.json");
            env.put("BENCHCRM_METRICS", "off");
            env.put("BENCHCRM_WEBHOOK_ALLOW_LOOPBACK", "true");
            // webhook signing secrets sealed under a keyring of this home (KMS in AWS; ADR 0057)
            env.put("BENCHCRM_SECRET_KEYS", "file");
            env.put("BENCHCRM_SECRET_KEYRING", home.secretsKeyring().toString());

            // The asynchronous half: queues, bus and relay. The relay (and the re-arming of webhook timers)
            // connects as the relay role, the only one that may call the cross-tenant functions (ADR 0059).
            appSql = JdbcSqlPort.connect(
                    postgres.jdbcUrl(),
                    postgres.roles().appRole(),
                    postgres.roles().appPassword(),
                    4);
            relaySql = JdbcSqlPort.connect(
                    postgres.jdbcUrl(),
                    postgres.roles().relayRole(),
                    postgres.roles().relayPassword(),
                    2);
            com.benchcrm.persistence.postgres.PostgresPersistence relayDb =
                    com.benchcrm.persistence.postgres.PostgresPersistence.over(relaySql);
            events = LocalEventPlane.start(
                    relayDb.transactions(),
                    relayDb.outbox(),
                    LocalEventPlane.Settings.defaults(Optional.of(home.eventArchive())));
            env.put("BENCHCRM_SQS_ENDPOINT", events.sqs().endpoint().toString());
            env.put("BENCHCRM_WEBHOOK_QUEUE_URL", events.url("webhook"));
            env.put("BENCHCRM_WEBHOOK_DLQ_URL", events.url("webhook-dlq"));

            // inbound mail: the local folder is the raw-mail "bucket", dead letters are JSON files
            env.put("BENCHCRM_RAW_DIR", home.raw().toString());
            env.put("BENCHCRM_MODELS_DIR", home.models().toString());
            env.put("BENCHCRM_INGEST_DOMAIN", INGEST_DOMAIN);
            env.put("BENCHCRM_BLOB_MODE", "folder");
            env.put("BENCHCRM_DLQ_DIR", home.deadLetters().toString());
            // marketing mail: kept as .eml files under the home; unsubscribe links signed with a kept secret
            env.put("BENCHCRM_SENT_MAIL_DIR", home.sentMail().toString());
            env.put("BENCHCRM_UNSUBSCRIBE_SECRET", unsubscribeSecret(home));
            env.put("BENCHCRM_PUBLIC_BASE_URL", issuerName);
            // an approval queues one message per recipient; the outreachSender function sends (ADR 0095)
            env.put("BENCHCRM_OUTREACH_QUEUE_URL", events.url("outreach"));
            env.put("BENCHCRM_OUTREACH_DLQ_URL", events.url("outreach-dlq"));
            env.put("BENCHCRM_MAIL_SENDER", "eml");
            // extraction: the rules, unless this shell configured Bedrock (its AWS credentials come from the
            // SDK's default chain: environment, profile, SSO)
            for (String name : new String[] {
                "BENCHCRM_AI_MODE",
                "BENCHCRM_BEDROCK_MODEL_ID",
                "BENCHCRM_BEDROCK_ENDPOINT",
                "AI_MAX_TOKENS_DAY",
                "AWS_REGION"
            }) {
                String v = System.getenv(name);
                if (v != null && !v.isBlank()) {
                    env.put(name, v);
                }
            }
            // matching: MiniLM in-process and a Lucene index on disk, unless this shell turned it off
            String embeddings = Optional.ofNullable(System.getenv("BENCHCRM_EMBEDDINGS"))
                    .filter(v -> !v.isBlank())
                    .orElse("onnx");
            boolean matching = !embeddings.equalsIgnoreCase("off");
            env.put("BENCHCRM_EMBEDDINGS", embeddings);
            env.put("BENCHCRM_VECTOR_STORE", "lucene");
            env.put("BENCHCRM_VECTOR_DIR", home.vectors().toString());
            env.put("BENCHCRM_EMBED_DLQ_URL", events.url("embed-dlq"));
            env.put("BENCHCRM_MATCH_DLQ_URL", events.url("match-dlq"));
            if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
                System.setProperty("DJL_CACHE_DIR", home.djlCache().toString());
            }
            FunctionHost ingest = FunctionHost.start(
                    EmailIngestApplication.class.getName(),
                    EmailIngestApplication.FUNCTION_NAME,
                    "benchcrm-email-ingest",
                    service(env, "email-ingest"));
            FunctionHost function = FunctionHost.start(
                    HttpApiApplication.class.getName(),
                    HttpApiApplication.FUNCTION_NAME,
                    "benchcrm-http-api",
                    service(env, "http-api"));
            FunctionHost webhooks = FunctionHost.start(
                    WebhookDeliveryApplication.class.getName(),
                    WebhookDeliveryApplication.FUNCTION_NAME,
                    "benchcrm-webhook-delivery",
                    service(env, "webhook-delivery"));
            // the queues' consumers are background work: they yield the cores to the API's requests (ADR 0054)
            int nice = backgroundNice();
            events.attach("webhook", 10, 2, nice, webhooks::invoke);
            FunctionHost outreachSender = FunctionHost.start(
                    OutreachSenderApplication.class.getName(),
                    OutreachSenderApplication.FUNCTION_NAME,
                    "benchcrm-outreach-sender",
                    service(env, "outreach-sender"));
            events.attach("outreach", 10, 2, nice, outreachSender::invoke);
            // the same sweep as the 30-minute schedule in AWS (ADR 0095): rows still QUEUED after 30 minutes
            FunctionHost outreachSweepFunction = FunctionHost.start(
                    OutreachSenderApplication.class.getName(),
                    OutreachSenderApplication.SWEEP,
                    "benchcrm-outreach-sweep",
                    service(env, "outreach-sender"));
            // notifications: the notify consumer behind its queue, the daily job behind a timer, digests to a folder
            env.put("BENCHCRM_NOTIFY_DLQ_URL", events.url("notify-dlq"));
            env.put("BENCHCRM_MAIL_MODE", "folder");
            env.put("BENCHCRM_DIGEST_FROM", "notifications@benchcrm.localhost");
            env.put("BENCHCRM_DIGEST_DIR", home.digests().toString());
            env.put("BENCHCRM_CONSOLE_URL", "http://localhost:" + edge.port());
            FunctionHost notify = FunctionHost.start(
                    NotificationsApplication.class.getName(),
                    NotificationsApplication.NOTIFY,
                    "benchcrm-notify",
                    service(env, "notifications"));
            events.attach("notify", 10, 2, nice, notify::invoke);
            FunctionHost dailyNotificationsFunction = FunctionHost.start(
                    NotificationsApplication.class.getName(),
                    NotificationsApplication.DAILY,
                    "benchcrm-notifications-daily",
                    service(env, "notifications"));
            FunctionHost alertsFunction = FunctionHost.start(
                    WorkAuthorizationAlertsApplication.class.getName(),
                    WorkAuthorizationAlertsApplication.FUNCTION_NAME,
                    "benchcrm-work-authorization-alerts",
                    service(env, "work-authorization-alerts"));
            if (matching) {
                FunctionHost embed = FunctionHost.start(
                        MatchingApplication.class.getName(),
                        MatchingApplication.EMBED,
                        "benchcrm-embed",
                        service(env, MatchingApplication.EMBED));
                FunctionHost match = FunctionHost.start(
                        MatchingApplication.class.getName(),
                        MatchingApplication.MATCH,
                        "benchcrm-match",
                        service(env, MatchingApplication.MATCH));
                // one embedding at a time: ONNX takes a core per run, and a second run only halves the API's share
                events.attach("embed", 10, Integer.getInteger("benchcrm.embed.pollers", 1), nice, embed::invoke);
                events.attach("match", 10, 2, nice, match::invoke);
            } else {
                LOG.info("BENCHCRM_EMBEDDINGS=off: no embedding, no automatic match runs");
            }
            recover(events, relaySql, crashed);
            events.startRelay();
            edge.route(function::invoke);
            try {
                smtp = SmtpListener.start(
                        smtpPort,
                        INGEST_DOMAIN,
                        new FolderBlobStore(home.raw()),
                        ingest,
                        new FolderDeadLetters(home.deadLetters()));
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        "SMTP port " + smtpPort + " on 127.0.0.1 is in use; choose another with --smtp-port", e);
            }
            JdbcSqlPort owner = JdbcSqlPort.connect(
                    postgres.jdbcUrl(),
                    postgres.roles().ownerRole(),
                    postgres.roles().ownerPassword(),
                    2);
            sealLegacyWebhookSecrets(home, owner, appSql);
            // sign-in for the console: the local OpenID provider and /console-config.json (ADR 0060)
            ConsoleSignIn.mount(edge, issuer.get(), owner, appSql, INGEST_DOMAIN);
            new RunState(
                            ProcessHandle.current().pid(),
                            edge.port(),
                            postgres.port(),
                            events.sqs().port(),
                            smtp.port(),
                            startedAt,
                            crashed.map(RunState::replayFrom).orElse(startedAt))
                    .write(home.runState());
            EmbeddedStack stack = new EmbeddedStack(
                    home,
                    postgres,
                    edge,
                    smtp,
                    ingest,
                    owner,
                    appSql,
                    relaySql,
                    events,
                    matching,
                    new TenantAdmin(com.benchcrm.persistence.postgres.PostgresPersistence.over(owner), issuer.get()),
                    (System.nanoTime() - started) / 1_000_000);
            stack.workAuthorizationAlerts = WorkAuthorizationTimer.start(
                    alertsFunction,
                    System.getenv("BENCHCRM_WORK_AUTH_ALERTS_EVERY"),
                    Duration.parse(System.getProperty(WORK_AUTH_ALERTS_FIRST_DELAY, "PT30S")));
            stack.dailyNotifications = WorkAuthorizationTimer.start(
                    "notifications-daily",
                    dailyNotificationsFunction,
                    System.getenv("BENCHCRM_NOTIFICATIONS_DAILY_EVERY"),
                    Duration.ofSeconds(45));
            stack.outreachSweep = WorkAuthorizationTimer.start(
                    "outreach-sweep",
                    outreachSweepFunction,
                    Optional.ofNullable(System.getenv("BENCHCRM_OUTREACH_SWEEP_EVERY"))
                            .orElse("PT30M"),
                    Duration.ofMinutes(2));
            return stack;
        } catch (RuntimeException | Error e) {
            // an Error too (a class initializer that failed): nothing started may outlive a failed start
            edge.close();
            if (smtp != null) {
                smtp.close();
            }
            if (events != null) {
                events.close();
            }
            if (appSql != null) {
                closeQuietly(appSql);
            }
            if (relaySql != null) {
                closeQuietly(relaySql);
            }
            if (postgres != null) {
                postgres.close();
            }
            throw e;
        }
    }

    public int port() {
        return edge.port();
    }

    /**
     * The CPU priority of the queues' consumers ({@code -Dbenchcrm.background.nice}, default 10, 0
     * leaves them at the API's priority): see {@link com.benchcrm.local.events.BackgroundPriority}.
     */
    static int backgroundNice() {
        int nice = Integer.getInteger("benchcrm.background.nice", 10);
        if (nice < 0 || nice > 19) {
            throw new IllegalArgumentException("benchcrm.background.nice must be 0-19, not " + nice);
        }
        return nice;
    }

    /**
     * The web console built into this stack (web/dist on the class path). The OpenID provider's
     * origins, when it is not this origin, come from {@code -Dbenchcrm.console.auth-origins}
     * (space-separated) and are allowed by the console's Content-Security-Policy.
     */
    static final ConsoleAssets CONSOLE = ConsoleAssets.fromClassPath(
            "console",
            java.util.Arrays.stream(System.getProperty("benchcrm.console.auth-origins", "")
                            .split("\\s+"))
                    .filter(o -> !o.isBlank())
                    .toList());

    /** The console's URL, or empty when the stack was built without it ({@code -Dconsole.skip}). */
    public Optional<String> consoleUrl() {
        return CONSOLE.present() ? Optional.of(baseUrl() + "/") : Optional.empty();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + edge.port();
    }

    public TenantAdmin admin() {
        return admin;
    }

    public int smtpPort() {
        return smtp.port();
    }

    SmtpListener smtp() {
        return smtp;
    }

    /** The e-mail ingest function, as the SMTP listener invokes it. */
    FunctionHost ingestFunction() {
        return ingest;
    }

    public StackHome home() {
        return home;
    }

    public long startupMillis() {
        return startupMillis;
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    /** Whether the embed and match functions run (BENCHCRM_EMBEDDINGS is not off). */
    public boolean matching() {
        return matching;
    }

    /**
     * The embedding model and vector index the stack's functions use (the same process-wide instances), or empty
     * when matching is off.
     */
    /**
     * When the work authorization alerts first run after the start (ISO-8601 duration, default 30 s);
     * {@code ./benchcrm demo} puts it off so that the demo's consultants have their owners first.
     */
    static final String WORK_AUTH_ALERTS_FIRST_DELAY = "benchcrm.work-auth-alerts.first-delay";

    /** Runs the work authorization alerts once now (no-op when they are off) and waits for the run. */
    void runWorkAuthorizationAlerts() {
        workAuthorizationAlerts.ifPresent(WorkAuthorizationTimer::runNow);
    }

    Optional<com.benchcrm.matching.adapters.MatchingAdapters> matchingAdapters() {
        if (!matching) {
            return Optional.empty();
        }
        return com.benchcrm.matching.adapters.MatchingAdapters.fromEnvironment(name -> switch (name) {
            case "BENCHCRM_EMBEDDINGS" ->
                Optional.ofNullable(System.getenv(name))
                        .filter(v -> !v.isBlank())
                        .orElse("onnx");
            case "BENCHCRM_VECTOR_STORE" -> "lucene";
            case "BENCHCRM_VECTOR_DIR" -> home.vectors().toString();
            default -> System.getenv(name);
        });
    }

    /** The application role's pool (row-level security applies: every query is in one tenant). */
    JdbcSqlPort appSql() {
        return appSql;
    }

    /** The repositories over the application role's pool. */
    com.benchcrm.persistence.postgres.PostgresPersistence persistence() {
        return persistence;
    }

    /** True when {@code queue} has nothing visible or in flight. */
    boolean queueIdle(String queue) {
        var a = events.sqs()
                .queues()
                .client()
                .getQueueAttributes(b -> b.queueUrl(events.url(queue))
                        .attributeNamesWithStrings(
                                "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"))
                .attributesAsStrings();
        return "0".equals(a.get("ApproximateNumberOfMessages"))
                && "0".equals(a.get("ApproximateNumberOfMessagesNotVisible"));
    }

    /** The queues, bus and relay. */
    public LocalEventPlane events() {
        return events;
    }

    /** {@code env} with the function's POWERTOOLS_SERVICE_NAME, as the CDK app sets it in AWS. */
    private static Map<String, String> service(Map<String, String> env, String serviceName) {
        Map<String, String> own = new LinkedHashMap<>(env);
        own.put("POWERTOOLS_SERVICE_NAME", serviceName);
        return own;
    }

    /**
     * Runs the retention purge two minutes after the start, then every six hours, as the relay role
     * (the embedded counterpart of the daily EventBridge Scheduler schedule). Tuning:
     * {@code benchcrm.purge.every} (ISO-8601, default PT6H).
     */
    private static java.util.concurrent.ScheduledExecutorService startPurgeTimer(JdbcSqlPort relaySql) {
        com.benchcrm.persistence.postgres.PostgresPersistence relay =
                com.benchcrm.persistence.postgres.PostgresPersistence.over(relaySql);
        Clock clock = Clock.systemUTC();
        com.benchcrm.retention.Purge purge = new com.benchcrm.retention.Purge(
                relay.transactions(),
                relay.purge(),
                new com.benchcrm.common.Ids(clock),
                clock,
                com.benchcrm.retention.Purge.Settings.defaults());
        java.time.Duration every = java.time.Duration.parse(System.getProperty("benchcrm.purge.every", "PT6H"));
        java.util.concurrent.ScheduledExecutorService timer =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r ->
                        Thread.ofPlatform().daemon(true).name("retention-purge").unstarted(r));
        timer.scheduleWithFixedDelay(
                () -> {
                    try {
                        com.benchcrm.retention.Purge.Report r = purge.run("local-purge-" + clock.instant());
                        if (r.total() > 0) {
                            LOG.info(
                                    "retention purge removed {} records of {} tenants",
                                    r.total(),
                                    r.removed().size());
                        }
                    } catch (RuntimeException e) {
                        LOG.warn("retention purge failed; the next run tries again: {}", e.toString());
                    }
                },
                120,
                every.toSeconds(),
                java.util.concurrent.TimeUnit.SECONDS);
        return timer;
    }

    /**
     * Seals the webhook signing secrets a home made before envelope encryption still holds in the
     * clear (ADR 0057); a no-op once they are sealed.
     */
    private static void sealLegacyWebhookSecrets(StackHome home, JdbcSqlPort owner, JdbcSqlPort appSql) {
        com.benchcrm.persistence.postgres.PostgresPersistence asOwner =
                com.benchcrm.persistence.postgres.PostgresPersistence.over(owner);
        com.benchcrm.persistence.postgres.PostgresPersistence app =
                com.benchcrm.persistence.postgres.PostgresPersistence.over(appSql);
        com.benchcrm.webhook.WebhookSecrets secrets = new com.benchcrm.webhook.WebhookSecrets(
                app.transactions(),
                app.webhooks(),
                new com.benchcrm.secrets.SecretSealer(com.benchcrm.secrets.FileKeyring.open(home.secretsKeyring())));
        int sealed = 0;
        for (com.benchcrm.tenancy.TenantId tenant : new com.benchcrm.tenancy.TenantDirectory(
                        asOwner.transactions(), asOwner.tenants())
                .all()
                .keySet()) {
            sealed += secrets.sealLegacy(tenant);
        }
        if (sealed > 0) {
            LOG.info("sealed {} webhook signing secrets stored in the clear by an earlier version", sealed);
        }
    }

    /**
     * What the in-memory queues lost when the stack stopped: retry timers always (every pending
     * webhook delivery gets a fresh one), and after a crash the events that were routed but not yet
     * consumed (the archive since the crashed run started is routed again; consumers dedupe).
     */
    private static void recover(LocalEventPlane events, JdbcSqlPort relaySql, Optional<RunState> crashed) {
        com.benchcrm.persistence.postgres.PostgresPersistence db =
                com.benchcrm.persistence.postgres.PostgresPersistence.over(relaySql);
        int rearmed = new WebhookTimers(
                        db.transactions(),
                        db.webhookDeliveries(),
                        new SqsDeliveryTimer(events.sqs().queues(), events.url("webhook"), Clock.systemUTC()))
                .rearm();
        if (rearmed > 0) {
            LOG.info("re-armed the retry timers of {} pending webhook deliveries", rearmed);
        }
        if (crashed.isPresent() && crashed.get().replayFrom() > 0) {
            int replayed =
                    events.replayArchive(Instant.ofEpochMilli(crashed.get().replayFrom()));
            LOG.warn("the previous run did not stop cleanly; routed {} archived events again", replayed);
        }
    }

    /**
     * Stops in order, so nothing runs on what is already closed: the edge and the SMTP listener
     * first (no new requests or mail; requests in flight finish, up to 5 s), then the relay and the
     * SQS event sources (the queues drain for up to {@code benchcrm.stop.drain}, default 5 s; the
     * invocations in flight finish, up to {@code benchcrm.stop.inflight}, default 30 s), then the
     * embedding model (it waits for a run in flight) and the vector index, the pools, and PostgreSQL
     * last. When something queued was left behind, the run state stays (marked {@code drained=false})
     * and the next start routes the archived events again, as after a crash. Idempotent; prints
     * nothing, logs the stop time.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long t0 = System.nanoTime();
        purgeTimer.shutdownNow();
        workAuthorizationAlerts.ifPresent(WorkAuthorizationTimer::close);
        dailyNotifications.ifPresent(WorkAuthorizationTimer::close);
        outreachSweep.ifPresent(WorkAuthorizationTimer::close);
        closeQuietly(edge);
        closeQuietly(smtp);
        boolean drained = events.close(
                Duration.ofMillis(Long.getLong("benchcrm.stop.drain", 5_000)),
                Duration.ofMillis(Long.getLong("benchcrm.stop.inflight", 30_000)));
        MatchingAdapters.closeAll();
        closeQuietly(appSql);
        closeQuietly(relaySql);
        closeQuietly(ownerSql);
        postgres.close();
        try {
            if (drained) {
                Files.deleteIfExists(home.runState());
            } else {
                RunState.markUndrained(home.runState());
            }
        } catch (IOException | RuntimeException ignored) {
            // a stale state file of a dead process is read as a crash: the archive is routed again
        }
        stopMillis = (System.nanoTime() - t0) / 1_000_000;
        LOG.info(
                "stopped in {} ms ({})",
                stopMillis,
                drained ? "queues drained" : "queued work left: it is routed again at the next start");
    }

    /** How long {@link #close()} took, in milliseconds (-1 before it ran). */
    public long stopMillis() {
        return stopMillis;
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing anyway
        }
    }

    /** Another stack already runs on this home. */
    public static final class StackAlreadyRunningException extends RuntimeException {
        public StackAlreadyRunningException(StackHome home, RunState state) {
            super("a BenchCRM stack is already running on " + home.root() + " (pid " + state.pid()
                    + "): API http://127.0.0.1:"
                    + state.httpPort() + ", SMTP 127.0.0.1:" + state.smtpPort() + ", PostgreSQL 127.0.0.1:"
                    + state.postgresPort()
                    + ", SQS http://127.0.0.1:" + state.sqsPort()
                    + ". Use that one (./benchcrm token, events, ingest talk to it),"
                    + " or stop it (Ctrl-C in its terminal, or kill " + state.pid()
                    + ") first; another home: BENCHCRM_HOME=<dir>");
        }
    }

    /** The unsubscribe secret of this home, created (random, 32 bytes, hex) on first use. */
    static String unsubscribeSecret(StackHome home) {
        java.nio.file.Path file = home.unsubscribeSecret();
        try {
            if (java.nio.file.Files.exists(file)) {
                return java.nio.file.Files.readString(file).trim();
            }
            byte[] bytes = new byte[32];
            new java.security.SecureRandom().nextBytes(bytes);
            String secret = java.util.HexFormat.of().formatHex(bytes);
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, secret + "\n");
            return secret;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot keep the unsubscribe secret at " + file, e);
        }
    }
}
