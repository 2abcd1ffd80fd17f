package com.benchcrm.persistence.postgres;

import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.webhook.DeliveryStatus;
import com.benchcrm.webhook.WebhookDelivery;
import com.benchcrm.webhook.WebhookDeliveryRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link WebhookDeliveryRepository} over webhook_delivery and webhook_attempt; the re-arm across
 * tenants goes through the definer function {@code benchcrm.webhook_rearm}.
 */
final class PostgresWebhookDeliveryRepository implements WebhookDeliveryRepository {

    private static SqlParams key(Tx tx, UUID delivery) {
        return SqlParams.of("tenant", tx.tenant().value()).and("id", delivery);
    }

    @Override
    public List<UUID> subscriptionsFor(Tx tx, String eventType) {
        return SqlTx.of(tx).session().query("""
                select id from webhook_subscription where tenant_id = :tenant and :type = any(event_types) order by id""",
                SqlParams.of("tenant", tx.tenant().value()).and("type", eventType)).stream().map(r -> r.uuid("id")).toList();
    }

    @Override
    public void create(Tx tx, UUID id, UUID subscription, UUID eventId, String eventType, String body, Instant now) {
        SqlTx.of(tx).session().update("""
                insert into webhook_delivery (tenant_id, id, subscription_id, event_id, event_type, body, status,
                                              next_attempt_at, created_at)
                values (:tenant, :id, :subscription, :event_id, :event_type, :body, 'PENDING', :now, :now)
                on conflict (tenant_id, subscription_id, event_id) do nothing""",
                key(tx, id).and("subscription", subscription).and("event_id", eventId).and("event_type", eventType)
                        .and("body", body).and("now", now));
    }

    @Override
    public List<UUID> unownedPending(Tx tx, UUID eventId) {
        return SqlTx.of(tx).session().query("""
                select id from webhook_delivery
                where tenant_id = :tenant and event_id = :event_id and status = 'PENDING' and timer_token is null
                order by id""", SqlParams.of("tenant", tx.tenant().value()).and("event_id", eventId))
                .stream().map(r -> r.uuid("id")).toList();
    }

    @Override
    public Optional<DeliveryState> lock(Tx tx, UUID delivery) {
        return SqlTx.of(tx).session().queryOne("""
                select d.status, d.timer_token, d.lease_until, d.next_attempt_at, d.attempts, d.first_attempt_at,
                       d.event_id, d.event_type, d.body, d.subscription_id, s.url,
                       coalesce(s.secret_sealed, s.secret) as secret
                from webhook_delivery d
                join webhook_subscription s on s.tenant_id = d.tenant_id and s.id = d.subscription_id
                where d.tenant_id = :tenant and d.id = :id
                for update of d""", key(tx, delivery))
                .map(r -> new DeliveryState(DeliveryStatus.valueOf(r.string("status")), r.uuid("timer_token"), r.instant("lease_until"),
                        r.instant("next_attempt_at"), r.intValue("attempts"), r.instant("first_attempt_at"), r.uuid("event_id"),
                        r.string("event_type"), r.string("body"), r.uuid("subscription_id"), r.string("url"), r.string("secret")));
    }

    @Override
    public void startAttempt(Tx tx, UUID delivery, int attempt, Instant firstAttemptAt, Instant now, Instant leaseUntil) {
        SqlTx.of(tx).session().update("""
                update webhook_delivery set lease_until = :lease, attempts = :attempt, first_attempt_at = :first,
                                            last_attempt_at = :now
                where tenant_id = :tenant and id = :id""",
                key(tx, delivery).and("lease", leaseUntil).and("attempt", attempt).and("first", firstAttemptAt).and("now", now));
    }

    @Override
    public void abandonAttempt(Tx tx, UUID delivery, int attempt, Instant previousFirstAttemptAt) {
        SqlTx.of(tx).session().update("""
                update webhook_delivery set attempts = :attempt - 1, first_attempt_at = :first, lease_until = null
                where tenant_id = :tenant and id = :id and attempts = :attempt""",
                key(tx, delivery).and("attempt", attempt).and("first", previousFirstAttemptAt));
    }

    @Override
    public void logAttempt(Tx tx, UUID delivery, WebhookDelivery.Attempt a) {
        SqlTx.of(tx).session().update("""
                insert into webhook_attempt (tenant_id, delivery_id, attempt, at, status_code, error, duration_ms)
                values (:tenant, :id, :attempt, :at, :status_code, :error, :duration)
                on conflict (tenant_id, delivery_id, attempt) do nothing""",
                key(tx, delivery).and("attempt", a.attempt()).and("at", a.at()).and("status_code", a.statusCode())
                        .and("error", a.error()).and("duration", a.durationMs()));
    }

    @Override
    public void succeeded(Tx tx, UUID delivery, Instant at, Integer statusCode) {
        SqlTx.of(tx).session().update("""
                update webhook_delivery set status = 'SUCCEEDED', delivered_at = :now, lease_until = null,
                                            last_status_code = :status_code, last_error = null
                where tenant_id = :tenant and id = :id""", key(tx, delivery).and("now", at).and("status_code", statusCode));
    }

    @Override
    public boolean failed(Tx tx, UUID delivery, Instant at, LastResult last) {
        return SqlTx.of(tx).session().update("""
                update webhook_delivery set status = 'FAILED', failed_at = :now, lease_until = null, next_attempt_at = null,
                                            last_status_code = :status_code, last_error = :error
                where tenant_id = :tenant and id = :id and status = 'PENDING'""",
                key(tx, delivery).and("now", at).and("status_code", last.statusCode()).and("error", last.error())) == 1;
    }

    @Override
    public void handOver(Tx tx, UUID delivery, UUID ownerToken, UUID newToken, Instant due, LastResult last) {
        SqlParams params = key(tx, delivery).and("token", newToken).and("due", due);
        String set = "timer_token = :token, next_attempt_at = :due, lease_until = null";
        if (last != null) {
            set += ", last_status_code = :status_code, last_error = :error";
            params = params.and("status_code", last.statusCode()).and("error", last.error());
        }
        String owner = ownerToken == null ? "timer_token is null" : "timer_token = :owner";
        if (ownerToken != null) {
            params = params.and("owner", ownerToken);
        }
        SqlTx.of(tx).session().update("update webhook_delivery set " + set
                + " where tenant_id = :tenant and id = :id and status = 'PENDING' and " + owner, params);
    }

    @Override
    public List<Rearmed> rearmAll(Tx tx) {
        return SqlTx.of(tx).session().query("select tenant_id, id, timer_token, next_attempt_at from benchcrm.webhook_rearm()",
                        SqlParams.none()).stream()
                .map(r -> new Rearmed(new TenantId(r.uuid("tenant_id")), r.uuid("id"), r.uuid("timer_token"), r.instant("next_attempt_at")))
                .toList();
    }
}
