package com.benchcrm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.events.EventRouting;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * The rules and queues the app deploys are the ones in {@code events/rules/routing.json}, the file
 * the embedded stack's bus evaluates: same patterns, same targets, same redrive.
 */
class EventRoutingTest {

    private static final SynthesizedApp APP = SynthesizedApp.threeTenants();
    private static final Template PLATFORM = APP.platform();
    private static final EventRouting ROUTING = EventRouting.load();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyRuleOfTheRoutingFile_isDeployedOnTheBusWithItsPatternVerbatim() {
        Map<String, Map<String, Object>> rules = PLATFORM.findResources("AWS::Events::Rule");
        assertThat(rules).hasSize(ROUTING.rules().size());
        for (EventRouting.Rule rule : ROUTING.rules()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> pattern = JSON.convertValue(rule.pattern(), Map.class);
            PLATFORM.hasResourceProperties(
                    "AWS::Events::Rule",
                    Match.objectLike(Map.of(
                            "EventPattern", Match.exact(pattern),
                            "EventBusName", Match.objectLike(Map.of("Ref", Match.stringLikeRegexp("EventsBus.*"))),
                            "State", "ENABLED")));
        }
    }

    @Test
    void everyRule_targetsItsQueue_withRetriesAndTheAsyncFailuresQueueAsDeadLetterQueue() {
        for (EventRouting.Rule rule : ROUTING.rules()) {
            String queueId = onlyKey(PLATFORM
                    .findResources(
                            "AWS::SQS::Queue",
                            Match.objectLike(Map.of(
                                    "Properties",
                                    Match.objectLike(Map.of(
                                            "VisibilityTimeout",
                                            ROUTING.queue(rule.target()).visibilityTimeoutSeconds(),
                                            "RedrivePolicy",
                                            Match.objectLike(Map.of(
                                                    "maxReceiveCount",
                                                    ROUTING.queue(rule.target()).maxReceiveCount())))))))
                    .keySet()
                    .stream()
                    .filter(id -> id.contains(capitalize(rule.target()) + "Queue"))
                    .toList());
            @SuppressWarnings("unchecked")
            Map<String, Object> pattern = JSON.convertValue(rule.pattern(), Map.class);
            PLATFORM.hasResourceProperties(
                    "AWS::Events::Rule",
                    Match.objectLike(Map.of(
                            "EventPattern", Match.exact(pattern),
                            "Targets",
                                    List.of(Match.objectLike(Map.of(
                                            "Arn", Map.of("Fn::GetAtt", List.of(queueId, "Arn")),
                                            "DeadLetterConfig",
                                                    Map.of(
                                                            "Arn",
                                                            Map.of(
                                                                    "Fn::GetAtt",
                                                                    List.of(
                                                                            onlyKey(PLATFORM
                                                                                    .findResources("AWS::SQS::Queue")
                                                                                    .keySet()
                                                                                    .stream()
                                                                                    .filter(id -> id.startsWith(
                                                                                            "EventsAsyncFailures"))
                                                                                    .toList()),
                                                                            "Arn"))),
                                            "RetryPolicy",
                                                    Map.of(
                                                            "MaximumEventAgeInSeconds",
                                                            86_400,
                                                            "MaximumRetryAttempts",
                                                            185)))))));
            // the queue lets EventBridge send to it
            PLATFORM.hasResourceProperties(
                    "AWS::SQS::QueuePolicy",
                    Match.objectLike(Map.of(
                            "Queues", List.of(Map.of("Ref", queueId)),
                            "PolicyDocument",
                                    Match.objectLike(Map.of(
                                            "Statement",
                                            Match.arrayWith(List.of(Match.objectLike(Map.of(
                                                    "Action", Match.arrayWith(List.of("sqs:SendMessage")),
                                                    "Principal", Map.of("Service", "events.amazonaws.com"))))))))));
        }
    }

    @Test
    void everyQueueOfTheRoutingFile_hasTheFilesVisibilityRetentionAndRedrive() {
        for (EventRouting.Queue q : ROUTING.queues().values()) {
            var matching = PLATFORM.findResources(
                    "AWS::SQS::Queue",
                    Match.objectLike(Map.of(
                            "Properties",
                            Match.objectLike(Map.of(
                                    "VisibilityTimeout", q.visibilityTimeoutSeconds(),
                                    "MessageRetentionPeriod", q.retentionDays() * 86_400,
                                    "RedrivePolicy",
                                            Match.objectLike(Map.of("maxReceiveCount", q.maxReceiveCount())))))));
            assertThat(matching.keySet())
                    .as(q.name())
                    .anyMatch(id -> id.startsWith("Events" + capitalize(q.name()) + "Queue"));
        }
    }

    @Test
    void webhookDelivery_consumesTheWebhookQueueWithPartialBatchResponses_andTheRelayRunsEveryMinute() {
        Template events = APP.events();
        events.hasResourceProperties(
                "AWS::Lambda::EventSourceMapping",
                Match.objectLike(Map.of(
                        "FunctionResponseTypes", List.of("ReportBatchItemFailures"),
                        "BatchSize", 5,
                        "EventSourceArn",
                                Match.objectLike(
                                        Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*WebhookQueue.*"))))));
        assertThat(events.findResources("AWS::Lambda::EventSourceMapping").values().stream()
                        .map(Object::toString)
                        .filter(m -> m.contains("WebhookQueue")))
                .as("the mapping invokes the live alias")
                .singleElement()
                .asString()
                .contains("WebhookDeliveryAlias");
        events.hasResourceProperties(
                "AWS::Events::Rule",
                Match.objectLike(Map.of(
                        "ScheduleExpression",
                        "rate(1 minute)",
                        "Targets",
                        List.of(Match.objectLike(Map.of(
                                "Arn", Map.of("Ref", Match.stringLikeRegexp("OutboxRelayAlias.*")),
                                "RetryPolicy", Match.objectLike(Map.of("MaximumRetryAttempts", 0))))))));
        events.hasResourceProperties(
                "AWS::Lambda::Function",
                Match.objectLike(Map.of(
                        "Environment",
                        Map.of(
                                "Variables",
                                Match.objectLike(Map.of(
                                        "SPRING_CLOUD_FUNCTION_DEFINITION",
                                        "webhookDelivery",
                                        "MAIN_CLASS",
                                        "com.benchcrm.function.webhookdelivery.WebhookDeliveryApplication",
                                        "BENCHCRM_WEBHOOK_QUEUE_URL",
                                        Match.anyValue(),
                                        "BENCHCRM_WEBHOOK_DLQ_URL",
                                        Match.anyValue(),
                                        "BENCHCRM_WEBHOOK_MAX_RECEIVES",
                                        Integer.toString(
                                                ROUTING.queue("webhook").maxReceiveCount()),
                                        "BENCHCRM_SQL_MODE",
                                        "rdsdata"))))));
        events.hasResourceProperties(
                "AWS::Lambda::Function",
                Match.objectLike(Map.of(
                        "Environment",
                        Map.of(
                                "Variables",
                                Match.objectLike(Map.of(
                                        "SPRING_CLOUD_FUNCTION_DEFINITION", "outboxRelay",
                                        "MAIN_CLASS", "com.benchcrm.function.outboxrelay.OutboxRelayApplication",
                                        "BENCHCRM_EVENT_BUS_NAME", Match.anyValue(),
                                        "BENCHCRM_SQL_MODE", "rdsdata"))))));
    }

    @Test
    void workAuthorizationAlerts_runDailyThroughTheLiveAlias_withRetries_andOnlyTheSqlSettings() {
        Template events = APP.events();
        events.hasResourceProperties(
                "AWS::Events::Rule",
                Match.objectLike(Map.of(
                        "ScheduleExpression",
                        "cron(0 13 * * ? *)",
                        "Targets",
                        List.of(Match.objectLike(Map.of(
                                "Arn", Map.of("Ref", Match.stringLikeRegexp("WorkAuthorizationAlertsAlias.*")),
                                "RetryPolicy", Match.objectLike(Map.of("MaximumRetryAttempts", 2))))))));
        events.hasResourceProperties(
                "AWS::Lambda::Function",
                Match.objectLike(Map.of(
                        "Environment",
                        Map.of(
                                "Variables",
                                Match.objectLike(Map.of(
                                        "SPRING_CLOUD_FUNCTION_DEFINITION", "workAuthorizationAlerts",
                                        "MAIN_CLASS",
                                                "com.benchcrm.function.workauthorizationalerts.WorkAuthorizationAlertsApplication",
                                        "BENCHCRM_SQL_MODE", "rdsdata"))))));
    }

    @Test
    void
            notifications_notifyOnItsQueueWithPartialBatchFailures_andTheDailyJobOnASchedule_sendingAsTheDigestAddressOnly() {
        Template events = APP.events();
        events.hasResourceProperties(
                "AWS::Lambda::EventSourceMapping",
                Match.objectLike(Map.of(
                        "EventSourceArn",
                        Match.objectLike(Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*NotifyQueue.*"))),
                        "BatchSize",
                        10,
                        "FunctionResponseTypes",
                        List.of("ReportBatchItemFailures"))));
        events.hasResourceProperties(
                "AWS::Lambda::Function",
                Match.objectLike(Map.of(
                        "Environment",
                        Map.of(
                                "Variables",
                                Match.objectLike(Map.of(
                                        "SPRING_CLOUD_FUNCTION_DEFINITION", "notify",
                                        "MAIN_CLASS", "com.benchcrm.function.notifications.NotificationsApplication",
                                        "BENCHCRM_MAX_RECEIVES", "5",
                                        "BENCHCRM_NOTIFY_DLQ_URL", Match.anyValue()))))));
        events.hasResourceProperties(
                "AWS::Scheduler::Schedule",
                Match.objectLike(Map.of(
                        "ScheduleExpression",
                        "cron(30 13 * * ? *)",
                        "Target",
                        Match.objectLike(Map.of(
                                "Arn", Map.of("Ref", Match.stringLikeRegexp("NotificationsDailyAlias.*")),
                                "RetryPolicy", Match.objectLike(Map.of("MaximumRetryAttempts", 2)))))));
        events.hasResourceProperties(
                "AWS::IAM::Policy",
                Match.objectLike(Map.of(
                        "PolicyDocument",
                        Match.objectLike(Map.of(
                                "Statement",
                                Match.arrayWith(List.of(Match.objectLike(Map.of(
                                        "Action",
                                        "ses:SendEmail",
                                        "Condition",
                                        Map.of(
                                                "StringEquals",
                                                Map.of(
                                                        "ses:FromAddress",
                                                        Match.stringLikeRegexp("^notifications@.+"))))))))))));
    }

    @Test
    void relay_mayPutEventsOnTheBusOnly_andWebhookDelivery_maySendToItsQueueAndDlqOnly() {
        Template events = APP.events();
        events.hasResourceProperties(
                "AWS::IAM::Policy",
                Match.objectLike(Map.of(
                        "PolicyDocument",
                        Match.objectLike(Map.of(
                                "Statement",
                                Match.arrayWith(List.of(Match.objectLike(Map.of(
                                        "Action",
                                        "events:PutEvents",
                                        "Resource",
                                        Match.objectLike(Map.of(
                                                "Fn::ImportValue", Match.stringLikeRegexp(".*EventsBus.*"))))))))))));
        List<String> sendTargets = events.findResources("AWS::IAM::Policy").values().stream()
                .flatMap(p -> IamPolicyTest.statements(p).stream())
                .filter(s -> IamPolicyTest.actions(s).contains("sqs:SendMessage"))
                .map(s -> s.get("Resource").toString())
                .toList();
        // the relay's, the work authorization alerts' and the daily notifications' on-failure destination, the purge
        // and the notifications schedules' dead letters (ADR 0058), the webhook queue and its DLQ, the notify, outreach
        // and feedback queues' DLQs (poison messages), the outreach queue (the sweep only), the sweep's on-failure
        // destination and its schedule's dead letters
        assertThat(sendTargets)
                .hasSize(13)
                .anySatisfy(r -> assertThat(r).contains("NotifyQueueDlq"))
                .anySatisfy(r -> assertThat(r).contains("OutreachQueueDlq"))
                .anySatisfy(r -> assertThat(r).contains("FeedbackQueueDlq"))
                .anySatisfy(r -> assertThat(r).contains("OutreachQueue").doesNotContain("Dlq"))
                .anySatisfy(r -> assertThat(r).contains("WebhookQueue").doesNotContain("Dlq"))
                .anySatisfy(r -> assertThat(r).contains("WebhookQueueDlq"))
                .anySatisfy(r -> assertThat(r).contains("AsyncFailures"));
        assertThat(sendTargets.stream().filter(r -> r.contains("AsyncFailures")))
                .hasSize(7);
    }

    private static String onlyKey(List<String> keys) {
        assertThat(keys).hasSize(1);
        return keys.get(0);
    }

    private static String capitalize(String s) {
        return s.substring(0, 1).toUpperCase() + s.substring(1);
    }
}
