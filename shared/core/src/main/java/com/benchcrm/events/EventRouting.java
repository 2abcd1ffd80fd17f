package com.benchcrm.events;

import com.benchcrm.common.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one definition of how events are routed: {@code events/rules/routing.json}, the work queues
 * (with their redrive settings) and the EventBridge rules that feed them. The CDK app deploys it
 * (EventBridge rules with these patterns, SQS queues with DLQs) and the embedded stack's bus
 * evaluates the same patterns with event-ruler, so what routes locally routes the same in AWS.
 *
 * <pre>{@code
 * EventRouting routing = EventRouting.load();
 * for (EventRouting.Rule rule : routing.rules()) { ... rule.pattern() ... rule.target() ... }
 * }</pre>
 */
public record EventRouting(Map<String, Queue> queues, List<Rule> rules) {

    public static final String RESOURCE = "events/rules/routing.json";
    private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9-]{1,30}$");

    /**
     * A work queue and its dead-letter queue's redrive.
     *
     * @param maxReceiveCount receives before SQS moves a message to the DLQ
     */
    public record Queue(
            String name, String description, int visibilityTimeoutSeconds, int maxReceiveCount, int retentionDays) {}

    /** An EventBridge rule: an event pattern (EventBridge's JSON syntax) and the queue it sends to. */
    public record Rule(String name, String description, String target, JsonNode pattern) {

        /** The pattern as the JSON text EventBridge and event-ruler take. */
        public String patternJson() {
            return Json.write(pattern);
        }
    }

    public EventRouting {
        queues = Collections.unmodifiableMap(new LinkedHashMap<>(queues));
        rules = List.copyOf(rules);
        for (Rule rule : rules) {
            if (!queues.containsKey(rule.target())) {
                throw new IllegalArgumentException("rule " + rule.name() + " targets unknown queue " + rule.target());
            }
        }
    }

    /** The definition on the class path (this module's copy of {@code events/rules/routing.json}). */
    public static EventRouting load() {
        try (InputStream in = EventRouting.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the class path");
            }
            return parse(Json.strict().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static EventRouting parse(JsonNode root) {
        Map<String, Queue> queues = new LinkedHashMap<>();
        root.path("queues").fields().forEachRemaining(e -> {
            JsonNode q = e.getValue();
            queues.put(
                    name(e.getKey()),
                    new Queue(
                            e.getKey(),
                            q.path("description").asText(),
                            positive(q, "visibilityTimeoutSeconds"),
                            positive(q, "maxReceiveCount"),
                            positive(q, "retentionDays")));
        });
        List<Rule> rules = new ArrayList<>();
        for (JsonNode r : root.path("rules")) {
            JsonNode pattern = r.get("pattern");
            if (pattern == null || !pattern.isObject()) {
                throw new IllegalArgumentException("rule " + r.path("name").asText() + " has no pattern object");
            }
            rules.add(new Rule(
                    name(r.path("name").asText()),
                    r.path("description").asText(),
                    r.path("target").asText(),
                    pattern));
        }
        return new EventRouting(queues, rules);
    }

    public Queue queue(String name) {
        return Objects.requireNonNull(queues.get(name), () -> "no queue " + name + " in " + RESOURCE);
    }

    /** The name of a queue's dead-letter queue (in the embedded stack; CDK names its own). */
    public static String deadLetterQueueName(String queue) {
        return queue + "-dlq";
    }

    private static String name(String n) {
        if (!NAME.matcher(n).matches()) {
            throw new IllegalArgumentException("queue and rule names are lower-case words with dashes: " + n);
        }
        return n;
    }

    private static int positive(JsonNode q, String field) {
        int v = q.path(field).asInt(0);
        if (v < 1) {
            throw new IllegalArgumentException(field + " must be a positive integer");
        }
        return v;
    }
}
