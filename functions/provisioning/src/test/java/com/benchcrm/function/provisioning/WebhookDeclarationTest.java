package com.benchcrm.function.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.tenancy.TenantId;
import com.benchcrm.webhook.Webhooks;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading a {@code Custom::BenchCrmTenantWebhook}'s properties and physical id; the signing secret's format. */
class WebhookDeclarationTest {

    static final String TENANT = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

    @Test
    void fromProperties_sampleCreateEvent_readsEveryProperty() {
        var event = SampleEvents.load("tenant-webhook-create", URI.create("http://127.0.0.1:1/"));

        WebhookDeclaration d = WebhookDeclaration.fromProperties(event.getResourceProperties());

        assertThat(d.tenant()).isEqualTo(TenantId.parse(TENANT));
        assertThat(d.name()).isEqualTo("ats");
        assertThat(d.url()).isEqualTo("https://hooks.partner.example/benchcrm");
        assertThat(d.eventTypes()).containsExactly("RequirementImported", "RecommendationsReady");
        assertThat(d.secretArn()).startsWith("arn:aws:secretsmanager:");
        assertThat(d.input().description()).isEqualTo("tenants file: ats");
        assertThat(d.subscriptionId()).isEqualTo(Webhooks.declaredId(d.tenant(), "ats"));
    }

    @Test
    void physicalId_ofTheSampleEvents_isTheOneTheHandlerReturns() {
        var update = SampleEvents.load("tenant-webhook-update", URI.create("http://127.0.0.1:1/"));
        WebhookDeclaration d = WebhookDeclaration.fromProperties(update.getResourceProperties());

        assertThat(d.physicalId()).isEqualTo(update.getPhysicalResourceId());
        assertThat(WebhookDeclaration.parsePhysicalId(d.physicalId()))
                .isEqualTo(new WebhookDeclaration.Target(d.tenant(), d.subscriptionId()));
    }

    @Test
    void fromProperties_missingOrMalformed_namesTheProperty() {
        Map<String, Object> props = new HashMap<>(Map.of(
                "TenantId",
                TENANT,
                "Name",
                "ats",
                "Url",
                "https://hooks.partner.example/benchcrm",
                "EventTypes",
                List.of("RequirementImported")));
        assertThatThrownBy(() -> WebhookDeclaration.fromProperties(props)).hasMessageContaining("SecretArn");

        props.put("SecretArn", "arn:aws:secretsmanager:us-east-1:123456789012:secret:x");
        props.put("TenantId", "acme");
        assertThatThrownBy(() -> WebhookDeclaration.fromProperties(props))
                .hasMessageContaining("TenantId must be a UUID");

        props.put("TenantId", TENANT);
        props.put("EventTypes", List.of());
        assertThatThrownBy(() -> WebhookDeclaration.fromProperties(props)).hasMessageContaining("EventTypes");
    }

    @Test
    void parsePhysicalId_foreignId_isRefused() {
        assertThatThrownBy(() -> WebhookDeclaration.parsePhysicalId("tenant:acme"))
                .hasMessageContaining("not the physical id of a Custom::BenchCrmTenantWebhook");
    }

    @Test
    void partnerSecret_generatedValue_isPrefixed_andAWholeSecretIsKept() {
        String generated = "Q2x3VnB4aDhLcE1uWjdSdDFZc0U5dkY0Ymc2SmtMMnBXcWVUc0F5dUhpT2xNbk8z";

        assertThat(DeclaredWebhooks.partnerSecret(generated + "\n")).isEqualTo("whsec_" + generated);
        assertThat(DeclaredWebhooks.partnerSecret("whsec_" + generated)).isEqualTo("whsec_" + generated);
    }

    @Test
    void partnerSecret_tooShortOrNotBase64_isRefusedWithoutTheValue() {
        assertThatThrownBy(() -> DeclaredWebhooks.partnerSecret("abcd1234"))
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("24 to 64 bytes")
                .hasMessageNotContaining("abcd1234");
        assertThatThrownBy(() -> DeclaredWebhooks.partnerSecret("{\"password\":\"x\"}"))
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageNotContaining("password");
    }
}
