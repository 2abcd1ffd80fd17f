package com.benchcrm.webhook;

import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.tenancy.TenantId;
import java.util.List;

/**
 * Gives every pending delivery of every tenant a fresh retry timer, for when the queue that held
 * the timers may have lost them (the embedded stack's in-memory queues across a restart). Each
 * delivery gets a new timer token in the database (database function {@code webhook_rearm}), so a
 * surviving older timer is dropped as stale: at most one timer owns a delivery afterwards.
 *
 * <pre>{@code
 * int rearmed = new WebhookTimers(appSql, timer).rearm();
 * }</pre>
 */
public final class WebhookTimers {

    private final SqlPort sql;
    private final DeliveryTimer timer;

    public WebhookTimers(SqlPort sql, DeliveryTimer timer) {
        this.sql = sql;
        this.timer = timer;
    }

    /** @return how many pending deliveries got a new timer */
    public int rearm() {
        List<Row> pending = sql.withoutTenant(s -> s.query(
                "select tenant_id, id, timer_token, next_attempt_at from benchcrm.webhook_rearm()", SqlParams.none()));
        for (Row r : pending) {
            timer.schedule(new DeliveryTimer.Message(new TenantId(r.uuid("tenant_id")), r.uuid("id"), r.uuid("timer_token")),
                    r.instant("next_attempt_at"));
        }
        return pending.size();
    }
}
