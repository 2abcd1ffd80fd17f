package com.benchcrm.local.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Json;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.EventRouting;
import com.benchcrm.events.PublishResult;
import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The in-process bus against ElasticMQ: the routing file's patterns, evaluated by event-ruler, send
 * EventBridge-shaped events to the queues, as EventBridge's SQS targets do.
 */
class EmbeddedEventBusIT {

    static final LocalQueues QUEUES = LocalQueues.get();

    @Test
    void publish_routingFileRules_sendEveryDomainEventToTheWebhookQueueAsAnEventBridgeEvent() throws Exception {
        Map<String, String> q = QUEUES.fresh("bus-webhook", 3);
        String queue = q.keySet().iterator().next();
        EventRouting.Rule webhooks = EventRouting.load().rules().stream()
                .filter(r -> r.name().equals("webhooks"))
                .findFirst()
                .orElseThrow();
        Path archiveFile = Path.of("target", "tmp", "archive-" + UUID.randomUUID() + ".jsonl");
        EmbeddedEventBus bus;
        List<DomainEvent> events = events(12, "RequirementImported");
        try (EventArchive archive = new EventArchive(archiveFile)) {
            bus = new EmbeddedEventBus(
                    List.of(new EventRouting.Rule("webhooks", "", queue, webhooks.pattern())),
                    q,
                    QUEUES.sqs.queues(),
                    Optional.of(archive));

            PublishResult result = bus.publish(events);

            assertThat(result.failed()).isEmpty();
            assertThat(result.published()).hasSize(12);
        }
        List<Message> received = receiveAll(q.get(queue), 12);
        assertThat(received).hasSize(12);
        JsonNode first = Json.strict().readTree(received.get(0).body());
        assertThat(first.path("source").asText()).isEqualTo("benchcrm");
        assertThat(first.path("detail-type").asText()).isEqualTo("RequirementImported");
        assertThat(first.path("account").asText()).isEqualTo("000000000000");
        assertThat(received)
                .extracting(m -> DomainEvent.fromNode(
                                Json.strict().readTree(m.body()).path("detail"))
                        .id())
                .containsExactlyInAnyOrderElementsOf(
                        events.stream().map(DomainEvent::id).toList());
        assertThat(Files.readAllLines(archiveFile)).hasSize(12);
    }

    @Test
    void publish_patternsWithDetailFilters_routeOnlyWhatMatches() throws Exception {
        Map<String, String> q = QUEUES.fresh("bus-filter", 3);
        String queue = q.keySet().iterator().next();
        TenantId only = new TenantId(UUID.randomUUID());
        EventRouting.Rule rule = new EventRouting.Rule(
                "one-tenant-deletes", "", queue, Json.strict().readTree("""
                {"source": ["benchcrm"], "detail-type": [{"suffix": "Deleted"}], "detail": {"tenant": ["%s"]}}""".formatted(only)));
        EmbeddedEventBus bus = new EmbeddedEventBus(List.of(rule), q, QUEUES.sqs.queues(), Optional.empty());
        DomainEvent match = event(only, "ConsultantDeleted");
        List<DomainEvent> others =
                List.of(event(only, "ConsultantUpserted"), event(new TenantId(UUID.randomUUID()), "ConsultantDeleted"));

        assertThat(bus.publish(List.of(match, others.get(0), others.get(1))).published())
                .hasSize(3);

        List<Message> received = receiveAll(q.get(queue), 1);
        assertThat(received).hasSize(1);
        assertThat(Json.strict()
                        .readTree(received.get(0).body())
                        .path("detail")
                        .path("id")
                        .asText())
                .isEqualTo(match.id().toString());
    }

    @Test
    void publish_aTargetQueueThatIsGone_reportsItsEventsFailed() {
        Map<String, String> q = QUEUES.fresh("bus-gone", 3);
        String queue = q.keySet().iterator().next();
        EmbeddedEventBus bus = new EmbeddedEventBus(
                EventRouting.load().rules().stream()
                        .map(r -> new EventRouting.Rule(r.name(), "", queue, r.pattern()))
                        .toList(),
                q,
                QUEUES.sqs.queues(),
                Optional.empty());
        QUEUES.sqs.queues().client().deleteQueue(b -> b.queueUrl(q.get(queue)));

        PublishResult result = bus.publish(events(3, "RequirementUpdated"));

        assertThat(result.published()).isEmpty();
        assertThat(result.failed()).hasSize(3);
    }

    @Test
    void replayArchive_routesTheEventsRoutedSinceAgain_withoutArchivingThemTwice() throws Exception {
        Map<String, String> q = QUEUES.fresh("bus-replay", 3);
        String queue =
                q.keySet().stream().filter(n -> !n.endsWith("-dlq")).findFirst().orElseThrow();
        Path archiveFile = Path.of("target", "tmp", "replay-" + UUID.randomUUID() + ".jsonl");
        EventRouting.Rule all =
                new EventRouting.Rule("all", "", queue, Json.strict().readTree("{\"source\": [\"benchcrm\"]}"));
        List<DomainEvent> old = List.of(event(new TenantId(UUID.randomUUID()), "ConsultantUpserted"));
        Instant since;
        List<DomainEvent> recent = events(3, "ConsultantDeleted");
        try (EventArchive archive = new EventArchive(archiveFile)) {
            EmbeddedEventBus bus = new EmbeddedEventBus(List.of(all), q, QUEUES.sqs.queues(), Optional.of(archive));
            bus.publish(old);
            Thread.sleep(20);
            since = Instant.now();
            bus.publish(recent);
        }
        assertThat(receiveAll(q.get(queue), 4)).hasSize(4);

        int replayed;
        // a plane reading the same archive, routing into the same queue through the same rule
        try (EventArchive archive = new EventArchive(archiveFile)) {
            EmbeddedEventBus bus = new EmbeddedEventBus(List.of(all), q, QUEUES.sqs.queues(), Optional.of(archive));
            replayed = LocalEventPlane.replay(archiveFile, since, bus);
        }

        assertThat(replayed).isEqualTo(3);
        assertThat(receiveAll(q.get(queue), 3))
                .extracting(m -> DomainEvent.fromNode(
                                Json.strict().readTree(m.body()).path("detail"))
                        .id())
                .containsExactlyInAnyOrderElementsOf(
                        recent.stream().map(DomainEvent::id).toList());
        assertThat(Files.readAllLines(archiveFile)).hasSize(4);
    }

    /**
     * The crash suite's finding: an event committed before a crash is routed by the relay after the
     * restart; if that run crashes too, its replay must take the event though its commit time is
     * older than the run. The archive says when the bus routed each event, and replay goes by that.
     */
    @Test
    void replayArchive_goesByWhenTheBusRoutedAnEvent_notWhenItWasCommitted() throws Exception {
        Map<String, String> q = QUEUES.fresh("bus-replay-routed", 3);
        String queue =
                q.keySet().stream().filter(n -> !n.endsWith("-dlq")).findFirst().orElseThrow();
        Path archiveFile = Path.of("target", "tmp", "replay-routed-" + UUID.randomUUID() + ".jsonl");
        EventRouting.Rule all =
                new EventRouting.Rule("all", "", queue, Json.strict().readTree("{\"source\": [\"benchcrm\"]}"));
        List<DomainEvent> committedBeforeTheRun = events(2, "ConsultantUpserted");
        Thread.sleep(20);
        Instant runStarted = Instant.now();
        try (EventArchive archive = new EventArchive(archiveFile)) {
            new EmbeddedEventBus(List.of(all), q, QUEUES.sqs.queues(), Optional.of(archive))
                    .publish(committedBeforeTheRun);
        }
        assertThat(receiveAll(q.get(queue), 2)).hasSize(2);

        int replayed;
        try (EventArchive archive = new EventArchive(archiveFile)) {
            replayed = LocalEventPlane.replay(
                    archiveFile,
                    runStarted,
                    new EmbeddedEventBus(List.of(all), q, QUEUES.sqs.queues(), Optional.of(archive)));
        }

        assertThat(committedBeforeTheRun).allSatisfy(e -> assertThat(e.time()).isBefore(runStarted));
        assertThat(replayed).isEqualTo(2);
        assertThat(Files.readAllLines(archiveFile))
                .allSatisfy(line -> assertThat(line).startsWith("{\"archived-at\":\""));
    }

    static List<Message> receiveAll(String url, int expected) {
        List<Message> all = new ArrayList<>();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (all.size() < expected && System.nanoTime() < deadline) {
            List<Message> batch = QUEUES.sqs
                    .queues()
                    .client()
                    .receiveMessage(b -> b.queueUrl(url)
                            .maxNumberOfMessages(10)
                            .waitTimeSeconds(1)
                            .visibilityTimeout(30))
                    .messages();
            all.addAll(batch);
        }
        return all;
    }

    static List<DomainEvent> events(int n, String type) {
        TenantId tenant = new TenantId(UUID.randomUUID());
        List<DomainEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(event(tenant, type));
        }
        return events;
    }

    static DomainEvent event(TenantId tenant, String type) {
        return new DomainEvent(
                UUID.randomUUID(),
                type,
                1,
                tenant,
                Instant.now(),
                "t-1",
                Json.strict()
                        .createObjectNode()
                        .put("id", UUID.randomUUID().toString())
                        .put("version", 1));
    }
}
