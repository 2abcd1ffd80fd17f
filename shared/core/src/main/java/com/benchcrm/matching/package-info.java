/**
 * Matching: ranks a tenant's bench against a requirement with an explainable score.
 *
 * <p>{@link com.benchcrm.matching.MatchEngine} is pure domain (no I/O): six factors (skills,
 * location, rate, seniority, history, availability), weighted by the tenant's
 * {@link com.benchcrm.matching.MatchWeights}, hard filters that exclude or flag, and a reason sentence
 * per factor. {@link com.benchcrm.matching.Recommender} is the use case: k-NN candidates from the
 * {@link com.benchcrm.vector.VectorIndex}, records through {@link com.benchcrm.matching.ConsultantLookup},
 * re-ranked by the engine. {@link com.benchcrm.matching.ProfileIndexer} keeps the vectors current.
 * The scoring model is described in docs/adr/0031-scoring-model.md.
 */
@NullMarked
package com.benchcrm.matching;

import org.jspecify.annotations.NullMarked;
