package com.benchcrm.local.events;

import com.benchcrm.common.Json;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.EventCatalog;
import com.benchcrm.events.EventPublisher;
import com.benchcrm.events.EventRouting;
import com.benchcrm.events.PublishResult;
import com.benchcrm.queue.sqs.SqsQueues;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.event.ruler.Machine;

/**
 * The embedded stack's event bus: what EventBridge does with a PutEvents entry, in process. Each
 * event becomes the JSON EventBridge would deliver ({@code version, id, detail-type, source,
 * account, time, region, resources, detail}), is matched against the rule patterns with
 * event-ruler (the library EventBridge itself uses) and is sent to every matching rule's queue as
 * the message body, as an EventBridge SQS target does. Accepted events are appended to the
 * {@link EventArchive}.
 *
 * <pre>{@code
 * EmbeddedEventBus bus = new EmbeddedEventBus(EventRouting.load().rules(), queueUrls, sqs, Optional.of(archive));
 * PublishResult r = bus.publish(events);
 * }</pre>
 *
 * <p>An event counts as published when every target queue took it; otherwise it is reported
 * failed and the relay publishes it again later (targets that did take it see it twice, which
 * consumers absorb by deduping on the event id).
 */
public final class EmbeddedEventBus implements EventPublisher {

    /** What EventBridge puts in {@code account} and {@code region} here. */
    public static final String ACCOUNT = "000000000000";

    public static final String REGION = "local";

    private final Machine machine = new Machine();
    private final Map<String, String> ruleTargets = new LinkedHashMap<>();
    private final Map<String, String> queueUrls;
    private final SqsQueues sqs;
    private final Optional<EventArchive> archive;

    /**
     * @param queueUrls queue name (a rule's target) to URL
     */
    public EmbeddedEventBus(
            List<EventRouting.Rule> rules,
            Map<String, String> queueUrls,
            SqsQueues sqs,
            Optional<EventArchive> archive) {
        this.queueUrls = Map.copyOf(queueUrls);
        this.sqs = sqs;
        this.archive = archive;
        for (EventRouting.Rule rule : rules) {
            if (!queueUrls.containsKey(rule.target())) {
                throw new IllegalArgumentException(
                        "rule " + rule.name() + " targets " + rule.target() + ", which has no queue");
            }
            try {
                machine.addRule(rule.name(), rule.patternJson());
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(
                        "rule " + rule.name() + " is not a valid EventBridge pattern: " + e.getMessage(), e);
            }
            ruleTargets.put(rule.name(), rule.target());
        }
    }

    @Override
    public PublishResult publish(List<DomainEvent> events) {
        return route(events, true);
    }

    /** The field an archive line adds to the EventBridge event: when the bus routed it (ISO-8601). */
    public static final String ARCHIVED_AT = "archived-at";

    /** Routes events again without archiving them: a replay of the archive (EventBridge's replay). */
    public PublishResult replay(List<DomainEvent> events) {
        return route(events, false);
    }

    private PublishResult route(List<DomainEvent> events, boolean toArchive) {
        Map<String, List<Integer>> byTarget = new LinkedHashMap<>();
        List<String> bodies = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            String body = Json.write(eventBridgeEvent(events.get(i)));
            bodies.add(body);
            for (String target : targets(body)) {
                byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(i);
            }
        }
        Map<UUID, String> failed = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> target : byTarget.entrySet()) {
            List<Integer> indexes = target.getValue();
            for (int from = 0; from < indexes.size(); from += SqsQueues.MAX_BATCH) {
                List<Integer> chunk = indexes.subList(from, Math.min(from + SqsQueues.MAX_BATCH, indexes.size()));
                try {
                    Map<Integer, String> refused = sqs.sendBatch(
                            queueUrls.get(target.getKey()),
                            chunk.stream().map(bodies::get).toList());
                    refused.forEach(
                            (at, why) -> failed.put(events.get(chunk.get(at)).id(), target.getKey() + ": " + why));
                } catch (SdkException e) {
                    chunk.forEach(i -> failed.put(
                            events.get(i).id(),
                            target.getKey() + ": " + e.getClass().getSimpleName()));
                }
            }
        }
        List<DomainEvent> published = new ArrayList<>();
        List<String> archived = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (!failed.containsKey(events.get(i).id())) {
                published.add(events.get(i));
                archived.add(bodies.get(i));
            }
        }
        if (toArchive && !archived.isEmpty()) {
            // when the bus routed it (not when it was committed): a replay after a crash takes what was routed since
            String at = "{\"" + ARCHIVED_AT + "\":\"" + java.time.Instant.now() + "\",";
            archive.ifPresent(a ->
                    a.append(archived.stream().map(b -> at + b.substring(1)).toList()));
        }
        return new PublishResult(published, failed);
    }

    /** The target queues of the rules an EventBridge event JSON matches. */
    public Set<String> targets(String eventBridgeEventJson) {
        Set<String> targets = new LinkedHashSet<>();
        try {
            for (String rule : machine.rulesForJSONEvent(eventBridgeEventJson)) {
                targets.add(ruleTargets.get(rule));
            }
        } catch (Exception e) {
            throw new IllegalStateException("event-ruler could not read an event it built itself", e);
        }
        return targets;
    }

    /** The event as EventBridge delivers it to a target. */
    public static ObjectNode eventBridgeEvent(DomainEvent e) {
        ObjectNode node = Json.strict().createObjectNode();
        node.put("version", "0");
        node.put("id", UUID.randomUUID().toString());
        node.put("detail-type", e.type());
        node.put("source", EventCatalog.SOURCE);
        node.put("account", ACCOUNT);
        node.put("time", e.time().truncatedTo(ChronoUnit.SECONDS).toString());
        node.put("region", REGION);
        node.putArray("resources");
        node.set("detail", e.toNode());
        return node;
    }
}
