package com.benchcrm.infra.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentConfigTest {

    @TempDir
    Path dir;

    @Test
    void load_exampleFile_hasOneTenantAndTheDefaults() {
        DeploymentConfig c = DeploymentConfig.load(Path.of("tenants/example.json"));

        assertThat(c.deployment()).isEqualTo("benchcrm-dev");
        assertThat(c.tenants()).singleElement().satisfies(t -> {
            assertThat(t.slug()).isEqualTo("acme");
            assertThat(t.name()).isEqualTo("Acme Staffing");
            assertThat(t.webhooks())
                    .containsExactly(new WebhookConfig(
                            "ats",
                            "https://hooks.partner.example/benchcrm",
                            List.of("RequirementImported", "RecommendationsReady"),
                            0));
            assertThat(t.api()).isEqualTo(new TenantConfig.Api(50, 100));
            // the example spells out the retention and mail policy (ADR 0056, 0058)
            assertThat(t.retention().path("idempotencyHours").asInt()).isEqualTo(24);
            assertThat(t.mail().path("rejectDmarcFail").asBoolean()).isTrue();
            assertThat(t.suspended()).isFalse();
        });
        assertThat(c.ingestAddress("acme")).isEqualTo("acme@ingest.benchcrm.example");
        assertThat(c.ruleName("acme")).isEqualTo("benchcrm-dev-tenant-acme");
        assertThat(c.protect()).isTrue();
    }

    @Test
    void load_threeTenantsFile_keepsFileOrder() {
        assertThat(DeploymentConfig.load(Path.of("tenants/three-tenants.json")).tenants())
                .extracting(TenantConfig::slug)
                .containsExactly("acme", "globex", "initech");
    }

    @Test
    void load_severalMistakes_reportsEachWithItsField() throws IOException {
        Path f = write("""
                {"deployment": "BenchCRM", "ingestDomain": "ingest.example.com",
                 "auth": {"issuer": "http://auth.example.com/", "audience": "benchcrm", "jwksUrl": "https://auth.example.com/jwks"},
                 "api": {"reservedConcurrency": -1},
                 "tenants": [{"slug": "acme"}, {"slug": "acme"}, {"slug": "Bad_Slug"}]}
                """);

        assertThatThrownBy(() -> DeploymentConfig.load(f))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("deployment must be")
                .hasMessageContaining("auth.issuer must be an https URL")
                .hasMessageContaining("api.reservedConcurrency")
                .hasMessageContaining("tenants[1].slug acme is listed twice")
                .hasMessageContaining("tenants[2].slug");
    }

    @Test
    void modelTraining_weeklyByDefault_ownScheduleOrDisabled_andABadExpressionIsNamed() throws IOException {
        List<TenantConfig> tenants =
                DeploymentConfig.load(Path.of("tenants/three-tenants.json")).tenants();
        assertThat(tenants.get(0).modelTraining()).isEqualTo(TenantConfig.ModelTraining.DEFAULT);
        assertThat(tenants.get(0).modelTraining().schedule()).isEqualTo("cron(0 3 ? * SUN *)");
        assertThat(tenants.get(2).modelTraining().schedule()).isEqualTo("cron(30 4 ? * MON *)");
        assertThat(tenants.get(2).modelTraining().enabled()).isTrue();

        Path f = write("""
                {"deployment": "benchcrm-dev", "ingestDomain": "ingest.example.com",
                 "auth": {"issuer": "https://auth.example.com/", "audience": "benchcrm", "jwksUrl": "https://auth.example.com/jwks"},
                 "tenants": [{"slug": "acme", "modelTraining": {"schedule": "every sunday"}},
                             {"slug": "globex", "modelTraining": {"enabled": false}}]}
                """);
        assertThatThrownBy(() -> DeploymentConfig.load(f))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("tenants[0].modelTraining.schedule must be an EventBridge Scheduler expression")
                .hasMessageNotContaining("tenants[1]");
    }

    @Test
    void tenantRateLimit_ownNumbersOrTheDeployments() {
        List<TenantConfig> tenants =
                DeploymentConfig.load(Path.of("tenants/three-tenants.json")).tenants();
        DeploymentConfig.Api deployment = new DeploymentConfig.Api(100, 200, 10, 0);

        assertThat(tenants.get(0).rateLimit(deployment)).isEqualTo(new TenantConfig.RateLimit(50, 100));
        assertThat(tenants.get(1).rateLimit(deployment))
                .as("no api section")
                .isEqualTo(new TenantConfig.RateLimit(100, 200));
        assertThat(new TenantConfig("x", null, null, new TenantConfig.Api(500, null)).rateLimit(deployment))
                .as("burst defaults to the deployment's, raised to the rate")
                .isEqualTo(new TenantConfig.RateLimit(500, 500));
        assertThat(new TenantConfig("x", null, null, new TenantConfig.Api(null, 300)).rateLimit(deployment))
                .isEqualTo(new TenantConfig.RateLimit(100, 300));
    }

    @Test
    void load_tenantRateLimitMistakes_reportsEachWithItsTenant() throws IOException {
        Path f = write("""
                {"deployment": "benchcrm-dev", "ingestDomain": "ingest.example.com",
                 "auth": {"issuer": "https://a.example.com/", "audience": "x", "jwksUrl": "https://a.example.com/j"},
                 "api": {"rateLimit": 100, "burstLimit": 200},
                 "tenants": [{"slug": "acme", "api": {"rateLimit": 0}},
                             {"slug": "globex", "api": {"rateLimit": 20, "burstLimit": 10}},
                             {"slug": "initech", "api": {"burstLimit": -5}},
                             {"slug": "hooli", "api": {"burstLimit": 50}},
                             {"slug": "umbrella", "api": {"rateLimit": 20, "burstLimit": 40}}]}
                """);

        assertThatThrownBy(() -> DeploymentConfig.load(f))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining(
                        "tenants[0].api.rateLimit must be a positive whole number of requests per second, not 0")
                .hasMessageContaining("tenants[1].api.burstLimit (10) must be at least its rateLimit (20)")
                .hasMessageContaining("tenants[2].api.burstLimit must be a positive whole number of requests, not -5")
                .hasMessageContaining(
                        "tenants[3].api.burstLimit (50) must be at least its rateLimit (100, the deployment's)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("tenants[4]"));
    }

    @Test
    void load_marketingMistakes_reportsEachWithItsTenant() throws IOException {
        Path f = write("""
                {"deployment": "benchcrm-dev", "ingestDomain": "ingest.example.com",
                 "auth": {"issuer": "https://a.example.com/", "audience": "x", "jwksUrl": "https://a.example.com/j"},
                 "tenants": [{"slug": "acme", "marketing": {"sendingDomain": "Mail.Acme"}},
                             {"slug": "globex", "marketing": {"sendingDomain": "mail.globex.example",
                                                              "fromAddress": "bench@elsewhere.example"}},
                             {"slug": "initech", "marketing": {"sendingDomain": "mail.globex.example",
                                                               "dailySendCap": 100001}},
                             {"slug": "hooli", "marketing": {"sendingDomain": "ingest.example.com"}},
                             {"slug": "umbrella", "marketing": {"fromAddress": "no-at-sign"}},
                             {"slug": "wayne", "marketing": {"sendingDomain": "mail.wayne.example",
                                                             "fromAddress": "bench@mail.wayne.example", "dailySendCap": 0}}]}
                """);

        assertThatThrownBy(() -> DeploymentConfig.load(f))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("tenants[0].marketing.sendingDomain must be a lower-case DNS name")
                .hasMessageContaining("tenants[1].marketing.fromAddress bench@elsewhere.example must be at the "
                        + "sendingDomain mail.globex.example")
                .hasMessageContaining("tenants[2].marketing.dailySendCap must be 0-100000 mails a day, not 100001")
                .hasMessageContaining(
                        "tenants[2].marketing.sendingDomain mail.globex.example is used by another tenant")
                .hasMessageContaining("tenants[3].marketing.sendingDomain must not be the ingestDomain")
                .hasMessageContaining("tenants[4].marketing.sendingDomain must be a lower-case DNS name")
                .hasMessageContaining("tenants[4].marketing.fromAddress must be an e-mail address, not no-at-sign")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("tenants[5]"));
    }

    @Test
    void load_exampleFile_marketingReachesTheConfigurationSetAndTheTenantRowsCeiling() {
        DeploymentConfig c = DeploymentConfig.load(Path.of("tenants/example.json"));
        TenantConfig acme = c.tenants().get(0);

        assertThat(acme.marketing())
                .isEqualTo(new TenantConfig.Marketing(
                        "mail.acme-staffing.example", "bench@mail.acme-staffing.example", 2000));
        assertThat(c.configurationSetName("acme")).isEqualTo("benchcrm-dev-acme");
        // the ceiling travels on the tenant row (ADR 0100); without marketing the settings carry none
        assertThat(acme.settingsJson()).contains("\"marketing\":{\"dailySendCap\":2000}");
        assertThat(new TenantConfig("x", null).settingsJson()).doesNotContain("marketing");
    }

    @Test
    void load_tenantRateLimitNotAWholeNumber_orUnknownField_fails() throws IOException {
        String head = """
                {"deployment": "benchcrm-dev", "ingestDomain": "ingest.example.com",
                 "auth": {"issuer": "https://a.example.com/", "audience": "x", "jwksUrl": "https://a.example.com/j"},
                 "tenants": [{"slug": "acme", "api": %s}]}
                """;
        Path fraction = write(head.formatted("{\"rateLimit\": 1.5}"));
        Path typo = write(head.formatted("{\"rate\": 10}"));

        assertThatThrownBy(() -> DeploymentConfig.load(fraction))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("rateLimit");
        assertThatThrownBy(() -> DeploymentConfig.load(typo))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("rate");
    }

    @Test
    void load_unknownField_failsRatherThanIgnoringATypo() throws IOException {
        Path f = write("""
                {"deployment": "benchcrm-dev", "ingestDomain": "ingest.example.com",
                 "auth": {"issuer": "https://a.example.com/", "audience": "x", "jwksUrl": "https://a.example.com/j"},
                 "tenant": [{"slug": "acme"}], "tenants": [{"slug": "acme"}]}
                """);

        assertThatThrownBy(() -> DeploymentConfig.load(f)).hasMessageContaining("tenant");
    }

    @Test
    void problems_slugTooLongForAReceiptRuleName_isReported() {
        String slug = "a" + "b".repeat(60);
        DeploymentConfig c = new DeploymentConfig(
                "benchcrm-dev",
                "ingest.example.com",
                true,
                new DeploymentConfig.Auth("https://a.example.com/", "x", "https://a.example.com/j"),
                DeploymentConfig.Api.DEFAULTS,
                DeploymentConfig.Database.DEFAULTS,
                DeploymentConfig.Search.DEFAULTS,
                List.of(new TenantConfig(slug, null)));

        assertThat(c.problems()).singleElement().asString().contains("too long for an SES receipt rule name");
    }

    @Test
    void problems_noTenants_isReported() {
        DeploymentConfig c = new DeploymentConfig(
                "benchcrm-dev",
                "ingest.example.com",
                true,
                new DeploymentConfig.Auth("https://a.example.com/", "x", "https://a.example.com/j"),
                DeploymentConfig.Api.DEFAULTS,
                DeploymentConfig.Database.DEFAULTS,
                DeploymentConfig.Search.DEFAULTS,
                List.of());

        assertThat(c.problems()).containsExactly("tenants must list at least one tenant");
    }

    private Path write(String json) throws IOException {
        Path f = Files.createTempFile(dir, "tenants", ".json");
        Files.writeString(f, json);
        return f;
    }

    @Test
    void load_exampleFile_embedsWithTitanV2At1024Dimensions() {
        DeploymentConfig.Search search =
                DeploymentConfig.load(Path.of("tenants/example.json")).search();

        assertThat(search.embeddingModelId()).isEqualTo("amazon.titan-embed-text-v2:0");
        assertThat(search.embeddingDimensions()).isEqualTo(1024);
    }

    @Test
    void load_embeddingDimensionsTitanDoesNotOffer_isReported() throws IOException {
        Path f = write("""
                {"deployment": "benchcrm-dev", "ingestDomain": "ingest.example.com",
                 "auth": {"issuer": "https://a.example.com/", "audience": "x", "jwksUrl": "https://a.example.com/j"},
                 "search": {"embeddingDimensions": 384, "embeddingModelId": "cohere.embed-english-v3"},
                 "tenants": [{"slug": "acme"}]}
                """);

        assertThatThrownBy(() -> DeploymentConfig.load(f))
                .hasMessageContaining("search.embeddingDimensions must be 256, 512 or 1024")
                .hasMessageContaining("search.embeddingModelId must be amazon.titan-embed-text-v2:0");
    }
}
