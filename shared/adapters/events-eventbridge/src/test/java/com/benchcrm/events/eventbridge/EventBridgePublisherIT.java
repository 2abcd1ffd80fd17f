package com.benchcrm.events.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.PublishResult;
import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter with the real SDK against a PutEvents stub on loopback. */
class EventBridgePublisherIT {

    static final ObjectMapper JSON = new ObjectMapper();

    PutEventsStub stub;
    EventBridgePublisher publisher;

    @BeforeEach
    void start() {
        stub = new PutEventsStub();
        publisher = EventBridgePublisher.create(new EventBridgePublisher.Settings(
                "test-events", "us-east-1", Optional.of(stub.endpoint()), 4, Duration.ofMillis(5)));
    }

    @AfterEach
    void stop() {
        publisher.close();
        stub.close();
    }

    @Test
    void publish_25Events_sendsThreeRequestsOfAtMostTenWithSourceTypeAndEnvelope() throws Exception {
        List<DomainEvent> events = events(25);

        PublishResult result = publisher.publish(events);

        assertThat(result.failed()).isEmpty();
        assertThat(result.published()).containsExactlyElementsOf(events);
        assertThat(stub.requests).extracting(List::size).containsExactly(10, 10, 5);
        JsonNode first = stub.requests.get(0).get(0);
        assertThat(first.path("Source").asText()).isEqualTo("benchcrm");
        assertThat(first.path("DetailType").asText()).isEqualTo("RequirementImported");
        assertThat(first.path("EventBusName").asText()).isEqualTo("test-events");
        assertThat(JSON.readTree(first.path("Detail").asText()))
                .isEqualTo(JSON.readTree(events.get(0).toJson()));
    }

    @Test
    void publish_entriesThrottledTwice_areRetriedAloneAndPublished() throws Exception {
        List<DomainEvent> events = events(10);
        Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
        stub.refuse = entry -> {
            String id = detailId(entry);
            boolean throttled = id.equals(events.get(3).id().toString())
                    || id.equals(events.get(7).id().toString());
            return throttled
                            && refusals.computeIfAbsent(id, k -> new AtomicInteger())
                                            .incrementAndGet()
                                    <= 2
                    ? "ThrottlingException"
                    : null;
        };

        PublishResult result = publisher.publish(events);

        assertThat(result.failed()).isEmpty();
        assertThat(result.published()).containsExactlyInAnyOrderElementsOf(events);
        assertThat(stub.requests).extracting(List::size).containsExactly(10, 2, 2);
    }

    @Test
    void publish_permanentErrorAndExhaustedRetries_reportsThoseEntriesAndPublishesTheRest() {
        List<DomainEvent> events = events(12);
        String invalid = events.get(1).id().toString();
        String alwaysThrottled = events.get(11).id().toString();
        stub.refuse = entry -> detailId(entry).equals(invalid)
                ? "InvalidArgument"
                : detailId(entry).equals(alwaysThrottled) ? "ThrottlingException" : null;

        PublishResult result = publisher.publish(events);

        assertThat(result.failed())
                .containsOnlyKeys(events.get(1).id(), events.get(11).id());
        assertThat(result.failed().get(events.get(1).id())).startsWith("InvalidArgument");
        assertThat(result.published()).hasSize(10);
        long attemptsOfThrottled = stub.requests.stream()
                .flatMap(List::stream)
                .filter(e -> detailId(e).equals(alwaysThrottled))
                .count();
        long attemptsOfInvalid = stub.requests.stream()
                .flatMap(List::stream)
                .filter(e -> detailId(e).equals(invalid))
                .count();
        assertThat(attemptsOfThrottled).isEqualTo(4);
        assertThat(attemptsOfInvalid).isEqualTo(1);
    }

    @Test
    void publish_aBatchWhoseCallsAllFail_failsOnlyThatBatch() {
        List<DomainEvent> events = events(15);
        stub.failWholeRequests = 10; // more than the SDK's own retries of the first call

        PublishResult first = publisher.publish(events.subList(0, 10));
        stub.failWholeRequests = 0;
        PublishResult second = publisher.publish(events.subList(10, 15));

        assertThat(first.published()).isEmpty();
        assertThat(first.failed()).hasSize(10);
        assertThat(second.published()).hasSize(5);
    }

    @Test
    void batches_respectTheRequestSizeLimit() {
        List<DomainEvent> big = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> data = new HashMap<>();
            data.put("blob", "x".repeat(100_000));
            big.add(new DomainEvent(
                    UUID.randomUUID(),
                    "RequirementImported",
                    1,
                    new TenantId(UUID.randomUUID()),
                    Instant.now(),
                    "",
                    JSON.valueToTree(data)));
        }

        assertThat(publisher.batches(big)).extracting(List::size).containsExactly(2, 2, 1);
    }

    static List<DomainEvent> events(int n) {
        TenantId tenant = new TenantId(UUID.randomUUID());
        List<DomainEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(new DomainEvent(
                    UUID.randomUUID(),
                    "RequirementImported",
                    1,
                    tenant,
                    Instant.parse("2026-11-22T12:00:00Z"),
                    "1-abc",
                    JSON.createObjectNode()
                            .put("id", UUID.randomUUID().toString())
                            .put("version", 1)));
        }
        return events;
    }

    static String detailId(JsonNode entry) {
        try {
            return JSON.readTree(entry.path("Detail").asText()).path("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
