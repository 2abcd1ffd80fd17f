package com.benchcrm.function.provisioning;

import com.benchcrm.tenancy.TenantId;
import com.benchcrm.webhook.WebhookInput;
import com.benchcrm.webhook.Webhooks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A partner webhook as the tenants file declares it, read from the properties of a
 * {@code Custom::BenchCrmTenantWebhook} resource.
 *
 * <table>
 *   <caption>Properties</caption>
 *   <tr><td>{@code TenantId}</td><td>the tenant's UUID (the tenant row's {@code TenantId} attribute)</td></tr>
 *   <tr><td>{@code Name}</td><td>the webhook's name in the file, unique per tenant; with the tenant, it fixes the subscription id</td></tr>
 *   <tr><td>{@code Url}, {@code EventTypes}</td><td>the destination and the event types (a list)</td></tr>
 *   <tr><td>{@code SecretArn}</td><td>the Secrets Manager secret holding the signing secret</td></tr>
 *   <tr><td>{@code SecretRotation}</td><td>not read: a new value makes CloudFormation send an Update, which re-reads the secret</td></tr>
 * </table>
 *
 * @param secretArn the secret's ARN; the value itself never passes through CloudFormation
 */
public record WebhookDeclaration(TenantId tenant, String name, String url, List<String> eventTypes, String secretArn) {

    public static final String TYPE = "Custom::BenchCrmTenantWebhook";
    /** The physical id of a declared webhook: {@code webhook:<tenant id>:<subscription id>}. */
    static final String PHYSICAL_PREFIX = "webhook:";

    public WebhookDeclaration {
        Objects.requireNonNull(tenant, "tenant");
        eventTypes = List.copyOf(eventTypes);
    }

    /** @throws IllegalArgumentException naming the missing or malformed property */
    public static WebhookDeclaration fromProperties(Map<String, Object> props) {
        Map<String, Object> p = props == null ? Map.of() : props;
        String tenantText = required(p, "TenantId");
        TenantId tenant;
        try {
            tenant = TenantId.parse(tenantText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a " + TYPE + "'s TenantId must be a UUID, not " + tenantText);
        }
        return new WebhookDeclaration(
                tenant,
                required(p, "Name"),
                required(p, "Url"),
                eventTypes(p.get("EventTypes")),
                required(p, "SecretArn"));
    }

    /** The subscription's id: the same for this tenant and name on every request. */
    public UUID subscriptionId() {
        return Webhooks.declaredId(tenant, name);
    }

    public String physicalId() {
        return physicalId(tenant, subscriptionId());
    }

    static String physicalId(TenantId tenant, UUID subscription) {
        return PHYSICAL_PREFIX + tenant.value() + ":" + subscription;
    }

    /** The input of the core rules; the description says where the subscription comes from. */
    public WebhookInput input() {
        return new WebhookInput(url, eventTypes, "tenants file: " + name);
    }

    /** The tenant and subscription a physical id names. */
    record Target(TenantId tenant, UUID subscription) {}

    /** @throws IllegalArgumentException when the id is not one this handler returned */
    static Target parsePhysicalId(String physicalId) {
        if (physicalId != null && physicalId.startsWith(PHYSICAL_PREFIX)) {
            String[] parts = physicalId.substring(PHYSICAL_PREFIX.length()).split(":");
            if (parts.length == 2) {
                try {
                    return new Target(TenantId.parse(parts[0]), UUID.fromString(parts[1]));
                } catch (IllegalArgumentException e) {
                    // reported below
                }
            }
        }
        throw new IllegalArgumentException("not the physical id of a " + TYPE + ": " + physicalId);
    }

    private static List<String> eventTypes(Object value) {
        List<String> types = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> types.add(v == null ? null : v.toString().trim()));
        } else if (value != null && !value.toString().isBlank()) {
            for (String t : value.toString().split(",")) {
                types.add(t.trim());
            }
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException("a " + TYPE + " needs the property EventTypes");
        }
        return types;
    }

    private static String required(Map<String, Object> props, String key) {
        Object v = props.get(key);
        if (v == null || v.toString().isBlank()) {
            throw new IllegalArgumentException("a " + TYPE + " needs the property " + key);
        }
        return v.toString().trim();
    }
}
