package com.benchcrm.marketing;

import com.benchcrm.common.Validator;
import com.benchcrm.lifecycle.EntityInput;
import java.util.List;
import java.util.UUID;

/**
 * The writable fields of a hot list: a name, hand-picked consultants, a saved filter, or both (the
 * union: the picked ones and whoever the filter finds). At least one of the two is required.
 */
public record HotListInput(String name, List<UUID> consultantIds, HotListFilter filter, HotListOrdering ordering)
        implements EntityInput {

    /** At most this many hand-picked consultants, and at most this many lines in a rendering. */
    public static final int MAX_CONSULTANTS = 500;

    public HotListInput {
        consultantIds = consultantIds == null
                ? List.of()
                : consultantIds.stream().distinct().toList();
        ordering = ordering == null ? HotListOrdering.DAYS_ON_BENCH : ordering;
    }

    public static HotListInput of(HotList h) {
        return new HotListInput(h.name(), h.consultantIds(), h.filter(), h.ordering());
    }

    @Override
    public void validate() {
        Validator v = new Validator();
        v.required("/name", name, 200);
        v.check(
                !consultantIds.isEmpty() || filter != null,
                "/consultantIds",
                "pick consultants or give a filter (or both)");
        v.check(
                consultantIds.size() <= MAX_CONSULTANTS,
                "/consultantIds",
                "must have at most " + MAX_CONSULTANTS + " consultants");
        for (int i = 0; i < consultantIds.size(); i++) {
            v.check(consultantIds.get(i) != null, "/consultantIds/" + i, "must not be null");
        }
        if (filter != null) {
            filter.validate(v);
        }
        v.throwIfInvalid();
    }
}
