package com.benchcrm.events;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What happened to each event of one {@link EventPublisher#publish} call.
 *
 * @param published the events the bus accepted
 * @param failed    the others, with the reason the bus gave (e.g. {@code ThrottlingException})
 */
public record PublishResult(List<DomainEvent> published, Map<UUID, String> failed) {

    public PublishResult {
        published = List.copyOf(published);
        failed = Map.copyOf(failed);
    }

    public static PublishResult allPublished(List<DomainEvent> events) {
        return new PublishResult(events, Map.of());
    }
}
