package com.benchcrm.marketing;

import com.benchcrm.common.Json;
import com.benchcrm.common.ValidationException;
import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Bounces and complaints suppress the address (ADR 0091). Reads an SES event notification (the
 * configuration set's event destination: SNS, then SQS, in AWS; the same JSON injected locally) of
 * type {@code Bounce} or {@code Complaint}: a permanent bounce and every complaint suppress each
 * recipient named; a transient bounce changes nothing. The tenant is the message tag
 * {@value #TENANT_TAG} that every send sets.
 */
public final class MailFeedback {

    /** The SES message tag carrying the tenant id. */
    public static final String TENANT_TAG = "benchcrm-tenant";

    /** What a notification did: its tenant, type and the addresses it suppressed now. */
    public record Outcome(TenantId tenant, String type, List<String> suppressed) {}

    private final Suppressions suppressions;

    public MailFeedback(Suppressions suppressions) {
        this.suppressions = suppressions;
    }

    /** The tenant a notification is about, from its {@value #TENANT_TAG} tag; empty when it has none. */
    public static Optional<TenantId> tenantOf(JsonNode n) {
        String t = n.path("mail").path("tags").path(TENANT_TAG).path(0).asText("");
        try {
            return t.length() == 36 ? Optional.of(new TenantId(UUID.fromString(t))) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Applies one notification (its JSON text, as SES publishes it). */
    public Outcome apply(String json) {
        JsonNode n = Json.read(json, JsonNode.class);
        String type = n.path("eventType").asText(n.path("notificationType").asText(""));
        TenantId tenant = tenantOf(n)
                .orElseThrow(() -> new ValidationException(List.of(new ValidationException.FieldError(
                        "/mail/tags/" + TENANT_TAG, "names no tenant (every BenchCRM send sets this tag)"))));
        List<String> addresses = new ArrayList<>();
        SuppressionReason reason;
        switch (type) {
            case "Bounce" -> {
                if (!"Permanent".equals(n.path("bounce").path("bounceType").asText())) {
                    return new Outcome(tenant, type, List.of());
                }
                n.path("bounce")
                        .path("bouncedRecipients")
                        .forEach(r -> addresses.add(r.path("emailAddress").asText("")));
                reason = SuppressionReason.BOUNCED;
            }
            case "Complaint" -> {
                n.path("complaint")
                        .path("complainedRecipients")
                        .forEach(r -> addresses.add(r.path("emailAddress").asText("")));
                reason = SuppressionReason.COMPLAINED;
            }
            default -> {
                return new Outcome(tenant, type, List.of());
            }
        }
        String detail = type + " " + n.path("mail").path("messageId").asText("");
        List<String> suppressed = new ArrayList<>();
        for (String a : addresses) {
            if (!a.isBlank() && a.length() <= 254 && suppressions.suppress(tenant, a, reason, detail, "ses-feedback")) {
                suppressed.add(Suppression.key(a));
            }
        }
        return new Outcome(tenant, type, List.copyOf(suppressed));
    }
}
