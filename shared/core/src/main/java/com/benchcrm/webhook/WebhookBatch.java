package com.benchcrm.webhook;

import com.benchcrm.common.Json;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.EventCatalog;
import com.benchcrm.events.MalformedEventException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One batch of the webhook queue, its messages handled at once (ADR 0055): each message body is an
 * event from the bus (EventBridge's JSON, the envelope in {@code detail}) or a retry timer, handed to
 * the {@link WebhookDispatcher} with the batch's deadline. The deadline is the smaller of
 * {@code maxBatchTime} and the invocation's remaining time less {@code margin}, so the batch always
 * answers before the Lambda timeout; a delivery that could not start by then is deferred by the
 * dispatcher (not counted), and the others are not held up by it.
 *
 * <pre>{@code
 * List<Optional<RuntimeException>> outcomes = batch.handle(bodies, Optional.of(remainingTime));
 * }</pre>
 *
 * The outcome of message {@code i} is empty when it is done (delivered, scheduled, deferred or
 * dropped as stale) and the failure otherwise ({@link MalformedEventException}: a poison message).
 */
public final class WebhookBatch {

    private final WebhookDispatcher dispatcher;
    private final Duration maxBatchTime;
    private final Duration margin;
    private final Clock clock;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * @param maxBatchTime how long a batch may take at most
     * @param margin       kept free before the invocation's end (answering, logging)
     */
    public WebhookBatch(WebhookDispatcher dispatcher, Duration maxBatchTime, Duration margin, Clock clock) {
        this.dispatcher = dispatcher;
        this.maxBatchTime = maxBatchTime;
        this.margin = margin;
        this.clock = clock;
    }

    /** The deadline of a batch starting now. */
    public Instant deadline(Optional<Duration> remaining) {
        Duration budget = remaining.map(r -> r.minus(margin)).filter(r -> r.compareTo(maxBatchTime) < 0).orElse(maxBatchTime);
        return clock.instant().plus(budget.isNegative() ? Duration.ZERO : budget);
    }

    public List<Optional<RuntimeException>> handle(List<String> bodies, Optional<Duration> remaining) {
        Instant deadline = deadline(remaining);
        List<Future<?>> running = new ArrayList<>(bodies.size());
        for (String body : bodies) {
            running.add(workers.submit(() -> handle(body, deadline)));
        }
        List<Optional<RuntimeException>> outcomes = new ArrayList<>(bodies.size());
        for (Future<?> f : running) {
            outcomes.add(outcome(f, deadline.plus(margin.dividedBy(2))));
        }
        return outcomes;
    }

    private static Optional<RuntimeException> outcome(Future<?> f, Instant hardStop) {
        try {
            f.get(Math.max(1, Duration.between(Instant.now(), hardStop).toMillis()), TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (java.util.concurrent.ExecutionException e) {
            return Optional.of(e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause()));
        } catch (TimeoutException e) {
            // cannot happen while every POST is bounded by the deadline; the message then simply comes back
            f.cancel(true);
            return Optional.of(new IllegalStateException("the message was still being handled at the batch deadline"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(new IllegalStateException("interrupted"));
        }
    }

    private void handle(String body, Instant deadline) {
        JsonNode message;
        try {
            message = Json.strict().readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("the message body is not JSON");
        }
        if (message == null || !message.isObject()) {
            throw new MalformedEventException("the message body is not a JSON object");
        }
        if (DeliveryTimer.Message.isTimer(message)) {
            dispatcher.onTimer(DeliveryTimer.Message.fromNode(message), deadline);
        } else if (message.has("detail-type") && message.has("detail")) {
            if (!EventCatalog.SOURCE.equals(message.path("source").asText())) {
                throw new MalformedEventException("an event from source " + message.path("source").asText() + ", not benchcrm");
            }
            dispatcher.onEvent(DomainEvent.fromNode(message.get("detail")), deadline);
        } else {
            throw new MalformedEventException("neither an EventBridge event nor a webhook timer");
        }
    }
}
