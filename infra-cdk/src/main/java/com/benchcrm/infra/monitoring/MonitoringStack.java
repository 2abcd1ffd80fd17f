package com.benchcrm.infra.monitoring;

import com.benchcrm.infra.api.ApiStack;
import com.benchcrm.infra.config.DeploymentConfig;
import com.benchcrm.infra.constructs.JavaFunction;
import com.benchcrm.infra.database.DataStack;
import com.benchcrm.infra.events.EventsStack;
import com.benchcrm.infra.ingest.IngestStack;
import com.benchcrm.infra.matching.MatchingStack;
import com.benchcrm.infra.platform.PlatformStack;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * Every alarm of a deployment, each to the one alarm topic (SNS, encrypted with a key of its own
 * that CloudWatch may use; an e-mail subscription when the tenants file gives {@code alarms.email}):
 *
 * <ul>
 *   <li>each dead-letter queue (webhook, embed, match, e-mail ingest, async failures): a message visible;</li>
 *   <li>each function: errors (the asynchronously invoked and queue-driven ones), throttles, and failed
 *       deliveries to its on-failure destination;</li>
 *   <li>the outbox backlog: the oldest unpublished event older than 5 minutes, or the relay's metric
 *       missing (the relay is not running);</li>
 *   <li>the HTTP API: 5xx answers (5 or more in 5 minutes). Its stage throttling has no metric of its own
 *       (429s count in {@code 4xx}); the function's throttles are alarmed above.</li>
 * </ul>
 */
public final class MonitoringStack extends Stack {

    /** The drift alarm's line (ADR 0078): PSI above it is a significant shift. */
    public static final double DRIFT_PSI_THRESHOLD = 0.25;

    /** The outbox may lag this long before someone is told. */
    public static final int BACKLOG_AGE_SECONDS = 300;

    private final Topic topic;
    private final Map<String, Alarm> alarms = new LinkedHashMap<>();

    public MonitoringStack(
            Construct scope,
            String id,
            StackProps props,
            DeploymentConfig config,
            PlatformStack platform,
            DataStack data,
            ApiStack api,
            EventsStack events,
            IngestStack ingest,
            MatchingStack matching) {
        super(scope, id, props);
        Key key = Key.Builder.create(this, "AlarmTopicKey")
                .description("BenchCRM " + config.deployment() + ": the alarm topic")
                .enableKeyRotation(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        key.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("AllowCloudWatchAlarmsToPublish")
                .principals(List.of(new ServicePrincipal("cloudwatch.amazonaws.com")))
                .actions(List.of("kms:Decrypt", "kms:GenerateDataKey*"))
                .resources(List.of("*"))
                .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", getAccount())))
                .build());
        this.topic = Topic.Builder.create(this, "Alarms")
                .topicName(config.deployment() + "-alarms")
                .displayName("BenchCRM " + config.deployment() + " alarms")
                .masterKey(key)
                .enforceSsl(true)
                .build();
        if (config.alarms().email() != null) {
            topic.addSubscription(new EmailSubscription(config.alarms().email()));
        }
        CfnOutput.Builder.create(this, "AlarmTopicArn")
                .value(topic.getTopicArn())
                .description("Subscribe operations to BenchCRM's alarms here")
                .build();

        Map<String, IQueue> deadLetters = new LinkedHashMap<>();
        for (String q : List.of("webhook", "embed", "match", "notify", "outreach", "feedback")) {
            deadLetters.put(capitalize(q) + "Dlq", platform.events().queue(q).deadLetterQueue());
        }
        deadLetters.put("IngestDeadLetters", ingest.deadLetters());
        deadLetters.put("AsyncFailures", platform.events().asyncFailures());
        deadLetters.forEach((name, queue) -> alarm(
                name + "Visible",
                queue.metricApproximateNumberOfMessagesVisible(every5Minutes("Maximum")),
                0,
                ComparisonOperator.GREATER_THAN_THRESHOLD,
                1,
                TreatMissingData.NOT_BREACHING,
                "A message is waiting in " + name + ": something failed for good; inspect it and redrive it."));

        Map<String, JavaFunction> asyncOrQueued = new LinkedHashMap<>();
        asyncOrQueued.put("OutboxRelay", events.relay());
        asyncOrQueued.put("WebhookDelivery", events.webhooks());
        asyncOrQueued.put("WorkAuthorizationAlerts", events.workAuthorizationAlerts());
        asyncOrQueued.put("Notify", events.notifyFunction());
        asyncOrQueued.put("NotificationsDaily", events.notificationsDaily());
        asyncOrQueued.put("OutreachSender", events.outreachSender());
        asyncOrQueued.put("OutreachFeedback", events.outreachFeedback());
        asyncOrQueued.put("OutreachSweep", events.outreachSweep());
        asyncOrQueued.put("EmailIngest", ingest.function());
        asyncOrQueued.put("Embed", matching.embed());
        asyncOrQueued.put("Match", matching.match());
        asyncOrQueued.put("ModelTraining", matching.modelTraining());
        asyncOrQueued.put("Provisioning", data.migrations().function());
        asyncOrQueued.forEach((name, fn) -> {
            alarm(
                    name + "Errors",
                    fn.function().metricErrors(every5Minutes("Sum")),
                    0,
                    ComparisonOperator.GREATER_THAN_THRESHOLD,
                    1,
                    TreatMissingData.NOT_BREACHING,
                    "The " + name + " function failed invocations (Lambda retries them; see its log).");
            alarm(
                    name + "DestinationFailures",
                    lambdaMetric("DestinationDeliveryFailures", fn),
                    0,
                    ComparisonOperator.GREATER_THAN_THRESHOLD,
                    1,
                    TreatMissingData.NOT_BREACHING,
                    "The " + name + " function could not put a failed event on its on-failure destination.");
        });
        Map<String, JavaFunction> all = new LinkedHashMap<>(asyncOrQueued);
        all.put("HttpApi", api.function());
        all.forEach((name, fn) -> alarm(
                name + "Throttles",
                fn.function().metricThrottles(every5Minutes("Sum")),
                0,
                ComparisonOperator.GREATER_THAN_THRESHOLD,
                1,
                TreatMissingData.NOT_BREACHING,
                "Lambda throttled the " + name + " function (reserved or account concurrency exhausted)."));

        alarm(
                "OutboxBacklog",
                Metric.Builder.create()
                        .namespace("BenchCRM")
                        .metricName("OutboxOldestUnpublishedAgeSeconds")
                        .dimensionsMap(Map.of("service", "outbox-relay"))
                        .statistic("Maximum")
                        .period(Duration.minutes(5))
                        .build(),
                BACKLOG_AGE_SECONDS,
                ComparisonOperator.GREATER_THAN_THRESHOLD,
                2,
                TreatMissingData.BREACHING,
                "Committed domain events wait more than 5 minutes to be published, or the outbox relay reports nothing (not running).");
        // ADR 0078: the training job publishes the largest PSI of the active model's features and score (training
        // window vs the last week's recommendations) before it retrains; over 0.25 is the usual "significant shift"
        alarm(
                "SuccessModelDrift",
                Metric.Builder.create()
                        .namespace(com.benchcrm.infra.matching.MatchingStack.DRIFT_NAMESPACE)
                        .metricName(com.benchcrm.infra.matching.MatchingStack.DRIFT_METRIC)
                        .dimensionsMap(Map.of("Service", com.benchcrm.infra.matching.MatchingStack.DRIFT_SERVICE))
                        .statistic("Maximum")
                        .period(Duration.days(1))
                        .build(),
                DRIFT_PSI_THRESHOLD,
                ComparisonOperator.GREATER_THAN_THRESHOLD,
                1,
                TreatMissingData.NOT_BREACHING,
                "A tenant's success model drifted: PSI over 0.25 between its training window and the last week's"
                        + " recommendations (the log names the tenant; GET /v1/models/active/drift shows which feature)."
                        + " The weekly training has retrained it; check the new version's card.");
        alarm(
                "Api5xx",
                api.edge().api().metricServerError(every5Minutes("Sum")),
                5,
                ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
                1,
                TreatMissingData.NOT_BREACHING,
                "The HTTP API answered 5xx 5 or more times in 5 minutes.");
    }

    private void alarm(
            String id,
            IMetric metric,
            double threshold,
            ComparisonOperator op,
            int periods,
            TreatMissingData missing,
            String description) {
        Alarm a = Alarm.Builder.create(this, id)
                .alarmDescription(description)
                .metric(metric)
                .threshold(threshold)
                .comparisonOperator(op)
                .evaluationPeriods(periods)
                .treatMissingData(missing)
                .build();
        a.addAlarmAction(new SnsAction(topic));
        alarms.put(id, a);
    }

    private static MetricOptions every5Minutes(String statistic) {
        return MetricOptions.builder()
                .period(Duration.minutes(5))
                .statistic(statistic)
                .build();
    }

    private static Metric lambdaMetric(String name, JavaFunction fn) {
        return Metric.Builder.create()
                .namespace("AWS/Lambda")
                .metricName(name)
                .dimensionsMap(Map.of("FunctionName", fn.function().getFunctionName()))
                .statistic("Sum")
                .period(Duration.minutes(5))
                .build();
    }

    private static String capitalize(String s) {
        return s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    public Topic topic() {
        return topic;
    }

    /** The alarms by construct id. */
    public Map<String, Alarm> alarms() {
        return java.util.Collections.unmodifiableMap(alarms);
    }
}
