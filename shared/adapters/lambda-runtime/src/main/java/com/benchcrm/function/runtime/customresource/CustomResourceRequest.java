package com.benchcrm.function.runtime.customresource;

import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One custom-resource request, read with errors that name the resource type and property
 * (CloudFormation passes every property as text).
 *
 * <pre>{@code
 * request.requireType(TYPE);
 * switch (request.kind()) {
 *     case DELETE -> ...
 *     case CREATE, UPDATE -> new RateLimit(request.wholeNumber("Rate"), request.wholeNumber("Burst"));
 * }
 * }</pre>
 */
public final class CustomResourceRequest {

    /** The three request types CloudFormation sends. */
    public enum Kind {
        CREATE,
        UPDATE,
        DELETE
    }

    private final CloudFormationCustomResourceEvent event;

    public CustomResourceRequest(CloudFormationCustomResourceEvent event) {
        this.event = Objects.requireNonNull(event, "event");
    }

    public CloudFormationCustomResourceEvent event() {
        return event;
    }

    /** {@code Custom::...}, or empty text when missing. */
    public String type() {
        return Objects.requireNonNullElse(event.getResourceType(), "");
    }

    /** @throws IllegalArgumentException for a request type CloudFormation does not send */
    public Kind kind() {
        String requestType = Objects.requireNonNullElse(event.getRequestType(), "");
        try {
            return Kind.valueOf(requestType.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown request type " + requestType);
        }
    }

    /** Fails unless this is a request for {@code expected}: one entry point serves one type. */
    public void requireType(String expected) {
        if (!expected.equals(type())) {
            throw new IllegalArgumentException(
                    "unknown resource type " + type() + " (this function handles " + expected + ")");
        }
    }

    /** The physical id this resource was given (Update, Delete); empty on Create. */
    public Optional<String> physicalId() {
        return Optional.ofNullable(event.getPhysicalResourceId());
    }

    /** A Delete of a resource whose Create failed: nothing to undo. */
    public boolean isDeleteOfAFailedCreate() {
        return "Delete".equals(event.getRequestType())
                && physicalId()
                        .filter(id -> id.startsWith(CustomResourceHandler.FAILED_PREFIX))
                        .isPresent();
    }

    /** The properties; empty when there are none. */
    public Map<String, Object> properties() {
        return event.getResourceProperties() == null ? Map.of() : event.getResourceProperties();
    }

    /** A property's trimmed text, if set and not blank. */
    public Optional<String> optional(String key) {
        Object v = properties().get(key);
        return v == null || v.toString().isBlank()
                ? Optional.empty()
                : Optional.of(v.toString().trim());
    }

    /** A property's trimmed text; a failure naming the type and property when it is missing or blank. */
    public String required(String key) {
        return optional(key)
                .orElseThrow(() -> new IllegalArgumentException("a " + type() + " needs the property " + key));
    }

    /** A property that is a whole number. */
    public int wholeNumber(String key) {
        String text = required(key);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not " + text);
        }
    }

    /** A property that is a UUID. */
    public UUID uuid(String key) {
        String text = required(key);
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " must be a UUID, not " + text);
        }
    }
}
