package com.benchcrm.function.outboxrelay;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The {@code outboxRelay} function through its real entry point, with the schedule's sample event
 * ({@code events/outbox-relay/relay-schedule.json}), publishing to a PutEvents stub.
 */
class OutboxRelayFunctionContractIT {

    static final ObjectMapper JSON = new ObjectMapper();

    static byte[] schedule() throws Exception {
        return Files.readAllBytes(Path.of(OutboxRelayFunctionContractIT.class
                .getClassLoader()
                .getResource("events/outbox-relay/relay-schedule.json")
                .toURI()));
    }

    @Test
    void scheduledInvocation_publishesCommittedRowsToEventBridge_inBatchesOfTen_andSaysHowMany() throws Exception {
        RelayTestStack stack = RelayTestStack.get();
        TenantId tenant = stack.newTenant("relay-fn");
        List<UUID> ids = stack.appendCommitted(tenant, 12);

        JsonNode summary = JSON.readTree(stack.relayFunction.invoke(schedule()));

        assertThat(summary.path("published").asInt()).isGreaterThanOrEqualTo(12);
        assertThat(summary.path("claimed").asInt())
                .isGreaterThanOrEqualTo(summary.path("published").asInt());
        assertThat(summary.path("failed").asInt()).isZero();
        List<String> published = stack.eventBridge.requests.stream()
                .flatMap(List::stream)
                .map(OutboxRelayFunctionContractIT::detailId)
                .toList();
        assertThat(published).containsAll(ids.stream().map(UUID::toString).toList());
        assertThat(stack.eventBridge.requests)
                .allSatisfy(r -> assertThat(r.size()).isLessThanOrEqualTo(10));
    }

    @Test
    void scheduledInvocation_withNothingToRelay_publishesNothing() throws Exception {
        RelayTestStack stack = RelayTestStack.get();
        stack.relayFunction.invoke(schedule()); // drain what other tests left
        int before = stack.eventBridge.requests.size();

        JsonNode summary = JSON.readTree(stack.relayFunction.invoke(schedule()));

        assertThat(summary.path("published").asInt()).isZero();
        assertThat(stack.eventBridge.requests).hasSize(before);
    }

    static String detailId(JsonNode entry) {
        try {
            return JSON.readTree(entry.path("Detail").asText()).path("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
