package com.benchcrm.persistence.postgres;

import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlSession;
import com.benchcrm.webhook.DeliveryStatus;
import com.benchcrm.webhook.Webhook;
import com.benchcrm.webhook.WebhookDelivery;
import com.benchcrm.webhook.WebhookRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@link WebhookRepository} over webhook_subscription (deliveries and attempts go with a deleted
 * subscription: {@code on delete cascade}), and the delivery log from webhook_delivery and
 * webhook_attempt.
 */
final class PostgresWebhookRepository implements WebhookRepository {

    private static final String COLUMNS = "id, url, array_to_string(event_types, ',') as types, description, created_by, created_at";

    @Override
    public void lockSubscriptions(Tx tx) {
        SqlTx.of(tx).session().query("select pg_advisory_xact_lock(hashtext('webhook_subscription:' || :tenant)) as locked",
                SqlParams.of("tenant", tx.tenant().value().toString()));
    }

    @Override
    public long count(Tx tx) {
        return SqlTx.of(tx).session().queryOne("select count(*) as n from webhook_subscription where tenant_id = :tenant",
                SqlParams.of("tenant", tx.tenant().value())).orElseThrow().longValue("n");
    }

    @Override
    public void insert(Tx tx, Webhook w, String sealedSecret) {
        // secret_sealed only: its CHECK refuses anything but a sealed value, so no plain secret is written
        SqlTx.of(tx).session().update("""
                insert into webhook_subscription (tenant_id, id, url, event_types, description, secret_sealed, created_by, created_at)
                values (:tenant, :id, :url, string_to_array(:types, ','), :description, :secret, :by, :at)""",
                SqlParams.of("tenant", tx.tenant().value()).and("id", w.id()).and("url", w.url())
                        .and("types", String.join(",", w.eventTypes())).and("description", w.description())
                        .and("secret", sealedSecret).and("by", w.createdBy()).and("at", w.createdAt()));
    }

    @Override
    public Optional<Webhook> find(Tx tx, UUID id) {
        return SqlTx.of(tx).session().queryOne("select " + COLUMNS + " from webhook_subscription where tenant_id = :tenant and id = :id",
                SqlParams.of("tenant", tx.tenant().value()).and("id", id)).map(PostgresWebhookRepository::toWebhook);
    }

    @Override
    public boolean replaceSecret(Tx tx, UUID id, String sealedSecret) {
        return SqlTx.of(tx).session().update("""
                update webhook_subscription set secret_sealed = :secret, secret = null
                where tenant_id = :tenant and id = :id and secret_sealed is distinct from :secret""",
                SqlParams.of("tenant", tx.tenant().value()).and("id", id).and("secret", sealedSecret)) > 0;
    }

    @Override
    public Optional<String> storedSecret(Tx tx, UUID id) {
        return SqlTx.of(tx).session().queryOne("""
                select coalesce(secret_sealed, secret) as secret from webhook_subscription where tenant_id = :tenant and id = :id""",
                SqlParams.of("tenant", tx.tenant().value()).and("id", id)).map(r -> r.string("secret"));
    }

    @Override
    public void update(Tx tx, UUID id, String url, List<String> eventTypes, String description) {
        SqlTx.of(tx).session().update("""
                update webhook_subscription set url = :url, event_types = string_to_array(:types, ','), description = :description
                where tenant_id = :tenant and id = :id""",
                SqlParams.of("tenant", tx.tenant().value()).and("id", id).and("url", url)
                        .and("types", String.join(",", eventTypes)).and("description", description));
    }

    @Override
    public boolean delete(Tx tx, UUID id) {
        return SqlTx.of(tx).session().update("delete from webhook_subscription where tenant_id = :tenant and id = :id",
                SqlParams.of("tenant", tx.tenant().value()).and("id", id)) > 0;
    }

    @Override
    public List<Webhook> list(Tx tx, Optional<UUID> before, int limit) {
        SqlParams params = SqlParams.of("tenant", tx.tenant().value()).and("limit", limit);
        String where = "tenant_id = :tenant";
        if (before.isPresent()) {
            where += " and id < :after";
            params = params.and("after", before.get());
        }
        return SqlTx.of(tx).session().query("select " + COLUMNS + " from webhook_subscription where " + where
                + " order by id desc limit :limit", params).stream().map(PostgresWebhookRepository::toWebhook).toList();
    }

    @Override
    public List<WebhookDelivery> deliveries(Tx tx, UUID subscription, Optional<UUID> before, int limit) {
        SqlSession s = SqlTx.of(tx).session();
        SqlParams params = SqlParams.of("tenant", tx.tenant().value()).and("subscription", subscription).and("limit", limit);
        String where = "tenant_id = :tenant and subscription_id = :subscription";
        if (before.isPresent()) {
            where += " and id < :after";
            params = params.and("after", before.get());
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
                    order by delivery_id, attempt""", SqlParams.of("tenant", tx.tenant().value()).and("ids", idList))) {
                attempts.computeIfAbsent(a.uuid("delivery_id"), k -> new ArrayList<>()).add(new WebhookDelivery.Attempt(
                        a.intValue("attempt"), a.instant("at"), a.intValue("status_code"), a.string("error"), a.intValue("duration_ms")));
            }
        }
        return deliveries.stream().map(r -> new WebhookDelivery(r.uuid("id"), r.uuid("event_id"), r.string("event_type"),
                DeliveryStatus.valueOf(r.string("status")), r.intValue("attempts"), r.instant("created_at"),
                "PENDING".equals(r.string("status")) ? r.instant("next_attempt_at") : null, r.instant("delivered_at"),
                r.instant("failed_at"), r.intValue("last_status_code"), r.string("last_error"),
                attempts.getOrDefault(r.uuid("id"), List.of()))).toList();
    }

    private static Webhook toWebhook(Row r) {
        return new Webhook(r.uuid("id"), r.string("url"), List.of(r.string("types").split(",")), r.string("description"),
                r.string("created_by"), r.instant("created_at"));
    }
}
