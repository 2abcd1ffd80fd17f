package com.benchcrm.function.matching;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.function.runtime.sqs.SqsBatch;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.matching.MatchRuns;
import com.benchcrm.matching.ProfileEmbedding;
import com.benchcrm.matching.ProfileIndexer;
import com.benchcrm.matching.adapters.MatchingAdapters;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.queue.sqs.MessageDeadLetters;
import com.benchcrm.queue.sqs.SqsQueues;
import com.benchcrm.requirement.Requirements;
import com.benchcrm.sql.SqlPort;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The composition root of the matching functions: the SQL port, the embedding model and vector index
 * ({@link MatchingAdapters}), the record services, the use cases ({@link ProfileEmbedding},
 * {@link MatchRuns}) and the two batch handlers with their DLQs.
 * Clients are built once, here.
 *
 * <pre>{@code
 * MatchingComponents c = MatchingComponents.create(MatchingConfig.from(System::getenv), System::getenv);
 * c.embed().orElseThrow().handle(SqsBatch.messages("embed", sqsEvent));
 * }</pre>
 */
public record MatchingComponents(
        SqlPort sql, MatchingAdapters matching, Optional<EmbedBatchHandler> embed, Optional<MatchBatchHandler> match) {

    /** @throws MatchingConfig.MatchingNotConfiguredException when the matching variables are incomplete */
    public static MatchingComponents create(MatchingConfig config, Function<String, String> env) {
        MatchingAdapters matching;
        try {
            matching = MatchingAdapters.fromEnvironment(env)
                    .orElseThrow(() ->
                            new MatchingConfig.MatchingNotConfiguredException(List.of("BENCHCRM_EMBEDDINGS is off")));
        } catch (IllegalArgumentException e) {
            throw new MatchingConfig.MatchingNotConfiguredException(List.of(e.getMessage()));
        }
        return create(config, config.sql().connect(), matching);
    }

    public static MatchingComponents create(MatchingConfig config, SqlPort sql, MatchingAdapters matching) {
        Clock clock = Clock.systemUTC();
        Ids ids = new Ids(clock);
        PostgresPersistence db = PostgresPersistence.over(sql);
        AuditLog audit = new AuditLog(db.transactions(), db.audit(), ids, clock);
        Outbox outbox = new Outbox(db.outbox(), ids, clock);
        Idempotency idempotency = new Idempotency(db.idempotency(), clock);
        Consultants consultants =
                new Consultants(db.transactions(), db.consultants(), audit, outbox, idempotency, ids, clock);
        Requirements requirements =
                new Requirements(db.transactions(), db.requirements(), audit, outbox, idempotency, ids, clock);
        SqsQueues sqs = SqsQueues.create(config.sqsEndpoint()
                .map(SqsQueues.Settings::local)
                .orElseGet(() -> SqsQueues.Settings.aws(config.region())));
        Optional<EmbedBatchHandler> embed = config.embedDlqUrl()
                .map(dlq -> new EmbedBatchHandler(
                        new ProfileEmbedding(
                                new ProfileIndexer(matching.model(), matching.index()),
                                consultants::findAll,
                                requirements::findAll),
                        new SqsBatch(new MessageDeadLetters(sqs, dlq, clock)::send, config.embedMaxReceives())));
        Optional<MatchBatchHandler> match = config.matchDlqUrl()
                .map(dlq -> new MatchBatchHandler(
                        new MatchRuns(
                                db.transactions(),
                                db.matchRuns(),
                                db.matchSettings(),
                                requirements,
                                consultants,
                                matching.model(),
                                matching.index(),
                                audit,
                                outbox,
                                new com.benchcrm.events.ProcessedEvents(db.processedEvents(), clock),
                                ids,
                                clock,
                                new com.benchcrm.submission.PipelineHistory(
                                        db.transactions(),
                                        db.submissions(),
                                        new com.benchcrm.matching.StoredMatchData(
                                                db.transactions(), db.matchRuns(), db.matchSettings()))),
                        config.autoTopK(),
                        new SqsBatch(new MessageDeadLetters(sqs, dlq, clock)::send, config.matchMaxReceives())));
        return new MatchingComponents(sql, matching, embed, match);
    }
}
