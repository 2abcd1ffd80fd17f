package com.benchcrm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * Issue 11 items 7-9 in the synthesized templates: failures reach someone (alarms on every DLQ,
 * function errors, throttles and destination failures, the outbox backlog and API 5xx, to an
 * encrypted topic with the configured e-mail), dead letters are kept, the purge is scheduled, the
 * raw mail has its lifecycle, and the functions that seal webhook secrets may use the tenants' keys
 * with the tenant encryption context only.
 */
class ReliabilityTest {

    private static final SynthesizedApp APP = SynthesizedApp.oneTenant();
    private static final Template MONITORING = APP.monitoring();

    @Test
    void alarmTopic_isKmsEncrypted_sslOnly_withTheConfiguredEmail() {
        MONITORING.hasResourceProperties(
                "AWS::SNS::Topic", Match.objectLike(Map.of("KmsMasterKeyId", Match.anyValue())));
        MONITORING.hasResourceProperties(
                "AWS::SNS::Subscription",
                Match.objectLike(Map.of("Protocol", "email", "Endpoint", "ops@benchcrm.example")));
        MONITORING.hasResourceProperties(
                "AWS::KMS::Key",
                Match.objectLike(Map.of(
                        "EnableKeyRotation",
                        true,
                        "KeyPolicy",
                        Match.objectLike(Map.of(
                                "Statement",
                                Match.arrayWith(List.of(Match.objectLike(
                                        Map.of("Principal", Map.of("Service", "cloudwatch.amazonaws.com"))))))))));
        MONITORING.hasResourceProperties("AWS::SNS::TopicPolicy", Match.anyValue());
    }

    @Test
    void everyDeadLetterQueue_hasAnAlarmOnAVisibleMessage_toTheTopic() {
        Map<String, Map<String, Object>> dlqAlarms = MONITORING.findResources(
                "AWS::CloudWatch::Alarm",
                Match.objectLike(Map.of(
                        "Properties",
                        Match.objectLike(Map.of(
                                "MetricName",
                                "ApproximateNumberOfMessagesVisible",
                                "Threshold",
                                0,
                                "ComparisonOperator",
                                "GreaterThanThreshold",
                                "AlarmActions",
                                Match.arrayWith(List.of(
                                        Match.objectLike(Map.of("Ref", Match.stringLikeRegexp("Alarms.*"))))))))));
        assertThat(dlqAlarms.keySet())
                .hasSize(6)
                .anyMatch(id -> id.startsWith("WebhookDlq"))
                .anyMatch(id -> id.startsWith("NotifyDlq"))
                .anyMatch(id -> id.startsWith("EmbedDlq"))
                .anyMatch(id -> id.startsWith("MatchDlq"))
                .anyMatch(id -> id.startsWith("IngestDeadLetters"))
                .anyMatch(id -> id.startsWith("AsyncFailures"));
        // every queue without a redrive policy (a DLQ) in the platform and ingest stacks is watched
        long dlqs = APP.platform()
                        .findResources(
                                "AWS::SQS::Queue",
                                Match.objectLike(Map.of(
                                        "Properties", Match.objectLike(Map.of("RedrivePolicy", Match.absent())))))
                        .size()
                + APP.ingest().findResources("AWS::SQS::Queue").size();
        assertThat(dlqAlarms).hasSize((int) dlqs);
    }

    @Test
    void functions_haveErrorThrottleAndDestinationFailureAlarms() {
        Map<String, String> metricsById = MONITORING.findResources("AWS::CloudWatch::Alarm").entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> String.valueOf(((Map<?, ?>) e.getValue().get("Properties")).get("MetricName"))));
        for (String fn : List.of(
                "OutboxRelay",
                "WebhookDelivery",
                "WorkAuthorizationAlerts",
                "Notify",
                "NotificationsDaily",
                "EmailIngest",
                "Embed",
                "Match",
                "Provisioning")) {
            assertThat(metricsById)
                    .as(fn)
                    .containsEntry(alarmId(metricsById, fn + "Errors"), "Errors")
                    .containsEntry(alarmId(metricsById, fn + "DestinationFailures"), "DestinationDeliveryFailures")
                    .containsEntry(alarmId(metricsById, fn + "Throttles"), "Throttles");
        }
        assertThat(metricsById).containsEntry(alarmId(metricsById, "HttpApiThrottles"), "Throttles");
    }

    @Test
    void outboxBacklogAlarm_watchesTheRelaysMetric_andTreatsSilenceAsBreaching_api5xxToo() {
        MONITORING.hasResourceProperties(
                "AWS::CloudWatch::Alarm",
                Match.objectLike(Map.of(
                        "Namespace",
                        "BenchCRM",
                        "MetricName",
                        "OutboxOldestUnpublishedAgeSeconds",
                        "Threshold",
                        300,
                        "TreatMissingData",
                        "breaching",
                        "Dimensions",
                        List.of(Map.of("Name", "service", "Value", "outbox-relay")))));
        MONITORING.hasResourceProperties(
                "AWS::CloudWatch::Alarm",
                Match.objectLike(Map.of("Namespace", "AWS/ApiGateway", "MetricName", "5xx", "Threshold", 5)));
    }

    @Test
    void deadLetterQueues_areRetained_for14Days() {
        for (Template t : List.of(APP.platform(), APP.ingest())) {
            Map<String, Map<String, Object>> dlqs = t.findResources(
                    "AWS::SQS::Queue",
                    Match.objectLike(Map.of("Properties", Match.objectLike(Map.of("RedrivePolicy", Match.absent())))));
            assertThat(dlqs).isNotEmpty().allSatisfy((id, q) -> {
                assertThat(q.get("DeletionPolicy")).as(id).isEqualTo("Retain");
                assertThat(((Map<?, ?>) q.get("Properties")).get("MessageRetentionPeriod"))
                        .as(id)
                        .isEqualTo(1_209_600);
            });
        }
    }

    @Test
    void purge_isScheduled_onTheRelayFunction_withTheCommand_andItsFailuresGoToAsyncFailures() {
        APP.events()
                .hasResourceProperties(
                        "AWS::Scheduler::Schedule",
                        Match.objectLike(Map.of(
                                "ScheduleExpression", Match.stringLikeRegexp("cron\\(.*\\)"),
                                "Target",
                                        Match.objectLike(Map.of(
                                                "Arn",
                                                        Match.objectLike(Map.of(
                                                                "Ref", Match.stringLikeRegexp("OutboxRelayAlias.*"))),
                                                "Input", "{\"command\":\"purge\"}",
                                                "DeadLetterConfig", Match.objectLike(Map.of("Arn", Match.anyValue())),
                                                "RetryPolicy", Match.objectLike(Map.of("MaximumRetryAttempts", 2)))))));
    }

    @Test
    void rawMailBucket_movesToGlacierInstantRetrieval_andExpiresPerConfiguration() {
        APP.platform()
                .hasResourceProperties(
                        "AWS::S3::Bucket",
                        Match.objectLike(Map.of(
                                "LifecycleConfiguration",
                                Match.objectLike(Map.of(
                                        "Rules",
                                        Match.arrayWith(List.of(Match.objectLike(Map.of(
                                                "Prefix", "raw/",
                                                "ExpirationInDays",
                                                        APP.config.rawMail().expireAfterDays(),
                                                "Transitions",
                                                        Match.arrayWith(List.of(Match.objectLike(Map.of(
                                                                "StorageClass",
                                                                "GLACIER_IR",
                                                                "TransitionInDays",
                                                                APP.config
                                                                        .rawMail()
                                                                        .glacierAfterDays())))))))))))));
    }

    @Test
    void secretSealing_httpApiGeneratesAndWebhooksDecrypt_onTenantKeysOnly_withTheTenantContext() {
        var condition = Match.objectLike(Map.of(
                "ForAnyValue:StringLike", Map.of("kms:ResourceAliases", "alias/benchcrm-dev/tenant/*"),
                "ForAllValues:StringEquals", Map.of("kms:EncryptionContextKeys", List.of("benchcrm:tenant"))));
        APP.api()
                .hasResourceProperties(
                        "AWS::IAM::Policy",
                        Match.objectLike(Map.of(
                                "PolicyDocument",
                                Match.objectLike(Map.of(
                                        "Statement",
                                        Match.arrayWith(List.of(Match.objectLike(
                                                Map.of("Action", "kms:GenerateDataKey", "Condition", condition)))))))));
        APP.events()
                .hasResourceProperties(
                        "AWS::IAM::Policy",
                        Match.objectLike(Map.of(
                                "PolicyDocument",
                                Match.objectLike(Map.of(
                                        "Statement",
                                        Match.arrayWith(List.of(Match.objectLike(
                                                Map.of("Action", "kms:Decrypt", "Condition", condition)))))))));
        APP.data()
                .hasResourceProperties(
                        "AWS::EC2::VPCEndpoint",
                        Match.objectLike(Map.of(
                                "ServiceName",
                                Match.objectLike(Map.of(
                                        "Fn::Join", Match.arrayWith(List.of(Match.arrayWith(List.of(".kms")))))))));
    }

    @Test
    void tenantRow_carriesTheTenantsFileSettings() {
        APP.tenants()
                .hasResourceProperties(
                        "Custom::BenchCrmTenant",
                        Match.objectLike(Map.of(
                                "Slug",
                                "acme",
                                "Suspended",
                                "false",
                                "Settings",
                                Match.stringLikeRegexp(".*\"webhookDays\":30.*\"rejectSpam\":true.*"))));
    }

    private static String alarmId(Map<String, String> ids, String prefix) {
        return ids.keySet().stream()
                .filter(id -> id.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no alarm " + prefix + " among " + ids.keySet()));
    }
}
