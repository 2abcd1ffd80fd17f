/**
 * Recommendations on AWS (issue 4): the matching artifact's {@code embed} and {@code match} functions on
 * their SQS queues ({@link com.benchcrm.infra.matching.MatchingStack}), and each tenant's k-NN index
 * in the vector collection ({@link com.benchcrm.infra.matching.TenantVectorIndexes}, the custom
 * resource provider, and {@link com.benchcrm.infra.matching.TenantVectorIndex}, one per tenant; ADR 0032).
 */
@NullMarked
package com.benchcrm.infra.matching;

import org.jspecify.annotations.NullMarked;
