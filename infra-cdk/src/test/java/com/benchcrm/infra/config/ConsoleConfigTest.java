package com.benchcrm.infra.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tenants file's {@code console} and tenants' {@code sso}: what is accepted, and every rule reported. */
class ConsoleConfigTest {

    static final ConsoleConfig CONSOLE = new ConsoleConfig(
            "benchcrm-dev-login",
            List.of("https://console.example.com/auth/callback"),
            List.of("https://console.example.com/signed-out"),
            "optional",
            15,
            10);
    static final DeploymentConfig.Auth AUTH =
            new DeploymentConfig.Auth("https://a.example.com/", "x", "https://a.example.com/j");

    static DeploymentConfig config(DeploymentConfig.Auth auth, ConsoleConfig console, List<TenantConfig> tenants) {
        return new DeploymentConfig(
                "benchcrm-dev",
                "ingest.example.com",
                true,
                auth,
                DeploymentConfig.Api.DEFAULTS,
                DeploymentConfig.Database.DEFAULTS,
                DeploymentConfig.Search.DEFAULTS,
                tenants,
                console);
    }

    @Test
    void theShippedConsoleFile_isValid_andHasNoAuth() {
        DeploymentConfig c = DeploymentConfig.load(Path.of("tenants", "console.json"));
        assertThat(c.hasConsole()).isTrue();
        assertThat(c.auth()).isNull();
        assertThat(c.tenants())
                .filteredOn(t -> t.sso() != null)
                .extracting(t -> t.sso().name())
                .containsExactly("acme-okta", "globex-entra");
    }

    @Test
    void console_replacesAuth_andBothOrNeitherIsAProblem() {
        assertThat(config(null, CONSOLE, List.of(new TenantConfig("acme", null)))
                        .problems())
                .isEmpty();
        assertThat(config(AUTH, CONSOLE, List.of(new TenantConfig("acme", null)))
                        .problems())
                .singleElement()
                .asString()
                .contains("remove auth");
        assertThat(config(null, null, List.of(new TenantConfig("acme", null))).problems())
                .singleElement()
                .asString()
                .contains("auth is required");
    }

    @Test
    void consoleRules_areAllReportedAtOnce() {
        ConsoleConfig bad = new ConsoleConfig(
                "My_AWS_Login", List.of("http://console.example.com/auth/callback"), List.of(), "sometimes", 90, 0);
        assertThat(config(null, bad, List.of(new TenantConfig("acme", null))).problems())
                .anyMatch(p -> p.startsWith("console.cognitoDomainPrefix"))
                .anyMatch(p -> p.startsWith("console.callbackUrls") && p.contains("must be https"))
                .anyMatch(p -> p.startsWith("console.logoutUrls"))
                .anyMatch(p -> p.startsWith("console.mfa"))
                .anyMatch(p -> p.startsWith("console.accessTokenMinutes"))
                .anyMatch(p -> p.startsWith("console.refreshTokenHours"));
        ConsoleConfig local = new ConsoleConfig(
                "benchcrm-dev-login",
                List.of("http://localhost:5173/auth/callback"),
                List.of("http://localhost:5173/signed-out"),
                null,
                null,
                null);
        assertThat(local.mfa()).isEqualTo("optional");
        assertThat(config(null, local, List.of(new TenantConfig("acme", null))).problems())
                .isEmpty();
    }

    @Test
    void sso_needsTheConsole_aValidProvider_andAUniqueName() {
        SsoConfig saml =
                new SsoConfig("SAML", "acme-okta", "https://idp.example.com/metadata", null, null, null, "Recruiter");
        TenantConfig acme = new TenantConfig("acme", null, null, null, saml);
        assertThat(config(AUTH, null, List.of(acme)).problems())
                .singleElement()
                .asString()
                .contains("needs the deployment's console");
        assertThat(config(null, CONSOLE, List.of(acme)).problems()).isEmpty();

        SsoConfig oidcWithoutSecret =
                new SsoConfig("OIDC", "acme-okta", null, "http://idp.example.com", null, null, "Boss");
        assertThat(config(null, CONSOLE, List.of(acme, new TenantConfig("globex", null, null, null, oidcWithoutSecret)))
                        .problems())
                .anyMatch(p -> p.contains(".sso.issuer must be an https URL"))
                .anyMatch(p -> p.contains(".sso.clientId is required"))
                .anyMatch(p -> p.contains(".sso.clientSecretName"))
                .anyMatch(p -> p.contains(".sso.defaultRole"))
                .anyMatch(p -> p.contains("is used by another tenant"));
    }
}
