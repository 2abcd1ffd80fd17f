package com.benchcrm.function.httpapi.analytics;

import com.benchcrm.analytics.Analytics;
import com.benchcrm.analytics.GroupBy;
import com.benchcrm.analytics.KpiQuery;
import com.benchcrm.common.InvalidRequestException;
import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.Router;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Registers {@code GET /v1/analytics/kpis?from=&to=&groupBy=recruiter|vendor|client}: {@code from}
 * and {@code to} are dates (UTC days, {@code to} inclusive) or instants; the default is the last
 * 30 days up to now.
 */
public final class AnalyticsRoutes {

    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    private AnalyticsRoutes() {}

    public static void register(Router router, Analytics analytics, Clock clock) {
        router.add("GET", "/v1/analytics/kpis", false, (req, caller) -> {
            Instant now = clock.instant();
            Instant to = Optional.ofNullable(req.queryParam("to"))
                    .map(v -> instant("to", v, true))
                    .orElse(now);
            Instant from = Optional.ofNullable(req.queryParam("from"))
                    .map(v -> instant("from", v, false))
                    .orElse(to.minus(DEFAULT_PERIOD));
            Optional<GroupBy> groupBy =
                    Optional.ofNullable(req.queryParam("groupBy")).map(AnalyticsRoutes::groupBy);
            Instant asOf = to.isBefore(now) ? to : now;
            var kpis = analytics.kpis(caller, new KpiQuery(from, to, groupBy, asOf));
            return HttpResponse.json(
                    200,
                    KpisResponse.of(
                            kpis,
                            groupBy.map(g -> g.name().toLowerCase(Locale.ROOT)).orElse(null)));
        });
    }

    /** A date is the start of that UTC day ({@code to}: the start of the next day, so the day is included); an instant is itself. */
    static Instant instant(String name, String raw, boolean endOfDay) {
        String v = raw.trim();
        try {
            if (v.length() == 10) {
                LocalDate d = LocalDate.parse(v);
                return (endOfDay ? d.plusDays(1) : d)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(
                    name, name + " must be a date (2026-11-01) or an instant (2026-11-01T00:00:00Z)");
        }
    }

    static GroupBy groupBy(String raw) {
        try {
            return GroupBy.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("groupBy", "groupBy must be recruiter, vendor or client");
        }
    }
}
