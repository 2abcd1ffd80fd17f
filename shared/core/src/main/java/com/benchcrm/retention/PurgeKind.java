package com.benchcrm.retention;

import com.benchcrm.tenancy.Retention;
import java.time.Duration;
import java.util.function.Function;

/** What the purge removes, each with the retention that governs it. */
public enum PurgeKind {
    /** Published outbox rows (unpublished ones never). */
    OUTBOX("outbox", Retention::outbox),
    /** Consumers' dedupe records. */
    PROCESSED_EVENT("processed_event", Retention::processedEvents),
    /** Idempotency keys with their stored responses. */
    IDEMPOTENCY_KEY("idempotency_key", Retention::idempotencyKeys),
    /** Finished webhook deliveries with their attempt log (pending ones never). */
    WEBHOOK_DELIVERY("webhook_delivery", Retention::webhooks),
    /** Superseded match runs without recruiter feedback (a requirement's latest run never). */
    MATCH_RUN("match_run", Retention::matchRuns),
    /** The parsed content of inbound messages (the outcome row and the raw mail stay). */
    INBOUND_BODY("inbound_body", Retention::inboundBodies),
    /** Users' notifications read or dismissed before the window (unread ones never; V16). */
    NOTIFICATION("notification", Retention::notifications),
    /** The daily digest's claims of days before the window. */
    NOTIFICATION_DIGEST("notification_digest", Retention::notifications),
    /** The notification preferences of users deactivated (or gone), unchanged within the window. */
    NOTIFICATION_PREFERENCE("notification_preference", Retention::notifications);

    private final String code;
    private final Function<Retention, Duration> retention;

    PurgeKind(String code, Function<Retention, Duration> retention) {
        this.code = code;
        this.retention = retention;
    }

    /** The name the store knows it by, and the key of the audit counts. */
    public String code() {
        return code;
    }

    public Duration retention(Retention r) {
        return retention.apply(r);
    }
}
