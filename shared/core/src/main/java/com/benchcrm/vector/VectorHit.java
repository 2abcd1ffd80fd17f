package com.benchcrm.vector;

import java.util.UUID;

/**
 * A neighbour: the entity id and its cosine similarity to the query, in [-1, 1] (1 = same direction).
 * Adapters convert their engine's score to cosine, so callers never see engine-specific scales.
 */
public record VectorHit(UUID id, double similarity) {}
