package com.benchcrm.tenancy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A tenant's status and the per-tenant settings of the tenants file that the functions act on:
 * data {@link Retention} and the {@link MailPolicy}. Stored on the tenant row ({@code settings}, JSON)
 * by the provisioning function; settings it does not carry take the defaults.
 *
 * <pre>{@code
 * TenantPolicy p = TenantPolicy.of(tenant, "acme", "ACTIVE", "{\"retention\":{\"webhookDays\":14}}");
 * p.retention().webhooks();   // 14 days
 * }</pre>
 */
public record TenantPolicy(TenantId tenant, String slug, TenantStatus status, Retention retention, MailPolicy mail) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }

    /** A policy from the stored row; unreadable or invalid settings fall back to the defaults (and are logged by the caller). */
    public static TenantPolicy of(TenantId tenant, String slug, String status, String settingsJson) {
        TenantStatus s = "ACTIVE".equalsIgnoreCase(status) ? TenantStatus.ACTIVE : TenantStatus.SUSPENDED;
        Settings settings;
        try {
            settings = parseSettings(settingsJson);
        } catch (IllegalArgumentException e) {
            settings = new Settings(Retention.DEFAULTS, MailPolicy.DEFAULTS);
        }
        return new TenantPolicy(tenant, slug, s, settings.retention(), settings.mail());
    }

    /** The settings a tenants file declares. */
    public record Settings(Retention retention, MailPolicy mail) {}

    /**
     * Parses and validates the settings JSON ({@code {"retention": {...}, "mail": {...}}}).
     *
     * @throws IllegalArgumentException naming every rule broken
     */
    public static Settings parseSettings(String json) {
        JsonNode root;
        try {
            root = json == null || json.isBlank() ? JSON.createObjectNode() : JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("the tenant settings are not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the tenant settings must be a JSON object");
        }
        JsonNode r = root.path("retention");
        Retention d = Retention.DEFAULTS;
        Duration outbox = days(r, "outboxDays", d.outbox());
        Duration processed = days(r, "processedEventDays", d.processedEvents());
        Duration idem = r.has("idempotencyHours")
                ? Duration.ofHours(r.path("idempotencyHours").asLong(-1))
                : d.idempotencyKeys();
        Duration webhooks = days(r, "webhookDays", d.webhooks());
        Duration runs = days(r, "matchRunDays", d.matchRuns());
        Duration bodies = days(r, "inboundBodyDays", d.inboundBodies());
        Duration notifications = days(r, "notificationDays", d.notifications());
        List<String> problems = Retention.problems(outbox, processed, idem, webhooks, runs, bodies, notifications);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("retention: " + String.join("; ", problems));
        }
        JsonNode m = root.path("mail");
        MailPolicy md = MailPolicy.DEFAULTS;
        MailPolicy mail = new MailPolicy(
                bool(m, "rejectSpam", md.rejectSpam()),
                bool(m, "rejectDmarcFail", md.rejectDmarcFail()),
                bool(m, "rejectSpfAndDkimFail", md.rejectSpfAndDkimFail()));
        return new Settings(new Retention(outbox, processed, idem, webhooks, runs, bodies, notifications), mail);
    }

    private static Duration days(JsonNode node, String field, Duration fallback) {
        return node.has(field) ? Duration.ofDays(node.path(field).asLong(-1)) : fallback;
    }

    private static boolean bool(JsonNode node, String field, boolean fallback) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new IllegalArgumentException("mail." + field + " must be true or false, not "
                    + v.toString().toLowerCase(Locale.ROOT));
        }
        return v.booleanValue();
    }
}
