package com.benchcrm.search;

import com.benchcrm.persistence.Tx;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Port: the text half of hybrid search over the {@link Tx}'s tenant's consultants or requirements
 * ({@link SearchQuery#kind()}), under the query's filters ({@code state}, {@code workAuthorization},
 * {@code availableBy}, {@code status}, {@code workMode}).
 */
public interface SearchRepository {

    /**
     * Records whose text matches the query (PostgreSQL: {@code websearch_to_tsquery} over title and
     * summary or description) or that list one of {@code skillKeys}, passing the filters, best first
     * (text rank plus a bonus per matching skill), ties by id; at most {@code limit}.
     */
    List<UUID> fullText(Tx tx, SearchQuery query, List<String> skillKeys, int limit);

    /** The records among {@code ids} that exist and pass the query's filters. */
    Set<UUID> passingFilters(Tx tx, SearchQuery query, Collection<UUID> ids);
}
