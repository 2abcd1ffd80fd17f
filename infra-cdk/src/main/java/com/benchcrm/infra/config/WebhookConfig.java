package com.benchcrm.infra.config;

import com.benchcrm.events.EventCatalog;
import com.benchcrm.webhook.DestinationGuard;
import com.benchcrm.webhook.UnsafeDestinationException;
import com.benchcrm.webhook.WebhookInput;
import com.benchcrm.webhook.Webhooks;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A partner webhook a tenant declares in the tenants file: the deployment creates its signing
 * secret (Secrets Manager, the tenant's key) and keeps its subscription row (ADR 0034).
 *
 * <pre>{@code
 * { "name": "ats", "url": "https://hooks.partner.example/benchcrm",
 *   "eventTypes": ["RequirementImported", "RecommendationsReady"] }
 * }</pre>
 *
 * @param name           unique within the tenant; lower-case letters, digits, dashes (it names the
 *                       CloudFormation resources and fixes the subscription id, so renaming is
 *                       removing one webhook and adding another, with a new secret)
 * @param url            https, the partner's endpoint; whether its host resolves to a public address
 *                       is checked at deploy time by the migration function (no DNS at synthesis)
 * @param eventTypes     event types of {@link EventCatalog}
 * @param secretRotation 0 unless the secret was rotated: raising it makes the deployment re-read the
 *                       secret into the subscription (docs/deploy.md)
 */
public record WebhookConfig(String name, String url, List<String> eventTypes, int secretRotation) {

    /** Webhooks per tenant, as the API allows ({@code Webhooks.MAX_PER_TENANT}). */
    public static final int MAX_PER_TENANT = Webhooks.MAX_PER_TENANT;

    private static final Pattern NAME = Pattern.compile("^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$");
    private static final int MAX_URL = WebhookInput.MAX_URL_LENGTH;

    @JsonCreator
    public WebhookConfig(
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty(value = "url", required = true) String url,
            @JsonProperty(value = "eventTypes", required = true) List<String> eventTypes,
            @JsonProperty("secretRotation") Integer secretRotation) {
        this(name, url, eventTypes == null ? List.of() : eventTypes, secretRotation == null ? 0 : secretRotation);
    }

    public WebhookConfig {
        eventTypes = eventTypes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(eventTypes));
    }

    /** Every rule this webhook breaks, each prefixed with {@code where} ({@code tenants[0].webhooks[1]}). */
    List<String> problems(String where) {
        List<String> problems = new ArrayList<>();
        if (name == null || !NAME.matcher(name).matches()) {
            problems.add(where + ".name must be 1-32 lower-case letters, digits or dashes: " + name);
        }
        String urlProblem = urlProblem(url);
        if (urlProblem != null) {
            problems.add(where + ".url " + urlProblem + ": " + url);
        }
        if (eventTypes.isEmpty()) {
            problems.add(where + ".eventTypes must name at least one event type");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < eventTypes.size(); i++) {
            String type = eventTypes.get(i);
            if (type == null || !EventCatalog.isKnown(type)) {
                problems.add(where + ".eventTypes[" + i + "] " + type + " is not an event type; known: "
                        + EventCatalog.types());
            } else if (!seen.add(type)) {
                problems.add(where + ".eventTypes[" + i + "] " + type + " is listed twice");
            }
        }
        if (secretRotation < 0) {
            problems.add(where + ".secretRotation must be 0 or more");
        }
        return problems;
    }

    private static String urlProblem(String url) {
        if (url == null || url.isBlank()) {
            return "is required";
        }
        if (url.length() > MAX_URL) {
            return "is longer than " + MAX_URL + " characters";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "must be an absolute https URL";
        }
        if (!"https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                || uri.getHost() == null) {
            return "must be an absolute https URL";
        }
        if (uri.getRawFragment() != null) {
            return "must not have a fragment";
        }
        if (uri.getRawUserInfo() != null) {
            return "must not contain credentials";
        }
        String host = uri.getHost().startsWith("[")
                ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        if (isAddressLiteral(host) || "localhost".equalsIgnoreCase(host)) {
            // A literal address needs no DNS: the deploy-time guard's verdict is known now.
            try {
                new DestinationGuard(false, h -> new InetAddress[] {
                            InetAddress.getByName("localhost".equalsIgnoreCase(h) ? "127.0.0.1" : h)
                        })
                        .check(uri);
            } catch (UnsafeDestinationException e) {
                return "is refused (" + e.getMessage() + ")";
            }
        }
        return null;
    }

    private static boolean isAddressLiteral(String host) {
        return host.matches("^[0-9.]+$") || host.contains(":");
    }
}
