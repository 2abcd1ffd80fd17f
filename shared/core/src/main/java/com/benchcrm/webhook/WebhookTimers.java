package com.benchcrm.webhook;

import com.benchcrm.persistence.Transactions;
import java.util.List;

/**
 * Gives every pending delivery of every tenant a fresh retry timer, for when the queue that held
 * the timers may have lost them (the embedded stack's in-memory queues across a restart). Each
 * delivery gets a new timer token in the store ({@link WebhookDeliveryRepository#rearmAll}), so a
 * surviving older timer is dropped as stale: at most one timer owns a delivery afterwards.
 *
 * <pre>{@code
 * int rearmed = new WebhookTimers(db.transactions(), db.webhookDeliveries(), timer).rearm();
 * }</pre>
 */
public final class WebhookTimers {

    private final Transactions transactions;
    private final WebhookDeliveryRepository deliveries;
    private final DeliveryTimer timer;

    public WebhookTimers(Transactions transactions, WebhookDeliveryRepository deliveries, DeliveryTimer timer) {
        this.transactions = transactions;
        this.deliveries = deliveries;
        this.timer = timer;
    }

    /** @return how many pending deliveries got a new timer */
    public int rearm() {
        List<WebhookDeliveryRepository.Rearmed> pending = transactions.withoutTenant(deliveries::rearmAll);
        for (WebhookDeliveryRepository.Rearmed r : pending) {
            timer.schedule(new DeliveryTimer.Message(r.tenant(), r.delivery(), r.token()), r.due());
        }
        return pending.size();
    }
}
