package com.benchcrm.function.webhookdelivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The {@code outboxRelay} function through its real entry point, with the schedule's sample event,
 * publishing to a PutEvents stub speaking EventBridge's wire format.
 */
class OutboxRelayFunctionContractIT {

    @Test
    void scheduledInvocation_publishesCommittedRowsToEventBridge_andSaysHowMany() throws Exception {
        WorkerTestStack stack = WorkerTestStack.get();
        stack.events.stopRelay();
        try {
            TenantId tenant = stack.newTenant("relay-fn");
            List<UUID> ids = stack.db.transactions().inTenant(tenant, tx -> {
                List<UUID> appended = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    UUID aggregate = UUID.randomUUID();
                    appended.add(stack.outbox().append(tx, stack.admin(tenant), "ConsultantUpserted", 1, "consultant", aggregate,
                            Map.of("id", aggregate.toString(), "version", 1)));
                }
                return appended;
            });
            byte[] schedule = Files.readAllBytes(Path.of(getClass().getClassLoader().getResource("events/outbox-relay/relay-schedule.json").toURI()));

            JsonNode summary = WorkerEvent.JSON.readTree(stack.relayFunction.invoke(schedule));

            assertThat(summary.path("published").asInt()).isGreaterThanOrEqualTo(12);
            assertThat(summary.path("failed").asInt()).isZero();
            List<String> published = stack.eventBridge.requests.stream().flatMap(List::stream)
                    .map(OutboxRelayFunctionContractIT::detailId).toList();
            assertThat(published).containsAll(ids.stream().map(UUID::toString).toList());
            assertThat(stack.eventBridge.requests).allSatisfy(r -> assertThat(r.size()).isLessThanOrEqualTo(10));
        } finally {
            stack.events.startRelay();
        }
    }

    static String detailId(JsonNode entry) {
        try {
            return WorkerEvent.JSON.readTree(entry.path("Detail").asText()).path("id").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
