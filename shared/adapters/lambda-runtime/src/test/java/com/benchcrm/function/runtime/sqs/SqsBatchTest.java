package com.benchcrm.function.runtime.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.benchcrm.events.MalformedEventException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqsBatchTest {

    record Dead(String body, String messageId, int receiveCount, Throwable error) {}

    final List<Dead> dlq = new ArrayList<>();
    final SqsBatch batch = new SqsBatch((body, id, receives, error) -> dlq.add(new Dead(body, id, receives, error)), 3);

    static SqsMessage message(String body, int receiveCount) {
        return new SqsMessage("m-" + body, body, receiveCount);
    }

    static List<String> failed(SQSBatchResponse response) {
        return response.getBatchItemFailures().stream()
                .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .toList();
    }

    @Test
    void each_poisonAndLastReceiveGoToTheDlqWithWhy_earlierFailuresAreReported_successesNeither() {
        List<SqsMessage> messages =
                List.of(message("ok", 1), message("poison", 1), message("early", 2), message("last", 3));

        SQSBatchResponse response = batch.each(messages, m -> {
            switch (m.body()) {
                case "poison" -> throw new MalformedEventException("not an event");
                case "early", "last" -> throw new IllegalStateException("database unavailable");
                default -> {}
            }
        });

        assertThat(failed(response)).containsExactly("m-early");
        assertThat(dlq).extracting(Dead::messageId).containsExactly("m-poison", "m-last");
        assertThat(dlq.get(0).error())
                .isInstanceOf(MalformedEventException.class)
                .hasMessage("not an event");
        assertThat(dlq.get(1).receiveCount()).isEqualTo(3);
        assertThat(dlq.get(1).body()).isEqualTo("last");
    }

    @Test
    void settle_whenTheDlqCannotBeReached_reportsTheMessageSoSqsRedriveKeepsIt() {
        SqsBatch unreachable = new SqsBatch(
                (body, id, receives, error) -> {
                    throw new IllegalStateException("DLQ down");
                },
                3);
        SqsMessage poison = message("poison", 1);
        Map<SqsMessage, RuntimeException> failures = new LinkedHashMap<>();
        failures.put(poison, new MalformedEventException("not an event"));

        assertThat(failed(unreachable.settle(List.of(poison, message("ok", 1)), failures)))
                .containsExactly("m-poison");
    }

    @Test
    void settle_noFailures_answersAnEmptyListNotNull() {
        SQSBatchResponse response = batch.settle(List.of(message("ok", 1)), Map.of());

        assertThat(response.getBatchItemFailures()).isNotNull().isEmpty();
    }

    @Test
    void messages_readsIdsBodiesAndReceiveCounts_defaultingTheCountToOne() {
        String event = """
                {"Records":[
                  {"messageId":"a","body":"{\\"x\\":1}","attributes":{"ApproximateReceiveCount":"4"}},
                  {"messageId":"b","body":"plain"}]}""";

        assertThat(SqsBatch.messages("embed", event.getBytes(StandardCharsets.UTF_8)))
                .containsExactly(new SqsMessage("a", "{\"x\":1}", 4), new SqsMessage("b", "plain", 1));
    }

    @Test
    void messages_ofSomethingThatIsNotJson_isNotAnSqsEvent_namingTheFunction() {
        assertThatThrownBy(() -> SqsBatch.messages("webhookDelivery", "<xml/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NotAnSqsEventException.class)
                .hasMessage("webhookDelivery expects an SQS event");
        assertThatThrownBy(() -> SqsBatch.messages("match", "[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NotAnSqsEventException.class);
    }

    @Test
    void constructor_maxReceivesBelowOne_isRefused() {
        assertThatThrownBy(() -> new SqsBatch((b, i, r, e) -> {}, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
