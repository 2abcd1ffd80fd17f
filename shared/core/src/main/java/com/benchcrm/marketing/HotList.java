package com.benchcrm.marketing;

import com.benchcrm.lifecycle.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A saved hot list: hand-picked consultants ({@code consultantIds}, in that order unless an ordering
 * is asked for) and/or a saved {@code filter} over the bench. Members are resolved when the list is
 * rendered, so an opt-out or a placement takes effect on the next rendering.
 */
public record HotList(
        UUID id,
        String name,
        List<UUID> consultantIds,
        HotListFilter filter,
        HotListOrdering ordering,
        long version,
        Instant createdAt,
        Instant updatedAt)
        implements Versioned {

    public HotList {
        consultantIds = consultantIds == null ? List.of() : List.copyOf(consultantIds);
        ordering = ordering == null ? HotListOrdering.DAYS_ON_BENCH : ordering;
    }
}
