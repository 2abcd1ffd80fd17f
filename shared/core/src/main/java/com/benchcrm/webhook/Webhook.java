package com.benchcrm.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A webhook subscription as the API shows it: never with its secret. */
public record Webhook(
        UUID id, String url, List<String> eventTypes, String description, String createdBy, Instant createdAt) {

    public Webhook {
        eventTypes = List.copyOf(eventTypes);
    }
}
