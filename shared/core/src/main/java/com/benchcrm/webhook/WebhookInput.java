package com.benchcrm.webhook;

import com.benchcrm.common.Validator;
import com.benchcrm.events.EventCatalog;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a tenant sends to subscribe: where to, which event types, and an optional description. */
public record WebhookInput(String url, List<String> eventTypes, String description) {

    public static final int MAX_URL_LENGTH = 2000;

    public WebhookInput {
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
    }

    /** Shape rules; whether the destination may be called is the {@link DestinationGuard}'s. */
    public void validate() {
        Validator v = new Validator();
        v.required("/url", url, MAX_URL_LENGTH);
        if (url != null && !url.isBlank() && url.length() <= MAX_URL_LENGTH) {
            try {
                URI uri = new URI(url);
                v.check(uri.isAbsolute() && uri.getHost() != null, "/url", "must be an absolute https URL");
                v.check(uri.getRawFragment() == null, "/url", "must not have a fragment");
            } catch (URISyntaxException e) {
                v.add("/url", "must be an absolute https URL");
            }
        }
        v.check(!eventTypes.isEmpty(), "/eventTypes", "name at least one event type");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < eventTypes.size(); i++) {
            String type = eventTypes.get(i);
            if (type == null || !EventCatalog.isKnown(type)) {
                v.add("/eventTypes/" + i, "must be one of " + EventCatalog.types());
            } else if (!seen.add(type)) {
                v.add("/eventTypes/" + i, "duplicates an earlier event type");
            }
        }
        v.maxLength("/description", description, 200);
        v.throwIfInvalid();
    }
}
