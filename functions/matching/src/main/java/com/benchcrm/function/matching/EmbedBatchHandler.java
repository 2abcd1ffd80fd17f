package com.benchcrm.function.matching;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.benchcrm.function.runtime.sqs.SqsBatch;
import com.benchcrm.function.runtime.sqs.SqsMessage;
import com.benchcrm.matching.ProfileEmbedding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One SQS batch of the embed queue, translated: each message's event becomes a
 * {@link ProfileEmbedding.Change}, the whole batch goes to the use case at once (one embedding call
 * per kind and tenant), and the profiles that failed map back to their messages, which
 * {@link SqsBatch} reports or dead-letters. A message that is not such an event is poison.
 */
public final class EmbedBatchHandler {

    private final ProfileEmbedding embedding;
    private final SqsBatch batch;

    public EmbedBatchHandler(ProfileEmbedding embedding, SqsBatch batch) {
        this.embedding = embedding;
        this.batch = batch;
    }

    public SQSBatchResponse handle(List<SqsMessage> messages) {
        Map<SqsMessage, RuntimeException> failures = new LinkedHashMap<>();
        Map<ProfileEmbedding.Profile, List<SqsMessage>> work = new LinkedHashMap<>();
        List<ProfileEmbedding.Change> changes = new ArrayList<>();
        for (SqsMessage m : messages) {
            try {
                ProfileEmbedding.Change change =
                        ProfileEmbedding.changeOf(BusEvents.parse(m.body(), ProfileEmbedding.EVENT_TYPES));
                changes.add(change);
                work.computeIfAbsent(change.profile(), p -> new ArrayList<>()).add(m);
            } catch (RuntimeException e) {
                failures.put(m, e);
            }
        }
        embedding.apply(changes).forEach((profile, e) -> work.get(profile).forEach(m -> failures.put(m, e)));
        return batch.settle(messages, failures);
    }
}
