package com.benchcrm.infra.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules for a tenant's declared webhooks, checked when the tenants file is loaded (at synthesis). */
class WebhookConfigTest {

    static final String URL = "https://hooks.partner.example/benchcrm";
    static final List<String> TYPES = List.of("RequirementImported", "RecommendationsReady");

    @TempDir
    Path dir;

    @Test
    void problems_validWebhooks_none() {
        assertThat(problems(
                        new WebhookConfig("ats", URL, TYPES, 0),
                        new WebhookConfig("crm-2", URL + "/v2", List.of("WebhookDeliveryFailed"), 3)))
                .isEmpty();
    }

    @Test
    void problems_httpUrl_isRefused() {
        assertThat(problems(new WebhookConfig("ats", "http://hooks.partner.example/benchcrm", TYPES, 0)))
                .containsExactly(
                        "tenants[0].webhooks[0].url must be an absolute https URL: http://hooks.partner.example/benchcrm");
    }

    @Test
    void problems_relativeOrCredentialedOrFragmentUrl_isRefused() {
        assertThat(problems(new WebhookConfig("a", "/benchcrm", TYPES, 0)))
                .singleElement()
                .asString()
                .contains("must be an absolute https URL");
        assertThat(problems(new WebhookConfig("b", "https://user:pw@hooks.partner.example/", TYPES, 0)))
                .singleElement()
                .asString()
                .contains("must not contain credentials");
        assertThat(problems(new WebhookConfig("c", URL + "#x", TYPES, 0)))
                .singleElement()
                .asString()
                .contains("must not have a fragment");
    }

    @Test
    void problems_literalPrivateOrLoopbackAddress_isRefusedAtSynthesis() {
        assertThat(problems(new WebhookConfig("ats", "https://10.0.0.5/hook", TYPES, 0)))
                .singleElement()
                .asString()
                .contains("tenants[0].webhooks[0].url is refused (the host 10.0.0.5 resolves to a private address");
        assertThat(problems(new WebhookConfig("ats", "https://169.254.169.254/latest", TYPES, 0)))
                .singleElement()
                .asString()
                .contains("link-local");
        assertThat(problems(new WebhookConfig("ats", "https://localhost/hook", TYPES, 0)))
                .singleElement()
                .asString()
                .contains("loopback");
        assertThat(problems(new WebhookConfig("ats", "https://[::1]/hook", TYPES, 0)))
                .singleElement()
                .asString()
                .contains("loopback");
    }

    @Test
    void problems_unknownOrRepeatedEventType_isRefusedNamingTheKnownOnes() {
        assertThat(problems(new WebhookConfig(
                        "ats", URL, List.of("RequirementImported", "CandidateHired", "RequirementImported"), 0)))
                .containsExactly(
                        "tenants[0].webhooks[0].eventTypes[1] CandidateHired is not an event type; known: "
                                + com.benchcrm.events.EventCatalog.types(),
                        "tenants[0].webhooks[0].eventTypes[2] RequirementImported is listed twice");
        assertThat(problems(new WebhookConfig("ats", URL, List.of(), 0)))
                .containsExactly("tenants[0].webhooks[0].eventTypes must name at least one event type");
    }

    @Test
    void problems_sameNameTwiceInATenant_isRefused() {
        assertThat(problems(new WebhookConfig("ats", URL, TYPES, 0), new WebhookConfig("ats", URL + "/2", TYPES, 0)))
                .containsExactly("tenants[0].webhooks[1].name ats is listed twice for tenant acme");
    }

    @Test
    void problems_sameNameInTwoTenants_isAllowed() {
        DeploymentConfig c = config(List.of(
                new TenantConfig("acme", null, List.of(new WebhookConfig("ats", URL, TYPES, 0))),
                new TenantConfig("globex", null, List.of(new WebhookConfig("ats", URL, TYPES, 0)))));

        assertThat(c.problems()).isEmpty();
    }

    @Test
    void problems_badNameOrNegativeRotation_isRefused() {
        assertThat(problems(new WebhookConfig("Partner ATS", URL, TYPES, -1)))
                .containsExactly(
                        "tenants[0].webhooks[0].name must be 1-32 lower-case letters, digits or dashes: Partner ATS",
                        "tenants[0].webhooks[0].secretRotation must be 0 or more");
    }

    @Test
    void problems_moreWebhooksThanATenantMayHave_isRefused() {
        List<WebhookConfig> many = new ArrayList<>();
        for (int i = 0; i <= WebhookConfig.MAX_PER_TENANT; i++) {
            many.add(new WebhookConfig("w" + i, URL, TYPES, 0));
        }
        assertThat(problems(many.toArray(WebhookConfig[]::new)))
                .containsExactly("tenants[0].webhooks lists 21; a tenant has at most 20 webhooks");
    }

    @Test
    void load_webhookWithAnUnknownField_failsRatherThanIgnoringATypo() throws IOException {
        Path f = dir.resolve("tenants.json");
        Files.writeString(f, """
                {"deployment": "benchcrm-dev", "ingestDomain": "ingest.example.com",
                 "auth": {"issuer": "https://a.example.com/", "audience": "x", "jwksUrl": "https://a.example.com/j"},
                 "tenants": [{"slug": "acme", "webhooks": [
                   {"name": "ats", "url": "https://hooks.partner.example/b", "eventTypes": ["RequirementImported"], "events": []}]}]}
                """);

        assertThatThrownBy(() -> DeploymentConfig.load(f))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("events");
    }

    @Test
    void load_invalidWebhook_reportsItWithTheFile() throws IOException {
        Path f = dir.resolve("tenants.json");
        Files.writeString(f, """
                {"deployment": "benchcrm-dev", "ingestDomain": "ingest.example.com",
                 "auth": {"issuer": "https://a.example.com/", "audience": "x", "jwksUrl": "https://a.example.com/j"},
                 "tenants": [{"slug": "acme", "webhooks": [
                   {"name": "ats", "url": "http://hooks.partner.example/b", "eventTypes": ["RequirementImported"]}]}]}
                """);

        assertThatThrownBy(() -> DeploymentConfig.load(f))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("tenants.json: tenants[0].webhooks[0].url must be an absolute https URL");
    }

    @Test
    void tenantConfig_withoutWebhooks_hasAnEmptyList() {
        assertThat(new TenantConfig("acme", "Acme").webhooks()).isEqualTo(Collections.emptyList());
    }

    private static List<String> problems(WebhookConfig... webhooks) {
        return config(List.of(new TenantConfig("acme", null, List.of(webhooks))))
                .problems();
    }

    private static DeploymentConfig config(List<TenantConfig> tenants) {
        return new DeploymentConfig(
                "benchcrm-dev",
                "ingest.example.com",
                true,
                new DeploymentConfig.Auth("https://a.example.com/", "x", "https://a.example.com/j"),
                DeploymentConfig.Api.DEFAULTS,
                DeploymentConfig.Database.DEFAULTS,
                DeploymentConfig.Search.DEFAULTS,
                tenants);
    }
}
