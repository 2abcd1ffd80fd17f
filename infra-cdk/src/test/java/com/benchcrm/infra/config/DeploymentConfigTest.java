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
        assertThat(c.tenants()).containsExactly(new TenantConfig("acme", "Acme Staffing"));
        assertThat(c.ingestAddress("acme")).isEqualTo("acme@ingest.benchcrm.example");
        assertThat(c.ruleName("acme")).isEqualTo("benchcrm-dev-tenant-acme");
        assertThat(c.protect()).isTrue();
    }

    @Test
    void load_threeTenantsFile_keepsFileOrder() {
        assertThat(DeploymentConfig.load(Path.of("tenants/three-tenants.json")).tenants())
                .extracting(TenantConfig::slug).containsExactly("acme", "globex", "initech");
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
        DeploymentConfig c = new DeploymentConfig("benchcrm-dev", "ingest.example.com", true,
                new DeploymentConfig.Auth("https://a.example.com/", "x", "https://a.example.com/j"),
                DeploymentConfig.Api.DEFAULTS, DeploymentConfig.Database.DEFAULTS, DeploymentConfig.Search.DEFAULTS,
                List.of(new TenantConfig(slug, null)));

        assertThat(c.problems()).singleElement().asString().contains("too long for an SES receipt rule name");
    }

    @Test
    void problems_noTenants_isReported() {
        DeploymentConfig c = new DeploymentConfig("benchcrm-dev", "ingest.example.com", true,
                new DeploymentConfig.Auth("https://a.example.com/", "x", "https://a.example.com/j"),
                DeploymentConfig.Api.DEFAULTS, DeploymentConfig.Database.DEFAULTS, DeploymentConfig.Search.DEFAULTS, List.of());

        assertThat(c.problems()).containsExactly("tenants must list at least one tenant");
    }

    private Path write(String json) throws IOException {
        Path f = dir.resolve("tenants.json");
        Files.writeString(f, json);
        return f;
    }

    @Test
    void load_exampleFile_embedsWithTitanV2At1024Dimensions() {
        DeploymentConfig.Search search = DeploymentConfig.load(Path.of("tenants/example.json")).search();

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
