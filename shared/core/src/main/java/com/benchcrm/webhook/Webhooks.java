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
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.sql.SqlSession;
import com.benchcrm.tenancy.TenantId;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

    private final SqlPort sql;
    private final AuditLog audit;
    private final DestinationGuard guard;
    private final Ids ids;
    private final Clock clock;

    public Webhooks(SqlPort sql, AuditLog audit, DestinationGuard guard, Ids ids, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.guard = guard;
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
        Instant now = clock.instant();
        Webhook created = new Webhook(id, input.url(), input.eventTypes(), input.description(), caller.userId(), now);
        sql.inTenant(caller.tenant(), s -> {
            // Serializes concurrent creations of one tenant, so the limit holds.
            s.query("select pg_advisory_xact_lock(hashtext('webhook_subscription:' || :tenant)) as locked",
                    SqlParams.of("tenant", caller.tenant().value().toString()));
            long count = s.queryOne("select count(*) as n from webhook_subscription where tenant_id = :tenant",
                    SqlParams.of("tenant", caller.tenant().value())).orElseThrow().longValue("n");
            if (count >= MAX_PER_TENANT) {
                throw new ValidationException(List.of(new ValidationException.FieldError("/",
                        "a tenant has at most " + MAX_PER_TENANT + " webhooks; delete one first")));
            }
            s.update("""
                    insert into webhook_subscription (tenant_id, id, url, event_types, description, secret, created_by, created_at)
                    values (:tenant, :id, :url, string_to_array(:types, ','), :description, :secret, :by, :at)""",
                    SqlParams.of("tenant", caller.tenant().value()).and("id", id).and("url", input.url())
                            .and("types", String.join(",", input.eventTypes())).and("description", input.description())
                            .and("secret", secret).and("by", caller.userId()).and("at", now));
            audit.record(new com.benchcrm.sql.SqlTx(s, caller.tenant()), caller, "webhook.created", KIND, id, null, created);
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
        return sql.inTenant(caller.tenant(), s -> {
            s.query("select pg_advisory_xact_lock(hashtext('webhook_subscription:' || :tenant)) as locked",
                    SqlParams.of("tenant", caller.tenant().value().toString()));
            Optional<Webhook> current = find(s, caller, id);
            SqlParams params = SqlParams.of("tenant", caller.tenant().value()).and("id", id).and("url", input.url())
                    .and("types", String.join(",", input.eventTypes())).and("description", input.description())
                    .and("secret", secret);
            if (current.isEmpty()) {
                long count = s.queryOne("select count(*) as n from webhook_subscription where tenant_id = :tenant",
                        SqlParams.of("tenant", caller.tenant().value())).orElseThrow().longValue("n");
                if (count >= MAX_PER_TENANT) {
                    throw new ValidationException(List.of(new ValidationException.FieldError("/",
                            "a tenant has at most " + MAX_PER_TENANT + " webhooks; delete one first")));
                }
                s.update("""
                        insert into webhook_subscription (tenant_id, id, url, event_types, description, secret, created_by, created_at)
                        values (:tenant, :id, :url, string_to_array(:types, ','), :description, :secret, :by, :at)""",
                        params.and("by", caller.userId()).and("at", now));
                Webhook created = new Webhook(id, input.url(), input.eventTypes(), input.description(), caller.userId(), now);
                audit.record(new com.benchcrm.sql.SqlTx(s, caller.tenant()), caller, "webhook.created", KIND, id, null, created);
                return created;
            }
            Webhook before = current.get();
            boolean secretChanged = s.update("""
                    update webhook_subscription set secret = :secret
                    where tenant_id = :tenant and id = :id and secret is distinct from :secret""", params) > 0;
            s.update("""
                    update webhook_subscription set url = :url, event_types = string_to_array(:types, ','), description = :description
                    where tenant_id = :tenant and id = :id""", params);
            Webhook after = new Webhook(id, input.url(), input.eventTypes(), input.description(), before.createdBy(),
                    before.createdAt());
            audit.record(new com.benchcrm.sql.SqlTx(s, caller.tenant()), caller, "webhook.updated", KIND, id, before, after, Map.of("secretChanged", secretChanged));
            return after;
        });
    }

    /**
     * Removes subscription {@code id} if it exists (idempotent, unlike {@link #delete}); its deliveries
     * and their attempt log go with it ({@code ON DELETE CASCADE}).
     *
     * @return whether there was one to remove
     */
    public boolean remove(Caller caller, UUID id) {
        caller.require(Permission.WEBHOOK_MANAGE);
        return sql.inTenant(caller.tenant(), s -> {
            Optional<Webhook> current = find(s, caller, id);
            if (current.isEmpty()) {
                return false;
            }
            s.update("delete from webhook_subscription where tenant_id = :tenant and id = :id",
                    SqlParams.of("tenant", caller.tenant().value()).and("id", id));
            audit.record(new com.benchcrm.sql.SqlTx(s, caller.tenant()), caller, "webhook.deleted", KIND, id, current.get(), null);
            return true;
        });
    }

    public Page<Webhook> list(Caller caller, PageRequest page) {
        caller.require(Permission.WEBHOOK_MANAGE);
        SqlParams params = SqlParams.of("tenant", caller.tenant().value()).and("limit", page.limit() + 1);
        String where = "tenant_id = :tenant";
        if (page.after().isPresent()) {
            where += " and id < :after";
            params = params.and("after", page.after().get());
        }
        String statement = "select id, url, array_to_string(event_types, ',') as types, description, created_by, created_at"
                + " from webhook_subscription where " + where + " order by id desc limit :limit";
        SqlParams bound = params;
        List<Webhook> rows = sql.inTenant(caller.tenant(), s -> s.query(statement, bound)).stream().map(Webhooks::toWebhook).toList();
        return Page.fromOverfetch(rows, page.limit(), KIND, Webhook::id);
    }

    public Webhook get(Caller caller, UUID id) {
        caller.require(Permission.WEBHOOK_MANAGE);
        return sql.inTenant(caller.tenant(), s -> find(s, caller, id)).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    /**
     * Unsubscribes; pending deliveries of the subscription stop with it (its log is deleted too).
     * A subscription the deployment declares ({@link #provision}) can be deleted here too (the API's
     * DELETE documents no refusal); the next deployment that updates it creates it again.
     */
    public void delete(Caller caller, UUID id) {
        caller.require(Permission.WEBHOOK_MANAGE);
        sql.inTenant(caller.tenant(), s -> {
            Webhook current = find(s, caller, id).orElseThrow(() -> new NotFoundException(KIND, id));
            s.update("delete from webhook_subscription where tenant_id = :tenant and id = :id",
                    SqlParams.of("tenant", caller.tenant().value()).and("id", id));
            audit.record(new com.benchcrm.sql.SqlTx(s, caller.tenant()), caller, "webhook.deleted", KIND, id, current, null);
            return null;
        });
    }

    /** The subscription's deliveries, newest first, each with its attempts. */
    public Page<WebhookDelivery> deliveries(Caller caller, UUID subscription, PageRequest page) {
        caller.require(Permission.WEBHOOK_MANAGE);
        List<WebhookDelivery> rows = sql.inTenant(caller.tenant(), s -> {
            find(s, caller, subscription).orElseThrow(() -> new NotFoundException(KIND, subscription));
            SqlParams params = SqlParams.of("tenant", caller.tenant().value()).and("subscription", subscription)
                    .and("limit", page.limit() + 1);
            String where = "tenant_id = :tenant and subscription_id = :subscription";
            if (page.after().isPresent()) {
                where += " and id < :after";
                params = params.and("after", page.after().get());
            }
            List<Row> deliveries = s.query("select id, event_id, event_type, status, attempts, created_at, next_attempt_at,"
                    + " delivered_at, failed_at, last_status_code, last_error from webhook_delivery where " + where
                    + " order by id desc limit :limit", params);
            Map<UUID, List<WebhookDelivery.Attempt>> attempts = new LinkedHashMap<>();
            if (!deliveries.isEmpty()) {
                String idList = deliveries.stream().map(r -> r.uuid("id").toString()).collect(Collectors.joining(","));
                for (Row a : s.query("""
                        select delivery_id, attempt, at, status_code, error, duration_ms from webhook_attempt
                        where tenant_id = :tenant and delivery_id = any(cast(string_to_array(:ids, ',') as uuid[]))
                        order by delivery_id, attempt""", SqlParams.of("tenant", caller.tenant().value()).and("ids", idList))) {
                    attempts.computeIfAbsent(a.uuid("delivery_id"), k -> new ArrayList<>()).add(new WebhookDelivery.Attempt(
                            a.intValue("attempt"), a.instant("at"), a.intValue("status_code"), a.string("error"), a.intValue("duration_ms")));
                }
            }
            return deliveries.stream().map(r -> new WebhookDelivery(r.uuid("id"), r.uuid("event_id"), r.string("event_type"),
                    DeliveryStatus.valueOf(r.string("status")), r.intValue("attempts"), r.instant("created_at"),
                    "PENDING".equals(r.string("status")) ? r.instant("next_attempt_at") : null, r.instant("delivered_at"),
                    r.instant("failed_at"), r.intValue("last_status_code"), r.string("last_error"),
                    attempts.getOrDefault(r.uuid("id"), List.of()))).toList();
        });
        return Page.fromOverfetch(rows, page.limit(), DELIVERY_KIND, WebhookDelivery::id);
    }

    public static String cursorKind() {
        return KIND;
    }

    public static String deliveryCursorKind() {
        return DELIVERY_KIND;
    }

    private static Optional<Webhook> find(SqlSession s, Caller caller, UUID id) {
        return s.queryOne("""
                select id, url, array_to_string(event_types, ',') as types, description, created_by, created_at
                from webhook_subscription where tenant_id = :tenant and id = :id""",
                SqlParams.of("tenant", caller.tenant().value()).and("id", id)).map(Webhooks::toWebhook);
    }

    private static Webhook toWebhook(Row r) {
        return new Webhook(r.uuid("id"), r.string("url"), List.of(r.string("types").split(",")), r.string("description"),
                r.string("created_by"), r.instant("created_at"));
    }
}
