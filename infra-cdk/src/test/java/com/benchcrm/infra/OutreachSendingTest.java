package com.benchcrm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.infra.config.TenantConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * The marketing send path in AWS (ADRs 0095, 0099): the outreach sender and feedback functions on their queues,
 * the HTTP API queuing to the send queue, the feedback topic, each marketing tenant's configuration set,
 * identity and right to send, and the unsubscribe secret. {@code tenants/example.json}: acme with marketing;
 * {@code tenants/three-tenants.json}: acme and globex with marketing, initech without.
 */
class OutreachSendingTest {

    private static final SynthesizedApp ONE = SynthesizedApp.oneTenant();
    private static final SynthesizedApp THREE = SynthesizedApp.threeTenants();

    @Test
    void outreachFunctions_consumeTheirQueuesWithPartialBatchResponses() {
        Template events = THREE.events();
        for (var fn : Map.of("outreachSender", "OutreachQueue", "outreachFeedback", "FeedbackQueue")
                .entrySet()) {
            events.hasResourceProperties(
                    "AWS::Lambda::Function",
                    Match.objectLike(Map.of(
                            "Environment",
                            Map.of(
                                    "Variables",
                                    Match.objectLike(Map.of(
                                            "SPRING_CLOUD_FUNCTION_DEFINITION",
                                            fn.getKey(),
                                            "MAIN_CLASS",
                                            "com.benchcrm.function.outreachsender.OutreachSenderApplication",
                                            "BENCHCRM_MAIL_SENDER",
                                            "ses",
                                            "BENCHCRM_UNSUBSCRIBE_SECRET_ARN",
                                            Match.anyValue()))),
                            "SnapStart",
                            Map.of("ApplyOn", "PublishedVersions"))));
            events.hasResourceProperties(
                    "AWS::Lambda::EventSourceMapping",
                    Match.objectLike(Map.of(
                            "EventSourceArn",
                            Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*" + fn.getValue() + ".*")),
                            "FunctionResponseTypes",
                            List.of("ReportBatchItemFailures"))));
        }
        events.resourceCountIs("AWS::Lambda::EventSourceMapping", 4); // webhook, notify, outreach, feedback
        // the sender never names an address in the environment: the tenant's configuration set is derived
        events.hasResourceProperties(
                "AWS::Lambda::Function",
                Match.objectLike(Map.of(
                        "Environment",
                        Map.of(
                                "Variables",
                                Match.objectLike(Map.of(
                                        "SPRING_CLOUD_FUNCTION_DEFINITION",
                                        "outreachSender",
                                        "BENCHCRM_SES_CONFIGURATION_SET_PREFIX",
                                        "benchcrm-dev-",
                                        "BENCHCRM_OUTREACH_DLQ_URL",
                                        Match.anyValue(),
                                        "BENCHCRM_PUBLIC_BASE_URL",
                                        Match.anyValue()))))));
    }

    /** The one place the CDK's configuration set names and the sender's derivation (prefix + slug) are held together. */
    @Test
    void configurationSetNames_areTheSendersPrefixAndTheTenantsSlug() {
        String prefix = senderVariable(THREE, "BENCHCRM_SES_CONFIGURATION_SET_PREFIX");
        List<String> names = THREE.tenants().findResources("AWS::SES::ConfigurationSet").values().stream()
                .map(r -> (String) ((Map<?, ?>) r.get("Properties")).get("Name"))
                .sorted()
                .toList();
        List<String> marketingSlugs = THREE.config.tenants().stream()
                .filter(t -> t.marketing() != null)
                .map(TenantConfig::slug)
                .sorted()
                .toList();
        assertThat(marketingSlugs).containsExactly("acme", "globex");
        assertThat(names)
                .containsExactlyElementsOf(
                        marketingSlugs.stream().map(s -> prefix + s).toList());
        assertThat(THREE.config.configurationSetName("acme")).isEqualTo(prefix + "acme");
    }

    @Test
    void marketingTenant_hasItsConfigurationSetWithBounceAndComplaintToTheFeedbackTopic_andItsDomainIdentity() {
        Template t = THREE.tenants();
        t.resourceCountIs("AWS::SES::ConfigurationSet", 2);
        t.resourceCountIs("AWS::SES::ConfigurationSetEventDestination", 2);
        t.resourceCountIs("AWS::SES::EmailIdentity", 2);
        t.hasResourceProperties(
                "AWS::SES::ConfigurationSetEventDestination",
                Match.objectLike(Map.of(
                        "ConfigurationSetName",
                        Map.of("Ref", TenantScalingTest.logicalId(t, "AWS::SES::ConfigurationSet", "acme")),
                        "EventDestination",
                        Match.objectLike(Map.of(
                                "Enabled", true,
                                "MatchingEventTypes", List.of("bounce", "complaint"),
                                "SnsDestination",
                                        Map.of(
                                                "TopicARN",
                                                Map.of(
                                                        "Fn::ImportValue",
                                                        Match.stringLikeRegexp(".*FeedbackTopic.*"))))))));
        t.hasResourceProperties(
                "AWS::SES::EmailIdentity",
                Match.objectLike(Map.of(
                        "EmailIdentity", "mail.acme-staffing.example",
                        "ConfigurationSetAttributes",
                                Map.of(
                                        "ConfigurationSetName",
                                        Map.of(
                                                "Ref",
                                                TenantScalingTest.logicalId(t, "AWS::SES::ConfigurationSet", "acme"))),
                        "DkimSigningAttributes", Map.of("NextSigningKeyLength", "RSA_2048_BIT"))));
        assertThat(t.findResources("AWS::SES::EmailIdentity").keySet()).noneMatch(id -> id.contains("initech"));
        ONE.tenants().resourceCountIs("AWS::SES::ConfigurationSet", 1);
        ONE.tenants().resourceCountIs("AWS::SES::EmailIdentity", 1);
    }

    @Test
    void senderPolicy_perTenant_sendsOnlyAsThatTenantsIdentityAndConfigurationSet() {
        Template t = THREE.tenants();
        Map<String, Map<String, Object>> policies = t.findResources(
                "AWS::IAM::Policy",
                Match.objectLike(Map.of(
                        "Properties", policyWith(Map.of("Action", List.of("ses:SendEmail", "ses:SendRawEmail"))))));
        assertThat(policies).hasSize(2);
        for (var entry : policies.entrySet()) {
            String slug = entry.getKey().contains("acme") ? "acme" : "globex";
            List<Map<String, Object>> statements = IamPolicyTest.statements(entry.getValue());
            assertThat(statements).singleElement().satisfies(s -> {
                String resources = s.get("Resource").toString();
                assertThat(resources)
                        .contains(":identity/mail." + slug)
                        .contains(":configuration-set/benchcrm-dev-" + slug)
                        .doesNotContain("*");
                assertThat(s.get("Condition").toString()).contains("ses:FromAddress");
            });
            // attached to the outreach sender's role (in the events stack), nothing else
            @SuppressWarnings("unchecked")
            List<Object> roles =
                    (List<Object>) ((Map<String, Object>) entry.getValue().get("Properties")).get("Roles");
            assertThat(roles).singleElement().asString().contains("OutreachSender");
        }
        // acme pins its From address; globex allows any address at its domain
        t.hasResourceProperties(
                "AWS::IAM::Policy",
                policyWith(Map.of(
                        "Condition",
                        Map.of("StringEquals", Map.of("ses:FromAddress", "bench@mail.acme-staffing.example")))));
        t.hasResourceProperties(
                "AWS::IAM::Policy",
                policyWith(
                        Map.of("Condition", Map.of("StringLike", Map.of("ses:FromAddress", "*@mail.globex.example")))));
        // the events stack's own policies grant no SES sending to the sender (only the digest's pinned address)
        for (var policy : THREE.events().findResources("AWS::IAM::Policy").entrySet()) {
            if (policy.getKey().startsWith("OutreachSender")) {
                assertThat(IamPolicyTest.statements(policy.getValue()))
                        .noneMatch(s -> IamPolicyTest.actions(s).stream().anyMatch(a -> a.startsWith("ses:")));
            }
        }
    }

    @Test
    void
            feedbackTopic_encrypted_publishableOnlyBySesForThisDeploymentsConfigurationSets_subscribedByTheFeedbackQueue() {
        Template p = THREE.platform();
        p.resourceCountIs("AWS::SNS::Topic", 1);
        p.hasResourceProperties(
                "AWS::SNS::Topic",
                Match.objectLike(
                        Map.of("TopicName", "benchcrm-dev-mail-feedback", "KmsMasterKeyId", Match.anyValue())));
        p.hasResourceProperties(
                "AWS::SNS::Subscription",
                Match.objectLike(Map.of(
                        "Protocol",
                        "sqs",
                        "Endpoint",
                        Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("EventsFeedbackQueue.*"), "Arn")),
                        "RawMessageDelivery",
                        false)));
        Object configurationSets = Match.objectLike(Map.of(
                "Fn::Join", Match.arrayWith(List.of(Match.arrayWith(List.of(":configuration-set/benchcrm-dev-*"))))));
        p.hasResourceProperties(
                "AWS::SNS::TopicPolicy",
                policyWith(Map.of(
                        "Principal", Map.of("Service", "ses.amazonaws.com"),
                        "Action", "sns:Publish",
                        "Condition", Match.objectLike(Map.of("ArnLike", Map.of("aws:SourceArn", configurationSets))))));
        // SNS may use the data key (the encrypted feedback queue) for this topic only
        p.hasResourceProperties(
                "AWS::KMS::Key",
                Match.objectLike(Map.of(
                        "KeyPolicy",
                        policyDocumentWith(Map.of(
                                "Principal", Map.of("Service", "sns.amazonaws.com"),
                                "Condition",
                                        Map.of(
                                                "ArnEquals",
                                                Map.of(
                                                        "aws:SourceArn",
                                                        Match.objectLike(Map.of(
                                                                "Fn::Join",
                                                                Match.arrayWith(List.of(Match.arrayWith(List.of(
                                                                        ":benchcrm-dev-mail-feedback")))))))))))));
        for (Object key : p.findResources("AWS::KMS::Key").values()) {
            for (Map<String, Object> statement : keyStatements(key)) {
                if (statement.get("Principal").toString().contains("sns.amazonaws.com")) {
                    assertThat(statement)
                            .as("every SNS statement is conditioned")
                            .containsKey("Condition");
                }
            }
        }
        // the feedback queue admits this topic only
        p.hasResourceProperties(
                "AWS::SQS::QueuePolicy",
                policyWith(Map.of(
                        "Action", "sqs:SendMessage",
                        "Principal", Map.of("Service", "sns.amazonaws.com"),
                        "Condition",
                                Map.of(
                                        "ArnEquals",
                                        Map.of(
                                                "aws:SourceArn",
                                                Map.of("Ref", Match.stringLikeRegexp(".*FeedbackTopic.*")))))));
    }

    @Test
    void httpApi_queuesToTheOutreachQueueOnly_andReadsTheUnsubscribeSecret() {
        Template api = THREE.api();
        api.hasResourceProperties(
                "AWS::Lambda::Function",
                Match.objectLike(Map.of(
                        "Environment",
                        Map.of(
                                "Variables",
                                Match.objectLike(Map.of(
                                        "BENCHCRM_OUTREACH_QUEUE_URL",
                                                Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*OutreachQueue.*")),
                                        "BENCHCRM_UNSUBSCRIBE_SECRET_ARN",
                                                Map.of(
                                                        "Fn::ImportValue",
                                                        Match.stringLikeRegexp(".*UnsubscribeSecret.*"))))))));
        Map<String, Object> policy = api.findResources("AWS::IAM::Policy").entrySet().stream()
                .filter(e -> e.getKey().startsWith("HttpApiFunction"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
        List<Map<String, Object>> sqs = IamPolicyTest.statements(policy).stream()
                .filter(s -> IamPolicyTest.actions(s).stream().anyMatch(a -> a.startsWith("sqs:")))
                .toList();
        assertThat(sqs).singleElement().satisfies(s -> {
            assertThat(IamPolicyTest.actions(s))
                    .contains("sqs:SendMessage")
                    .noneMatch(a -> a.startsWith("sqs:Receive"));
            assertThat(s.get("Resource").toString()).contains("OutreachQueue").doesNotContain("Dlq", "Feedback");
        });
    }

    @Test
    void unsubscribeSecret_generatedUnderTheDataKey_readByTheApiAndTheOutreachFunctionsOnly() {
        Template p = THREE.platform();
        p.hasResourceProperties(
                "AWS::SecretsManager::Secret",
                Match.objectLike(Map.of(
                        "Name", "benchcrm-dev/unsubscribe",
                        "KmsKeyId", Match.anyValue(),
                        "GenerateSecretString", Match.objectLike(Map.of("PasswordLength", 64)))));
        int readers = 0;
        for (var entry : THREE.templates().entrySet()) {
            for (var policy : entry.getValue().findResources("AWS::IAM::Policy").entrySet()) {
                boolean reads = IamPolicyTest.statements(policy.getValue()).stream()
                        .anyMatch(s -> IamPolicyTest.actions(s).contains("secretsmanager:GetSecretValue")
                                && s.get("Resource").toString().contains("UnsubscribeSecret"));
                if (reads) {
                    readers++;
                    assertThat(policy.getKey())
                            .matches("(HttpApiFunction|OutreachSender|OutreachFeedback|OutreachSweep).*");
                }
            }
        }
        // the sweep and the feedback function read it only because the artifact's configuration demands it
        assertThat(readers).isEqualTo(4);
    }

    @Test
    void outreachSweep_every30Minutes_sendsOnlyToTheOutreachQueue() {
        Template events = THREE.events();
        events.hasResourceProperties(
                "AWS::Scheduler::Schedule",
                Match.objectLike(Map.of(
                        "ScheduleExpression",
                        "rate(30 minutes)",
                        "Target",
                        Match.objectLike(
                                Map.of("RetryPolicy", Match.anyValue(), "DeadLetterConfig", Match.anyValue())))));
        Map<String, Object> policy = events.findResources("AWS::IAM::Policy").entrySet().stream()
                .filter(e -> e.getKey().startsWith("OutreachSweepRole"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
        List<String> sqsTargets = IamPolicyTest.statements(policy).stream()
                .filter(s -> IamPolicyTest.actions(s).contains("sqs:SendMessage"))
                .map(s -> s.get("Resource").toString())
                .toList();
        // the send queue (re-queued rows) and the async-failures queue (its on-failure destination)
        assertThat(sqsTargets)
                .hasSize(2)
                .anySatisfy(r -> assertThat(r).contains("OutreachQueue").doesNotContain("Dlq"));
        assertThat(sqsTargets).noneSatisfy(r -> assertThat(r).contains("Feedback"));
    }

    @Test
    void addingTenants_leavesTheEventsAndApiStacksAlone_evenWithMarketing() {
        assertThat(THREE.events().toJSON()).isEqualTo(ONE.events().toJSON());
        assertThat(THREE.api().toJSON()).isEqualTo(ONE.api().toJSON());
    }

    /** Properties whose policy document has a statement like {@code statement}. */
    private static software.amazon.awscdk.assertions.Matcher policyWith(Map<String, Object> statement) {
        return Match.objectLike(Map.of("PolicyDocument", policyDocumentWith(statement)));
    }

    private static software.amazon.awscdk.assertions.Matcher policyDocumentWith(Map<String, Object> statement) {
        return Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(statement)))));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> keyStatements(Object keyResource) {
        Map<String, Object> props = (Map<String, Object>) ((Map<String, Object>) keyResource).get("Properties");
        return (List<Map<String, Object>>) ((Map<String, Object>) props.get("KeyPolicy")).get("Statement");
    }

    private static String senderVariable(SynthesizedApp app, String name) {
        return app.events().findResources("AWS::Lambda::Function").values().stream()
                .map(r ->
                        (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) r.get("Properties")).get("Environment")).get("Variables"))
                .filter(v -> "outreachSender".equals(v.get("SPRING_CLOUD_FUNCTION_DEFINITION")))
                .map(v -> (String) v.get(name))
                .findFirst()
                .orElseThrow();
    }
}
