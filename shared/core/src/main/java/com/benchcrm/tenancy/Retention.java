package com.benchcrm.tenancy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How long a tenant's operational records are kept before the scheduled purge removes them (the
 * tenants file's {@code retention}, in days; idempotency keys in hours). Business records
 * (consultants, requirements, audit log) are never purged; the raw mail is governed by the bucket's
 * lifecycle rule.
 *
 * <pre>{@code
 * "retention": { "outboxDays": 7, "processedEventDays": 30, "idempotencyHours": 24,
 *                "webhookDays": 30, "matchRunDays": 180, "inboundBodyDays": 365, "notificationDays": 90 }
 * }</pre>
 *
 * @param outbox          published outbox rows
 * @param processedEvents consumers' dedupe records (longer than any redelivery: SQS keeps 14 days)
 * @param idempotencyKeys a key replays its first response for this long, then is reclaimed and purged
 * @param webhooks        finished webhook deliveries and their attempt log
 * @param matchRuns       superseded match runs without recruiter feedback (the latest run stays)
 * @param inboundBodies   the parsed content of inbound messages (their outcome rows stay)
 * @param notifications   users' read or dismissed notifications (unread ones stay), digest claims, and the
 *                        preferences of deactivated users (at least as long as dedupe records: a redelivered
 *                        event must not bring a purged notification back)
 */
public record Retention(
        Duration outbox,
        Duration processedEvents,
        Duration idempotencyKeys,
        Duration webhooks,
        Duration matchRuns,
        Duration inboundBodies,
        Duration notifications) {

    /** Consumers dedupe redeliveries for as long as a queue may hold a message (SQS: at most 14 days). */
    public static final Duration MIN_PROCESSED_EVENTS = Duration.ofDays(15);

    public static final Retention DEFAULTS = new Retention(
            Duration.ofDays(7),
            Duration.ofDays(30),
            Duration.ofHours(24),
            Duration.ofDays(30),
            Duration.ofDays(180),
            Duration.ofDays(365),
            Duration.ofDays(90));

    public Retention {
        List<String> problems =
                problems(outbox, processedEvents, idempotencyKeys, webhooks, matchRuns, inboundBodies, notifications);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    static List<String> problems(
            Duration outbox,
            Duration processedEvents,
            Duration idempotencyKeys,
            Duration webhooks,
            Duration matchRuns,
            Duration inboundBodies,
            Duration notifications) {
        List<String> problems = new ArrayList<>();
        Duration day = Duration.ofDays(1);
        check(problems, "outboxDays", outbox, day);
        check(problems, "processedEventDays", processedEvents, MIN_PROCESSED_EVENTS);
        check(problems, "idempotencyHours", idempotencyKeys, Duration.ofHours(1));
        check(problems, "webhookDays", webhooks, day);
        check(problems, "matchRunDays", matchRuns, day);
        check(problems, "inboundBodyDays", inboundBodies, day);
        check(problems, "notificationDays", notifications, MIN_PROCESSED_EVENTS);
        return problems;
    }

    private static void check(List<String> problems, String name, Duration d, Duration min) {
        if (d == null) {
            problems.add(name + " is missing");
        } else if (d.compareTo(min) < 0) {
            problems.add(name + " must be at least "
                    + (min.toHours() % 24 == 0 ? min.toDays() + " days" : min.toHours() + " hours"));
        } else if (d.compareTo(Duration.ofDays(3650)) > 0) {
            problems.add(name + " must be at most 10 years");
        }
    }
}
