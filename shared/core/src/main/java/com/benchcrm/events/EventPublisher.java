package com.benchcrm.events;

import java.util.List;

/**
 * Port: puts domain events on the event bus (EventBridge in AWS, the in-process bus that evaluates
 * the same rule patterns in the embedded stack).
 *
 * <pre>{@code
 * PublishResult r = publisher.publish(events);
 * outbox.markPublished(r.published());   // the others are retried later
 * }</pre>
 *
 * <p>Implementations report each event's outcome: a failure of some entries (throttling, an
 * internal error of the bus) is a result, not an exception. They throw only when nothing could be
 * attempted at all. Publishing the same event twice is allowed: consumers dedupe on its id.
 */
public interface EventPublisher {

    PublishResult publish(List<DomainEvent> events);
}
