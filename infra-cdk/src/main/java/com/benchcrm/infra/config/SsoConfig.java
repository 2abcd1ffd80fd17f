package com.benchcrm.infra.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A tenant's single sign-on ({@code "sso"} of a tenant in the tenants file): its own SAML or OpenID
 * Connect identity provider, federated into the console's Cognito user pool. Its users sign in
 * through it (the hosted sign-in offers it; the console may send {@code identity_provider=<name>})
 * and get the tenant and {@code defaultRole} until an Owner puts them in a role group.
 *
 * <pre>{@code
 * "sso": { "type": "SAML", "name": "acme-okta", "metadataUrl": "https://acme.okta.example/app/exk1/sso/saml/metadata",
 *          "defaultRole": "Recruiter" }
 * "sso": { "type": "OIDC", "name": "globex-entra", "issuer": "https://login.microsoftonline.com/<tenant>/v2.0",
 *          "clientId": "…", "clientSecretName": "benchcrm-dev/sso/globex", "defaultRole": "ReadOnly" }
 * }</pre>
 *
 * @param clientSecretName OIDC: the Secrets Manager secret holding the client secret (never in the file)
 */
public record SsoConfig(
        String type,
        String name,
        String metadataUrl,
        String issuer,
        String clientId,
        String clientSecretName,
        String defaultRole) {

    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$");
    static final List<String> ROLES = List.of("Owner", "Admin", "Recruiter", "Sales", "Analyst", "ReadOnly");

    @JsonCreator
    public SsoConfig(
            @JsonProperty(value = "type", required = true) String type,
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty("metadataUrl") String metadataUrl,
            @JsonProperty("issuer") String issuer,
            @JsonProperty("clientId") String clientId,
            @JsonProperty("clientSecretName") String clientSecretName,
            @JsonProperty("defaultRole") String defaultRole) {
        this.type = type;
        this.name = name;
        this.metadataUrl = metadataUrl;
        this.issuer = issuer;
        this.clientId = clientId;
        this.clientSecretName = clientSecretName;
        this.defaultRole = defaultRole == null ? "ReadOnly" : defaultRole;
    }

    public boolean saml() {
        return "SAML".equals(type);
    }

    List<String> problems(String where) {
        List<String> problems = new ArrayList<>();
        if (name == null || !NAME.matcher(name).matches()) {
            problems.add(
                    where + ".name must be 3-32 letters, digits, _ or -, starting with a letter or digit: " + name);
        }
        if (!ROLES.contains(defaultRole)) {
            problems.add(where + ".defaultRole must be one of " + ROLES + ", not " + defaultRole);
        }
        if ("SAML".equals(type)) {
            https(where + ".metadataUrl", metadataUrl, problems);
        } else if ("OIDC".equals(type)) {
            https(where + ".issuer", issuer, problems);
            if (clientId == null || clientId.isBlank()) {
                problems.add(where + ".clientId is required for OIDC");
            }
            if (clientSecretName == null || clientSecretName.isBlank()) {
                problems.add(where + ".clientSecretName (a Secrets Manager secret name) is required for OIDC");
            }
        } else {
            problems.add(where + ".type must be SAML or OIDC, not " + type);
        }
        return problems;
    }

    private static void https(String field, String value, List<String> problems) {
        try {
            URI u = URI.create(value);
            if (!"https".equals(u.getScheme()) || u.getHost() == null) {
                problems.add(field + " must be an https URL: " + value);
            }
        } catch (RuntimeException e) {
            problems.add(field + " must be an https URL: " + value);
        }
    }
}
