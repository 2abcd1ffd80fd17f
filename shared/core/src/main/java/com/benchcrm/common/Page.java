package com.benchcrm.common;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** One page of results and the cursor of the next page, absent on the last page. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Builds a page from {@code limit + 1} fetched rows: the extra row only proves that a next page
     * exists and is dropped.
     */
    public static <T> Page<T> fromOverfetch(List<T> rows, int limit, String kind, Function<T, UUID> idOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, Optional.empty());
        }
        List<T> page = rows.subList(0, limit);
        return new Page<>(page, Optional.of(PageRequest.encodeCursor(kind, idOf.apply(page.get(limit - 1)))));
    }
}
