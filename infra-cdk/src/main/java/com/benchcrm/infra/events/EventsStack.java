package com.benchcrm.infra.events;

import com.benchcrm.events.EventRouting;
import com.benchcrm.infra.config.DeploymentConfig;
import com.benchcrm.infra.constructs.JavaFunction;
import com.benchcrm.infra.constructs.QueueWithDlq;
import com.benchcrm.infra.database.AuroraDatabase;
import com.benchcrm.infra.database.DataStack;
import com.benchcrm.infra.nag.Suppress;
import com.benchcrm.infra.platform.PlatformStack;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.events.targets.LambdaFunctionProps;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
import software.constructs.Construct;

/**
 * The scheduled or queued functions around the outbox, notifications and outreach mail, each from its own artifact:
 *
 * <ul>
 *   <li>the outbox relay ({@code functions/outbox-relay}, function {@code outboxRelay}), invoked every
 *       minute by a schedule rule; it drains the outbox to the bus for up to 50 s per invocation
 *       (ADR 0011). Its failures go to the async-failures queue. Environment: {@code OutboxRelayConfig}.</li>
 *   <li>webhook delivery ({@code functions/webhook-delivery}, function {@code webhookDelivery}), on the
 *       webhook queue with partial batch responses; it sends retry timers to that queue and poison
 *       messages to its DLQ (ADR 0012). Environment: {@code WebhookDeliveryConfig}.</li>
 *   <li>the work authorization alerts ({@code functions/work-authorization-alerts}, function
 *       {@code workAuthorizationAlerts}), once a day by a schedule rule; it writes notices and outbox
 *       rows only (ADR 0082). Environment: {@code WorkAuthorizationAlertsConfig} (SQL only).</li>
 *   <li>notifications ({@code functions/notifications}): {@code notify} on the notify queue with partial batch
 *       responses (ADR 0096), and {@code notificationsDaily} once a day by an EventBridge Scheduler schedule, which
 *       sends the digests with SES v2 (ADR 0098). Environment: {@code NotificationsConfig}.</li>
 *   <li>outreach mail ({@code functions/outreach-sender}): {@code outreachSender} on the outreach queue and
 *       {@code outreachFeedback} on the feedback queue, both with partial batch responses (ADRs 0095, 0099), and
 *       {@code outreachSweep} every 30 minutes (rows an approval could not hand to the queue); each marketing
 *       tenant's right to send is a policy on the sender's role in the tenants stack. Environment:
 *       {@code OutreachSenderConfig}.</li>
 * </ul>
 */
public final class EventsStack extends Stack {

    public static final String HANDLER =
            "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest";
    static final String RELAY_MAIN_CLASS = "com.benchcrm.function.outboxrelay.OutboxRelayApplication";
    static final String WEBHOOK_MAIN_CLASS = "com.benchcrm.function.webhookdelivery.WebhookDeliveryApplication";
    static final String ALERTS_MAIN_CLASS =
            "com.benchcrm.function.workauthorizationalerts.WorkAuthorizationAlertsApplication";
    static final String NOTIFICATIONS_MAIN_CLASS = "com.benchcrm.function.notifications.NotificationsApplication";
    static final String OUTREACH_MAIN_CLASS = "com.benchcrm.function.outreachsender.OutreachSenderApplication";
    /** Messages per outreach invocation: each is one SES send in one transaction. */
    public static final int OUTREACH_BATCH_SIZE = 10;
    /** Concurrent outreach senders: SES's sending rate is the account's, shared by every tenant. */
    public static final int OUTREACH_MAX_CONCURRENCY = 5;
    /** Messages per notify invocation: each is one transaction of a few statements. */
    public static final int NOTIFY_BATCH_SIZE = 10;
    /** Messages per webhook invocation: each may wait up to the 10 s attempt timeout. */
    public static final int WEBHOOK_BATCH_SIZE = 5;

    private final JavaFunction relay;
    private final software.amazon.awscdk.services.scheduler.CfnSchedule purgeSchedule;
    private final JavaFunction webhooks;
    private final Rule schedule;
    private final JavaFunction workAuthorizationAlerts;
    private final Rule workAuthorizationSchedule;
    private final JavaFunction notify;
    private final JavaFunction notificationsDaily;
    private final software.amazon.awscdk.services.scheduler.CfnSchedule notificationsSchedule;
    private final JavaFunction outreachSender;
    private final JavaFunction outreachFeedback;
    private final JavaFunction outreachSweep;
    private final software.amazon.awscdk.services.scheduler.CfnSchedule outreachSweepSchedule;

    public EventsStack(
            Construct scope,
            String id,
            StackProps props,
            DeploymentConfig config,
            PlatformStack platform,
            DataStack data,
            Code outboxRelayCode,
            Code webhookDeliveryCode,
            Code workAuthorizationAlertsCode,
            Code notificationsCode,
            Code outreachSenderCode,
            String publicBaseUrl) {
        super(scope, id, props);
        AuroraDatabase db = data.database();
        QueueWithDlq webhookQueue = platform.events().webhookQueue();

        Map<String, String> relayEnv = database(db, RELAY_MAIN_CLASS, "outboxRelay");
        // the relay connects as its own role, the only one that may call the cross-tenant functions (ADR 0059)
        relayEnv.put("BENCHCRM_DB_SECRET_ARN", db.relaySecret().getSecretArn());
        relayEnv.put("BENCHCRM_EVENT_BUS_NAME", platform.events().bus().getEventBusName());
        relayEnv.put("BENCHCRM_RELAY_BUDGET", "PT50S");
        this.relay = new JavaFunction(
                this,
                "OutboxRelay",
                JavaFunction.Props.builder()
                        .description("BenchCRM outbox relay: committed domain events to EventBridge, every minute")
                        .code(outboxRelayCode)
                        .handler(HANDLER)
                        .serviceName("outbox-relay")
                        .memorySize(1024)
                        .timeout(Duration.seconds(60))
                        .environment(relayEnv)
                        .logKey(platform.keys().logsKey())
                        .onFailure(platform.events().asyncFailures())
                        .retryAttempts(0)
                        .build());
        db.grantRelayDataApiAccess(relay.role());
        platform.events().bus().grantPutEventsTo(relay.role());
        this.schedule = Rule.Builder.create(this, "RelaySchedule")
                .description("Runs the outbox relay every minute (each run drains for up to 50 s)")
                .schedule(Schedule.rate(Duration.minutes(1)))
                .targets(List.of(new LambdaFunction(
                        relay.alias(),
                        LambdaFunctionProps.builder()
                                .retryAttempts(0)
                                .maxEventAge(Duration.minutes(1))
                                .build())))
                .build();
        // The retention purge (ADR 0058): the relay's live alias with {"command":"purge"} every hour (each run purges
        // for at most the function's remaining time; what is left waits an hour)
        this.purgeSchedule = schedule(
                this,
                "PurgeSchedule",
                relay,
                platform,
                new ScheduleSpec(
                        "Lets EventBridge Scheduler invoke the outbox relay function's purge",
                        "BenchCRM retention purge: every tenant's records past its retention, in bounded batches",
                        "the relay function's",
                        "cron(7 * * * ? *)",
                        "{\"command\":\"purge\"}",
                        3600));

        // The daily WorkAuthorizationExpiring job (ADR 0082): the workAuthorizationAlerts function
        // (functions/work-authorization-alerts),
        // once a day at 13:00 UTC (morning in the US); it writes notices and outbox rows only, the relay publishes
        // them.
        this.workAuthorizationAlerts = new JavaFunction(
                this,
                "WorkAuthorizationAlerts",
                JavaFunction.Props.builder()
                        .description(
                                "BenchCRM WorkAuthorizationExpiring: work authorizations ending within each tenant's lead time, daily")
                        .code(workAuthorizationAlertsCode)
                        .handler(HANDLER)
                        .serviceName("work-authorization-alerts")
                        .memorySize(512)
                        .timeout(Duration.minutes(5))
                        .environment(database(db, ALERTS_MAIN_CLASS, "workAuthorizationAlerts"))
                        .logKey(platform.keys().logsKey())
                        .onFailure(platform.events().asyncFailures())
                        .retryAttempts(2)
                        .build());
        db.grantDataApiAccess(workAuthorizationAlerts.role());
        this.workAuthorizationSchedule = Rule.Builder.create(this, "WorkAuthorizationSchedule")
                .description("Runs the work authorization alerts once a day (13:00 UTC); reruns announce nothing twice")
                .schedule(Schedule.cron(software.amazon.awscdk.services.events.CronOptions.builder()
                        .minute("0")
                        .hour("13")
                        .build()))
                .targets(List.of(new LambdaFunction(
                        workAuthorizationAlerts.alias(),
                        LambdaFunctionProps.builder()
                                .retryAttempts(2)
                                .maxEventAge(Duration.hours(2))
                                .build())))
                .build();

        // Notifications (ADRs 0096-0098): notify on the notify queue, notificationsDaily on a daily schedule
        QueueWithDlq notifyQueue = platform.events().notifyQueue();
        Map<String, String> notifyEnv = database(db, NOTIFICATIONS_MAIN_CLASS, "notify");
        notifyEnv.put("BENCHCRM_NOTIFY_DLQ_URL", notifyQueue.deadLetterQueue().getQueueUrl());
        notifyEnv.put(
                "BENCHCRM_MAX_RECEIVES",
                Integer.toString(EventRouting.load().queue("notify").maxReceiveCount()));
        this.notify = queueConsumer(
                "Notify",
                "BenchCRM notify: domain events to the notifications of the users they concern",
                notificationsCode,
                "notifications",
                512,
                // the queue's visibility timeout (120 s) is at least this times the batch's share
                Duration.seconds(20),
                notifyEnv,
                db,
                platform);
        consume(notify, "notify", notifyQueue, NOTIFY_BATCH_SIZE, 5, false);
        Map<String, String> dailyEnv = database(db, NOTIFICATIONS_MAIN_CLASS, "notificationsDaily");
        // the ingest domain is a verified SES identity of the deployment (it receives the tenants' mail)
        String digestFrom = "notifications@" + config.ingestDomain();
        dailyEnv.put("BENCHCRM_MAIL_MODE", "ses");
        dailyEnv.put("BENCHCRM_DIGEST_FROM", digestFrom);
        if (config.hasConsole() && !config.console().callbackUrls().isEmpty()) {
            // the digest's links: the console's origin (its first sign-in callback without the path)
            java.net.URI callback =
                    java.net.URI.create(config.console().callbackUrls().get(0));
            dailyEnv.put("BENCHCRM_CONSOLE_URL", callback.getScheme() + "://" + callback.getAuthority());
        }
        this.notificationsDaily = new JavaFunction(
                this,
                "NotificationsDaily",
                JavaFunction.Props.builder()
                        .description("BenchCRM daily notifications: interviews tomorrow, the digest mails")
                        .code(notificationsCode)
                        .handler(HANDLER)
                        .serviceName("notifications")
                        .memorySize(512)
                        .timeout(Duration.minutes(5))
                        .environment(dailyEnv)
                        .logKey(platform.keys().logsKey())
                        .onFailure(platform.events().asyncFailures())
                        .retryAttempts(2)
                        .build());
        db.grantDataApiAccess(notificationsDaily.role());
        notificationsDaily
                .role()
                .addToPrincipalPolicy(software.amazon.awscdk.services.iam.PolicyStatement.Builder.create()
                        .actions(List.of("ses:SendEmail"))
                        .resources(List.of("arn:" + software.amazon.awscdk.Aws.PARTITION + ":ses:"
                                + software.amazon.awscdk.Aws.REGION + ":" + software.amazon.awscdk.Aws.ACCOUNT_ID
                                + ":identity/*"))
                        .conditions(Map.of("StringEquals", Map.of("ses:FromAddress", digestFrom)))
                        .build());
        Suppress.on(
                notificationsDaily.role(),
                "IAM5",
                "SES authorizes SendEmail on the recipients' and the sender's identities; the wildcard is the identity "
                        + "name, and the condition pins the sender to the digest address.",
                Suppress.matching("^Resource::arn:<AWS::Partition>:ses:<AWS::Region>:<AWS::AccountId>:identity/\\*$"));
        this.notificationsSchedule = schedule(
                this,
                "NotificationsDailySchedule",
                notificationsDaily,
                platform,
                new ScheduleSpec(
                        "Lets EventBridge Scheduler invoke the daily notifications function",
                        "BenchCRM daily notifications: interviews tomorrow and the digest mails (13:30 UTC)",
                        "the function's",
                        "cron(30 13 * * ? *)",
                        "{}",
                        7200));

        Map<String, String> webhookEnv = database(db, WEBHOOK_MAIN_CLASS, "webhookDelivery");
        webhookEnv.put("BENCHCRM_WEBHOOK_QUEUE_URL", webhookQueue.queue().getQueueUrl());
        webhookEnv.put(
                "BENCHCRM_WEBHOOK_DLQ_URL", webhookQueue.deadLetterQueue().getQueueUrl());
        webhookEnv.put(
                "BENCHCRM_WEBHOOK_MAX_RECEIVES",
                Integer.toString(EventRouting.load().queue("webhook").maxReceiveCount()));
        // a batch ends 10 s before the 60 s timeout at the latest; what could not start is deferred (ADR 0055)
        webhookEnv.put("BENCHCRM_WEBHOOK_BATCH_TIME", "PT40S");
        webhookEnv.put("BENCHCRM_SECRET_KEYS", "kms");
        webhookEnv.put(
                "BENCHCRM_TENANT_KEY_ALIAS_PREFIX",
                com.benchcrm.infra.constructs.TenantKey.aliasPrefix(config.deployment()));
        this.webhooks = queueConsumer(
                "WebhookDelivery",
                "BenchCRM partner webhooks: signed deliveries, retries, dead letters",
                webhookDeliveryCode,
                "webhook-delivery",
                1024,
                Duration.seconds(60),
                webhookEnv,
                db,
                platform);
        com.benchcrm.infra.constructs.TenantKey.grantSecretSealing(
                webhooks.role(), config.deployment(), List.of("kms:Decrypt"));
        consume(webhooks, "webhook", webhookQueue, WEBHOOK_BATCH_SIZE, 10, true);

        // Marketing mail (ADRs 0095, 0099): outreachSender on the outreach queue sends through SES as the tenant
        // (its right to, per tenant, is in the tenants stack), outreachFeedback on the feedback queue suppresses
        // bounced and complaining addresses. Both read the unsubscribe secret once at start.
        QueueWithDlq outreachQueue = platform.events().queue("outreach");
        QueueWithDlq feedbackQueue = platform.events().queue("feedback");
        software.amazon.awscdk.services.secretsmanager.ISecret unsubscribe =
                platform.outreachMail().unsubscribeSecret();
        Map<String, String> senderEnv = database(db, OUTREACH_MAIN_CLASS, "outreachSender");
        senderEnv.put(
                "BENCHCRM_OUTREACH_DLQ_URL", outreachQueue.deadLetterQueue().getQueueUrl());
        senderEnv.put(
                "BENCHCRM_OUTREACH_MAX_RECEIVES",
                Integer.toString(EventRouting.load().queue("outreach").maxReceiveCount()));
        senderEnv.put("BENCHCRM_MAIL_SENDER", "ses");
        senderEnv.put("BENCHCRM_SES_CONFIGURATION_SET_PREFIX", config.configurationSetPrefix());
        senderEnv.put("BENCHCRM_UNSUBSCRIBE_SECRET_ARN", unsubscribe.getSecretArn());
        // the public one-click unsubscribe route (POST /v1/unsubscribe/{token}) is on the HTTP API
        senderEnv.put("BENCHCRM_PUBLIC_BASE_URL", publicBaseUrl);
        this.outreachSender = queueConsumer(
                "OutreachSender",
                "BenchCRM outreach sender: approved marketing mail through SES, once per recipient",
                outreachSenderCode,
                "outreach-sender",
                1024,
                // the outreach queue's visibility timeout (120 s) is twice this
                Duration.seconds(60),
                senderEnv,
                db,
                platform);
        platform.outreachMail().grantReadUnsubscribeSecret(outreachSender.role());
        consume(outreachSender, "outreach", outreachQueue, OUTREACH_BATCH_SIZE, OUTREACH_MAX_CONCURRENCY, false);

        Map<String, String> feedbackEnv = database(db, OUTREACH_MAIN_CLASS, "outreachFeedback");
        // the artifact's configuration wants a send DLQ: the feedback function's poison goes to its own queue's DLQ
        feedbackEnv.put(
                "BENCHCRM_OUTREACH_DLQ_URL", feedbackQueue.deadLetterQueue().getQueueUrl());
        feedbackEnv.put(
                "BENCHCRM_FEEDBACK_DLQ_URL", feedbackQueue.deadLetterQueue().getQueueUrl());
        feedbackEnv.put(
                "BENCHCRM_FEEDBACK_MAX_RECEIVES",
                Integer.toString(EventRouting.load().queue("feedback").maxReceiveCount()));
        feedbackEnv.put("BENCHCRM_MAIL_SENDER", "ses");
        feedbackEnv.put("BENCHCRM_UNSUBSCRIBE_SECRET_ARN", unsubscribe.getSecretArn());
        this.outreachFeedback = queueConsumer(
                "OutreachFeedback",
                "BenchCRM SES feedback: bounces and complaints suppress the address in its tenant",
                outreachSenderCode,
                "outreach-sender",
                512,
                // the feedback queue's visibility timeout (60 s) is twice this
                Duration.seconds(30),
                feedbackEnv,
                db,
                platform);
        platform.outreachMail().grantReadUnsubscribeSecret(outreachFeedback.role());
        consume(outreachFeedback, "feedback", feedbackQueue, 10, 2, false);

        // The sweep (ADR 0095): rows an approval committed but could not hand to the send queue, re-queued every
        // 30 minutes (those queued 30 minutes to a day ago and still QUEUED; the worker sends a row only once)
        Map<String, String> sweepEnv = database(db, OUTREACH_MAIN_CLASS, "outreachSweep");
        sweepEnv.put("BENCHCRM_OUTREACH_QUEUE_URL", outreachQueue.queue().getQueueUrl());
        sweepEnv.put(
                "BENCHCRM_OUTREACH_DLQ_URL", outreachQueue.deadLetterQueue().getQueueUrl());
        sweepEnv.put("BENCHCRM_MAIL_SENDER", "ses");
        sweepEnv.put("BENCHCRM_UNSUBSCRIBE_SECRET_ARN", unsubscribe.getSecretArn());
        this.outreachSweep = new JavaFunction(
                this,
                "OutreachSweep",
                JavaFunction.Props.builder()
                        .description("BenchCRM outreach sweep: approved mail that never reached the send queue, again")
                        .code(outreachSenderCode)
                        .handler(HANDLER)
                        .serviceName("outreach-sender")
                        .memorySize(512)
                        .timeout(Duration.minutes(5))
                        .environment(sweepEnv)
                        .logKey(platform.keys().logsKey())
                        .onFailure(platform.events().asyncFailures())
                        .retryAttempts(2)
                        .build());
        db.grantDataApiAccess(outreachSweep.role());
        platform.outreachMail().grantReadUnsubscribeSecret(outreachSweep.role());
        outreachQueue.queue().grantSendMessages(outreachSweep.role());
        Suppress.on(
                outreachSweep.role(),
                "IAM5",
                "CDK's grant to send to the KMS-encrypted outreach queue (the re-queued rows) names the KMS action "
                        + "families (GenerateDataKey*, ReEncrypt*) on the data key's ARN only.",
                "Action::kms:GenerateDataKey*",
                "Action::kms:ReEncrypt*");
        this.outreachSweepSchedule = schedule(
                this,
                "OutreachSweepSchedule",
                outreachSweep,
                platform,
                new ScheduleSpec(
                        "Lets EventBridge Scheduler invoke the outreach sweep",
                        "BenchCRM outreach sweep: QUEUED rows that never reached the send queue, every 30 minutes",
                        "the sweep function's",
                        "rate(30 minutes)",
                        "{}",
                        1800));
    }

    /** {@code outreachSweep}: every 30 minutes, rows left QUEUED by a failed enqueue go to the send queue again. */
    public JavaFunction outreachSweep() {
        return outreachSweep;
    }

    public software.amazon.awscdk.services.scheduler.CfnSchedule outreachSweepSchedule() {
        return outreachSweepSchedule;
    }

    /** {@code outreachSender}: approved mail from the outreach queue to SES. */
    public JavaFunction outreachSender() {
        return outreachSender;
    }

    /** {@code outreachFeedback}: SES bounces and complaints from the feedback queue. */
    public JavaFunction outreachFeedback() {
        return outreachFeedback;
    }

    /**
     * A function on an SQS work queue: the one shape of the queue consumers (no on-failure destination: a message
     * that keeps failing goes to its queue's DLQ by the redrive policy), with the RDS Data API as the application
     * role. Its event source is {@link #consume}.
     */
    private JavaFunction queueConsumer(
            String id,
            String description,
            Code code,
            String serviceName,
            int memorySize,
            Duration timeout,
            Map<String, String> environment,
            AuroraDatabase db,
            PlatformStack platform) {
        JavaFunction fn = new JavaFunction(
                this,
                id,
                JavaFunction.Props.builder()
                        .description(description)
                        .code(code)
                        .handler(HANDLER)
                        .serviceName(serviceName)
                        .memorySize(memorySize)
                        .timeout(timeout)
                        .environment(environment)
                        .logKey(platform.keys().logsKey())
                        .build());
        db.grantDataApiAccess(fn.role());
        return fn;
    }

    /**
     * {@code fn}'s live alias consumes {@code queue} with partial batch responses ({@code ReportBatchItemFailures}):
     * it may send poison messages to the queue's DLQ (with why) and, when it {@code requeues} (retry timers), to the
     * queue itself.
     */
    private static void consume(
            JavaFunction fn, String name, QueueWithDlq queue, int batchSize, int maxConcurrency, boolean requeues) {
        if (requeues) {
            queue.queue().grantSendMessages(fn.role());
        }
        queue.deadLetterQueue().grantSendMessages(fn.role());
        Suppress.on(
                fn.role(),
                "IAM5",
                (requeues
                                ? "CDK's grant to send to the KMS-encrypted " + name
                                        + " queue (retry timers) and its DLQ " + "(poison messages)"
                                : "CDK's grant to send to the KMS-encrypted DLQ of the " + name
                                        + " queue (poison messages)")
                        + " names the KMS action families (GenerateDataKey*, ReEncrypt*) on the data key's ARN only.",
                "Action::kms:GenerateDataKey*",
                "Action::kms:ReEncrypt*");
        fn.alias()
                .addEventSource(new SqsEventSource(
                        queue.queue(),
                        SqsEventSourceProps.builder()
                                .batchSize(batchSize)
                                .reportBatchItemFailures(true)
                                .maxConcurrency(maxConcurrency)
                                .build()));
    }

    /**
     * An EventBridge Scheduler schedule invoking {@code fn}'s live alias with {@code input}, retried twice, what still
     * fails to the async-failures queue (alarmed); its own role may only invoke that alias and send there.
     */
    private static software.amazon.awscdk.services.scheduler.CfnSchedule schedule(
            Stack scope, String id, JavaFunction fn, PlatformStack platform, ScheduleSpec spec) {
        software.amazon.awscdk.services.iam.Role role = software.amazon.awscdk.services.iam.Role.Builder.create(
                        scope, id + "Role")
                .assumedBy(new software.amazon.awscdk.services.iam.ServicePrincipal("scheduler.amazonaws.com"))
                .description(spec.roleDescription())
                .build();
        fn.alias().grantInvoke(role);
        platform.events().asyncFailures().grantSendMessages(role);
        Suppress.on(
                role,
                "IAM5",
                "CDK's grants: invoking " + spec.invokes() + " live alias (its ARN with :*) and sending to the "
                        + "KMS-encrypted async-failures queue (the KMS action families on the data key only).",
                "Action::kms:GenerateDataKey*",
                "Action::kms:ReEncrypt*",
                Suppress.matching("^Resource::<" + fn.getNode().getId() + ".*>:\\*$"),
                Suppress.matching("^Resource::<.*\\.Arn>:\\*$"));
        return software.amazon.awscdk.services.scheduler.CfnSchedule.Builder.create(scope, id)
                .description(spec.description())
                .scheduleExpression(spec.expression())
                .scheduleExpressionTimezone("UTC")
                .flexibleTimeWindow(
                        software.amazon.awscdk.services.scheduler.CfnSchedule.FlexibleTimeWindowProperty.builder()
                                .mode("OFF")
                                .build())
                .target(software.amazon.awscdk.services.scheduler.CfnSchedule.TargetProperty.builder()
                        .arn(fn.alias().getFunctionArn())
                        .roleArn(role.getRoleArn())
                        .input(spec.input())
                        .retryPolicy(software.amazon.awscdk.services.scheduler.CfnSchedule.RetryPolicyProperty.builder()
                                .maximumRetryAttempts(2)
                                .maximumEventAgeInSeconds(spec.maxEventAgeSeconds())
                                .build())
                        .deadLetterConfig(
                                software.amazon.awscdk.services.scheduler.CfnSchedule.DeadLetterConfigProperty.builder()
                                        .arn(platform.events().asyncFailures().getQueueArn())
                                        .build())
                        .build())
                .build();
    }

    /**
     * What a {@link #schedule} does: its role's and its own description, whose live alias it invokes (for the
     * suppression's reason), the Scheduler expression ({@code cron(...)} or {@code rate(...)}, UTC), the event and how long a retried invocation may wait.
     */
    private record ScheduleSpec(
            String roleDescription,
            String description,
            String invokes,
            String expression,
            String input,
            int maxEventAgeSeconds) {}

    public JavaFunction notifyFunction() {
        return notify;
    }

    public JavaFunction notificationsDaily() {
        return notificationsDaily;
    }

    public software.amazon.awscdk.services.scheduler.CfnSchedule notificationsSchedule() {
        return notificationsSchedule;
    }

    private static Map<String, String> database(AuroraDatabase db, String mainClass, String function) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MAIN_CLASS", mainClass);
        env.put("SPRING_CLOUD_FUNCTION_DEFINITION", function);
        env.put("BENCHCRM_SQL_MODE", "rdsdata");
        env.put("BENCHCRM_DB_RESOURCE_ARN", db.cluster().getClusterArn());
        env.put("BENCHCRM_DB_SECRET_ARN", db.appSecret().getSecretArn());
        env.put("BENCHCRM_DB_NAME", AuroraDatabase.DATABASE);
        return env;
    }

    public software.amazon.awscdk.services.scheduler.CfnSchedule purgeSchedule() {
        return purgeSchedule;
    }

    public JavaFunction workAuthorizationAlerts() {
        return workAuthorizationAlerts;
    }

    public Rule workAuthorizationSchedule() {
        return workAuthorizationSchedule;
    }

    public JavaFunction relay() {
        return relay;
    }

    public JavaFunction webhooks() {
        return webhooks;
    }

    public Rule schedule() {
        return schedule;
    }
}
