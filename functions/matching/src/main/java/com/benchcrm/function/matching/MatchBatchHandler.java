package com.benchcrm.function.matching;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.EventCatalog;
import com.benchcrm.function.runtime.sqs.SqsBatch;
import com.benchcrm.function.runtime.sqs.SqsMessage;
import com.benchcrm.matching.MatchRun;
import com.benchcrm.matching.MatchRuns;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SQS batch of the match queue: each {@code RequirementImported} event is the automatic match
 * run of its requirement ({@link MatchRuns#runFor}: stored with its recommendations, audited and
 * announced as {@code RecommendationsReady} in one transaction that also records the event, so a
 * redelivery stores nothing twice). Messages are handled one at a time (failure policy:
 * {@link SqsBatch}).
 *
 * <p>The requirement need not be embedded yet (the run embeds its text when the index has no
 * vector); the consultants are whatever the index holds when the run happens.
 */
public final class MatchBatchHandler {

    private static final Logger LOG = LoggerFactory.getLogger(MatchBatchHandler.class);

    /**
     * The routing sends {@code RequirementImported} only; {@code RequirementUpdated} is accepted too
     * (its run is recorded with that trigger) for a rule that re-ranks changed requirements.
     */
    static final Set<String> ACCEPTED = Set.of(EventCatalog.REQUIREMENT_IMPORTED, EventCatalog.REQUIREMENT_UPDATED);

    private final MatchRuns runs;
    private final int topK;
    private final SqsBatch batch;

    public MatchBatchHandler(MatchRuns runs, int topK, SqsBatch batch) {
        this.runs = runs;
        this.topK = topK;
        this.batch = batch;
    }

    public SQSBatchResponse handle(List<SqsMessage> messages) {
        return batch.each(messages, m -> match(m.body()));
    }

    private void match(String body) {
        DomainEvent event = BusEvents.parse(body, ACCEPTED);
        BusEvents.entityId(event);
        Optional<MatchRun> run = runs.runFor(event, topK);
        if (run.isPresent()) {
            LOG.info(
                    "match run {} for requirement {}: {} of {} candidates recommended",
                    run.get().id(),
                    run.get().requirementId(),
                    run.get().recommendations().size(),
                    run.get().candidates());
        } else {
            LOG.info(
                    "event {} needs no match run (handled before, or the requirement is gone or not open)", event.id());
        }
    }
}
