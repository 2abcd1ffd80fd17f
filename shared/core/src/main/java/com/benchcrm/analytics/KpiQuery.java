package com.benchcrm.analytics;

import com.benchcrm.common.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The period of a KPI report, {@code [from, to)}, and an optional split. {@code asOf} is when the
 * bench is measured (now, or {@code to} when the period is over).
 */
public record KpiQuery(Instant from, Instant to, Optional<GroupBy> groupBy, Instant asOf) {

    /** The longest period one report covers. */
    public static final Duration MAX_PERIOD = Duration.ofDays(731);

    public KpiQuery {
        if (from == null || to == null) {
            throw new InvalidRequestException(from == null ? "from" : "to", "is required");
        }
        if (!from.isBefore(to)) {
            throw new InvalidRequestException("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
            throw new InvalidRequestException("to", "a report covers at most 731 days");
        }
        groupBy = groupBy == null ? Optional.empty() : groupBy;
    }
}
