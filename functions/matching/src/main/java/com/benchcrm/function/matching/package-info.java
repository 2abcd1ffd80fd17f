/**
 * The matching functions: one Lambda artifact, two Spring Cloud Functions on SQS queues that
 * EventBridge rules fill (events/rules/routing.json).
 *
 * <ul>
 *   <li>{@code embed}, on the embed queue ({@code ConsultantUpserted}, {@code ConsultantDeleted},
 *       {@code RequirementImported}, {@code RequirementUpdated}, {@code RequirementDeleted}): keeps the
 *       vector index in step with the records (the use case {@link com.benchcrm.matching.ProfileEmbedding},
 *       translated by {@link com.benchcrm.function.matching.EmbedBatchHandler}).</li>
 *   <li>{@code match}, on the match queue ({@code RequirementImported}): the automatic match run,
 *       stored and announced as {@code RecommendationsReady} ({@link com.benchcrm.function.matching.MatchBatchHandler}).</li>
 * </ul>
 *
 * <p>Both report partial batch failures and move poison messages, and messages that fail on their
 * last receive, to their DLQ with the error ({@link com.benchcrm.function.runtime.sqs.SqsBatch}). The handlers
 * only translate; {@link com.benchcrm.function.matching.MatchingComponents} builds everything from
 * {@link com.benchcrm.function.matching.MatchingConfig}.
 */
@NullMarked
package com.benchcrm.function.matching;

import org.jspecify.annotations.NullMarked;
