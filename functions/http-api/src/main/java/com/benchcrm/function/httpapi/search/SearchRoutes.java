package com.benchcrm.function.httpapi.search;

import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.NotConfigured;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.search.HybridSearch;
import com.benchcrm.search.SearchQuery;
import java.util.Optional;

/**
 * Registers {@code GET /v1/search?q=&type=consultant|requirement&...}: hybrid search (PostgreSQL full
 * text and the vector index, fused by reciprocal rank) under the query's filters; 503
 * {@code not-configured} without an embedding model.
 */
public final class SearchRoutes {

    private SearchRoutes() {}

    public static void register(Router router, Optional<HybridSearch> search) {
        router.add(
                "GET",
                "/v1/search",
                false,
                (req, caller) -> HttpResponse.json(
                        200,
                        SearchResponse.of(
                                NotConfigured.matching(search).search(caller, SearchQuery.parse(req::queryParam)))));
    }
}
