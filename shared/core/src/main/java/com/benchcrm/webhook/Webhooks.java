package com.benchcrm.webhook;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.common.ValidationException;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import com.benchcrm.security.Role;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.tenancy.TenantId;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The webhook use cases of the API: subscribe, list, read, unsubscribe, and read a subscription's
 * delivery log. Each needs {@link Permission#WEBHOOK_MANAGE} (Owner, Admin); each write is audited.
 *
 * <pre>{@code
 * CreatedWebhook created = webhooks.create(caller, new WebhookInput(url, List.of("RequirementImported"), null));
 * String secret = created.secret();   // shown once
 * }</pre>
 *
 * <p>A deployment may also declare a tenant's partner webhooks (the tenants file of the CDK app): the
 * migration function then calls {@link #provision} and {@link #remove} as {@link #deploymentCaller},
 * with an id derived from the declared name ({@link #declaredId}) and the secret held in the tenant's
 * Secrets Manager secret; its {@code created_by} is {@value #DEPLOYMENT_ACTOR}.
 */
public final class Webhooks {

    /** Subscriptions per tenant: bounds the fan-out of every event. */
    public static final int MAX_PER_TENANT = 20;
    static final String KIND = "webhook";
    static final String DELIVERY_KIND = "webhook-delivery";
    /** The {@code created_by} (and audit actor) of subscriptions declared by the deployment. */
    public static final String DEPLOYMENT_ACTOR = "deployment:tenants-file";

    private final Transactions transactions;
    private final WebhookRepository subscriptions;
    private final AuditLog audit;
    private final DestinationGuard guard;
    private final WebhookSecrets secrets;
    private final Ids ids;
    private final Clock clock;

    /** @param secrets seals each signing secret before it is stored (ADR 0057) */
    public Webhooks(Transactions transactions, WebhookRepository subscriptions, AuditLog audit, DestinationGuard guard,
                    WebhookSecrets secrets, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.guard = guard;
        this.secrets = secrets;
        this.ids = ids;
        this.clock = clock;
    }

    public CreatedWebhook create(Caller caller, WebhookInput input) {
        caller.require(Permission.WEBHOOK_MANAGE);
        input.validate();
        try {
            guard.check(URI.create(input.url()));
        } catch (UnsafeDestinationException e) {
            throw new ValidationException(List.of(new ValidationException.FieldError("/url", e.getMessage())));
        }
        String secret = WebhookSignature.newSecret();
        UUID id = ids.next();
        String sealed = secrets.seal(caller.tenant(), id, secret); // before the transaction: a key service call
        Instant now = clock.instant();
        Webhook created = new Webhook(id, input.url(), input.eventTypes(), input.description(), caller.userId(), now);
        transactions.inTenant(caller.tenant(), tx -> {
            subscriptions.lockSubscriptions(tx); // concurrent creations of one tenant queue here, so the limit holds
            requireRoom(subscriptions.count(tx));
            subscriptions.insert(tx, created, sealed);
            audit.record(tx, caller, "webhook.created", KIND, id, null, created);
            return null;
        });
        return new CreatedWebhook(created, secret);
    }

    /**
     * The caller a deployment acts as for {@code tenant}: the tenants file is the tenant's owner's
     * decision, so the caller has the Owner role; {@code traceId} ties the audit rows to the
     * CloudFormation request.
     */
    public static Caller deploymentCaller(TenantId tenant, String traceId) {
        return new Caller(tenant, DEPLOYMENT_ACTOR, Set.of(Role.Owner), traceId);
    }

    /** The id of the webhook a deployment declares under {@code name} for a tenant: the same on every run. */
    public static UUID declaredId(TenantId tenant, String name) {
        return UUID.nameUUIDFromBytes(("benchcrm:declared-webhook:" + tenant.value() + ":" + name)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Makes the subscription {@code id} exist with this URL, these event types and this secret: creates
     * it, or replaces them in place (its deliveries and their log stay). Idempotent, so a repeated
     * CloudFormation request does nothing twice. The same rules as {@link #create}: the input's shape,
     * the {@link DestinationGuard}, at most {@value #MAX_PER_TENANT} subscriptions per tenant; the
     * secret must be a Standard Webhooks secret ({@link WebhookSignature#requireValid}).
     *
     * @return the subscription (never its secret)
     * @throws ValidationException naming the field and the rule it breaks (never the secret)
     */
    public Webhook provision(Caller caller, UUID id, WebhookInput input, String secret) {
        caller.require(Permission.WEBHOOK_MANAGE);
        input.validate();
        try {
            guard.check(URI.create(input.url()));
        } catch (UnsafeDestinationException e) {
            throw new ValidationException(List.of(new ValidationException.FieldError("/url", e.getMessage())));
        }
        try {
            WebhookSignature.requireValid(secret);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(List.of(new ValidationException.FieldError("/secret", e.getMessage())));
        }
        Instant now = clock.instant();
        Optional<String> stored = transactions.inTenant(caller.tenant(), tx -> subscriptions.storedSecret(tx, id));
        // sealed outside the transaction (a key service call); the same secret keeps its sealed value
        boolean secretChanged = stored.isEmpty() || !secrets.matches(caller.tenant(), id, stored.get(), secret);
        boolean write = secretChanged || !com.benchcrm.secrets.SecretSealer.isSealed(stored.get());
        String sealed = write ? secrets.seal(caller.tenant(), id, secret) : stored.get();
        return transactions.inTenant(caller.tenant(), tx -> {
            subscriptions.lockSubscriptions(tx);
            Optional<Webhook> current = subscriptions.find(tx, id);
            if (current.isEmpty()) {
                requireRoom(subscriptions.count(tx));
                Webhook created = new Webhook(id, input.url(), input.eventTypes(), input.description(), caller.userId(), now);
                subscriptions.insert(tx, created, sealed);
                audit.record(tx, caller, "webhook.created", KIND, id, null, created);
                return created;
            }
            Webhook before = current.get();
            if (write) {
                subscriptions.replaceSecret(tx, id, sealed);
            }
            subscriptions.update(tx, id, input.url(), input.eventTypes(), input.description());
            Webhook after = new Webhook(id, input.url(), input.eventTypes(), input.description(), before.createdBy(),
                    before.createdAt());
            audit.record(tx, caller, "webhook.updated", KIND, id, before, after, Map.of("secretChanged", secretChanged));
            return after;
        });
    }

    private static void requireRoom(long count) {
        if (count >= MAX_PER_TENANT) {
            throw new ValidationException(List.of(new ValidationException.FieldError("/",
                    "a tenant has at most " + MAX_PER_TENANT + " webhooks; delete one first")));
        }
    }

    /**
     * Removes subscription {@code id} if it exists (idempotent, unlike {@link #delete}); its deliveries
     * and their attempt log go with it ({@code ON DELETE CASCADE}).
     *
     * @return whether there was one to remove
     */
    public boolean remove(Caller caller, UUID id) {
        caller.require(Permission.WEBHOOK_MANAGE);
        return transactions.inTenant(caller.tenant(), tx -> {
            Optional<Webhook> current = subscriptions.find(tx, id);
            if (current.isEmpty()) {
                return false;
            }
            subscriptions.delete(tx, id);
            audit.record(tx, caller, "webhook.deleted", KIND, id, current.get(), null);
            return true;
        });
    }

    public Page<Webhook> list(Caller caller, PageRequest page) {
        caller.require(Permission.WEBHOOK_MANAGE);
        List<Webhook> rows = transactions.inTenant(caller.tenant(), tx -> subscriptions.list(tx, page.after(), page.limit() + 1));
        return Page.fromOverfetch(rows, page.limit(), KIND, Webhook::id);
    }

    public Webhook get(Caller caller, UUID id) {
        caller.require(Permission.WEBHOOK_MANAGE);
        return transactions.inTenant(caller.tenant(), tx -> subscriptions.find(tx, id)).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    /**
     * Unsubscribes; pending deliveries of the subscription stop with it (its log is deleted too).
     * A subscription the deployment declares ({@link #provision}) can be deleted here too (the API's
     * DELETE documents no refusal); the next deployment that updates it creates it again.
     */
    public void delete(Caller caller, UUID id) {
        caller.require(Permission.WEBHOOK_MANAGE);
        transactions.inTenant(caller.tenant(), tx -> {
            Webhook current = subscriptions.find(tx, id).orElseThrow(() -> new NotFoundException(KIND, id));
            subscriptions.delete(tx, id);
            audit.record(tx, caller, "webhook.deleted", KIND, id, current, null);
            return null;
        });
    }

    /** The subscription's deliveries, newest first, each with its attempts. */
    public Page<WebhookDelivery> deliveries(Caller caller, UUID subscription, PageRequest page) {
        caller.require(Permission.WEBHOOK_MANAGE);
        List<WebhookDelivery> rows = transactions.inTenant(caller.tenant(), tx -> {
            subscriptions.find(tx, subscription).orElseThrow(() -> new NotFoundException(KIND, subscription));
            return subscriptions.deliveries(tx, subscription, page.after(), page.limit() + 1);
        });
        return Page.fromOverfetch(rows, page.limit(), DELIVERY_KIND, WebhookDelivery::id);
    }

    public static String cursorKind() {
        return KIND;
    }

    public static String deliveryCursorKind() {
        return DELIVERY_KIND;
    }
}
