package com.benchcrm.function.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.embedding.Embedding;
import com.benchcrm.embedding.EmbeddingException;
import com.benchcrm.embedding.EmbeddingModel;
import com.benchcrm.embedding.ModelInfo;
import com.benchcrm.matching.adapters.MatchingAdapters;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.vector.EntityKind;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * When embedding fails: only the records that fail come back (the batch is retried record by
 * record), and on the last allowed receive they go to the DLQ with the error. The model is the
 * real MiniLM behind a gate that refuses texts containing {@value #REFUSED}, standing in for a
 * provider error such as Bedrock's throttling after its retries.
 */
class EmbedFailureIT {

    static final String REFUSED = "UNEMBEDDABLE";
    static MatchingTestStack stack;
    static EmbedBatchHandler handler;

    @BeforeAll
    static void setUp() {
        stack = MatchingTestStack.get();
        EmbeddingModel real = stack.matching.model();
        EmbeddingModel gated = new EmbeddingModel() {
            @Override
            public ModelInfo info() {
                return real.info();
            }

            @Override
            public List<Embedding> embedAll(List<String> texts) {
                if (texts.stream().anyMatch(t -> t.contains(REFUSED))) {
                    throw new EmbeddingException("the provider refused the text", true);
                }
                return real.embedAll(texts);
            }
        };
        MatchingConfig config = MatchingConfig.from(stack.env::get);
        handler = MatchingComponents.create(config, stack.app, new MatchingAdapters(gated, stack.matching.index()))
                .embed()
                .orElseThrow();
    }

    @Test
    void failingRecord_isReportedFailedWhileReceivesRemain_theOthersOfItsBatchAreIndexed() {
        TenantId tenant = stack.newTenant("embed-fail");
        Consultant bad = stack.consultant(tenant, c -> c.put("title", REFUSED + " Developer"));
        Consultant good = stack.consultant(tenant, c -> c.put("title", "Java Developer"));

        SQSBatchResponse response = handle(
                EmbedFunctionContractIT.upserted(tenant, bad.id(), "bad-1"),
                EmbedFunctionContractIT.upserted(tenant, good.id(), "good-1"));

        assertThat(response.getBatchItemFailures())
                .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("bad-1");
        assertThat(stack.indexed(tenant, EntityKind.CONSULTANT, good.id())).isTrue();
        assertThat(stack.indexed(tenant, EntityKind.CONSULTANT, bad.id())).isFalse();
    }

    @Test
    void failingRecord_onItsLastReceive_goesToTheDlqWithTheError_andIsNotReportedFailed() {
        TenantId tenant = stack.newTenant("embed-last");
        Consultant bad = stack.consultant(tenant, c -> c.put("title", REFUSED + " Developer"));
        String messageId = "last-" + bad.id();
        int last = MatchingConfig.from(stack.env::get).embedMaxReceives();

        SQSBatchResponse response = handle(SampleEvents.record(
                "embed-consultant-upserted",
                "ConsultantUpserted",
                tenant,
                bad.id(),
                stack.ids.next(),
                messageId,
                last));

        assertThat(response.getBatchItemFailures()).isEmpty();
        var dead = stack.findInDlq("embed-dlq", messageId);
        assertThat(dead.messageAttributes().get("benchcrm-error").stringValue())
                .isEqualTo("EmbeddingException: the provider refused the text");
        assertThat(dead.messageAttributes().get("benchcrm-receive-count").stringValue())
                .isEqualTo(Integer.toString(last));
    }

    static SQSBatchResponse handle(com.fasterxml.jackson.databind.JsonNode... records) {
        return handler.handle(
                com.benchcrm.function.runtime.sqs.SqsBatch.messages("embed", SampleEvents.batch(records)));
    }
}
