package com.benchcrm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Every work queue has a dead-letter queue; every queue without one is a dead-letter queue. */
class QueuesTest {

    private static final Template PLATFORM = SynthesizedApp.threeTenants().platform();

    @Test
    void workQueues_haveARedrivePolicyToTheirOwnDlq() {
        var redrive =
                Match.objectLike(Map.of("deadLetterTargetArn", Match.anyValue(), "maxReceiveCount", Match.anyValue()));
        Map<String, Map<String, Object>> work = PLATFORM.findResources(
                "AWS::SQS::Queue",
                Match.objectLike(Map.of("Properties", Match.objectLike(Map.of("RedrivePolicy", redrive)))));
        assertThat(work).hasSize(4); // embed, match, webhook, notify
    }

    @Test
    void everyQueueWithoutADlq_isTheDlqOfAQueueOrTheAsyncFailureDestination() {
        Map<String, Map<String, Object>> terminal = PLATFORM.findResources(
                "AWS::SQS::Queue",
                Match.objectLike(Map.of("Properties", Match.objectLike(Map.of("RedrivePolicy", Match.absent())))));
        assertThat(terminal).hasSize(5);
        for (String id : terminal.keySet()) {
            boolean isDlq = !PLATFORM.findResources(
                            "AWS::SQS::Queue",
                            Match.objectLike(Map.of(
                                    "Properties",
                                    Match.objectLike(Map.of(
                                            "RedrivePolicy",
                                            Match.objectLike(Map.of(
                                                    "deadLetterTargetArn",
                                                    Map.of("Fn::GetAtt", List.of(id, "Arn")))))))))
                    .isEmpty();
            // the on-failure destination is in another stack: it names this queue's exported ARN
            boolean isFailureDestination = !SynthesizedApp.threeTenants()
                    .data()
                    .findResources(
                            "AWS::Lambda::EventInvokeConfig",
                            Match.objectLike(Map.of(
                                    "Properties",
                                    Match.objectLike(Map.of(
                                            "DestinationConfig",
                                            Map.of(
                                                    "OnFailure",
                                                    Map.of(
                                                            "Destination",
                                                            Map.of(
                                                                    "Fn::ImportValue",
                                                                    Match.stringLikeRegexp(".*" + id + ".*")))))))))
                    .isEmpty();
            assertThat(isDlq || isFailureDestination)
                    .as(id + " is a DLQ or the on-failure destination")
                    .isTrue();
        }
    }

    @Test
    void everyQueue_refusesPlainHttpAndKeepsDeadLettersFourteenDays() {
        PLATFORM.allResourcesProperties(
                "AWS::SQS::QueuePolicy",
                Match.objectLike(Map.of(
                        "PolicyDocument",
                        Match.objectLike(Map.of(
                                "Statement",
                                Match.arrayWith(List.of(Match.objectLike(Map.of(
                                        "Effect",
                                        "Deny",
                                        "Condition",
                                        Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))))));
        assertThat(PLATFORM.findResources(
                        "AWS::SQS::Queue",
                        Match.objectLike(Map.of(
                                "Properties",
                                Match.objectLike(Map.of(
                                        "RedrivePolicy", Match.absent(), "MessageRetentionPeriod", 1_209_600))))))
                .hasSize(5);
    }
}
