package com.benchcrm.search;

import java.util.UUID;

/**
 * One search result.
 *
 * @param kind       {@code consultant} or {@code requirement}
 * @param title      the consultant's name or the requirement's title
 * @param subtitle   the consultant's title, or the requirement's client
 * @param score      the fused score (reciprocal rank fusion: the sum of 1/(60 + rank) over the two lists)
 * @param textRank   rank in the full-text list (1 is best), or null when full text did not find it
 * @param vectorRank rank in the vector list, or null
 * @param similarity the embedding cosine, or null when not among the vector candidates
 */
public record SearchHit(
        String kind,
        UUID id,
        String title,
        String subtitle,
        double score,
        Integer textRank,
        Integer vectorRank,
        Double similarity) {}
