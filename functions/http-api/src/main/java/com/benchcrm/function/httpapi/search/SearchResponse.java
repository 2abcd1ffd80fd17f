package com.benchcrm.function.httpapi.search;

import com.benchcrm.search.SearchHit;
import java.util.List;
import java.util.UUID;

/** {@code GET /v1/search}: the fused hits, best first ({@code SearchResults} in the OpenAPI document). */
public record SearchResponse(List<Hit> items) {

    /**
     * One hit: its fused score and, when each ranking found it, its full-text and vector ranks and the
     * cosine similarity.
     */
    public record Hit(
            String kind,
            UUID id,
            String title,
            String subtitle,
            double score,
            Integer textRank,
            Integer vectorRank,
            Double similarity) {

        static Hit of(SearchHit h) {
            return new Hit(
                    h.kind(),
                    h.id(),
                    h.title(),
                    h.subtitle(),
                    Math.round(h.score() * 1e6) / 1e6,
                    h.textRank(),
                    h.vectorRank(),
                    h.similarity() == null ? null : Math.round(h.similarity() * 10_000) / 10_000.0);
        }
    }

    static SearchResponse of(List<SearchHit> hits) {
        return new SearchResponse(hits.stream().map(Hit::of).toList());
    }
}
