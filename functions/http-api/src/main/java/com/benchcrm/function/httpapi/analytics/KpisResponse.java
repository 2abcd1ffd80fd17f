package com.benchcrm.function.httpapi.analytics;

import com.benchcrm.analytics.Kpis;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The KPI report as the API answers it ({@code Kpis} in the OpenAPI document, where every figure is defined). */
public record KpisResponse(
        Instant from,
        Instant to,
        Instant asOf,
        Funnel funnel,
        Requirements requirements,
        Placements placements,
        Kpis.Bench bench,
        List<Kpis.VendorScorecard> vendorScorecards,
        String groupBy,
        List<Group> groups) {

    /** A share with its parts; {@code value} is absent when the denominator is 0. */
    public record Ratio(Double value, long numerator, long denominator) {

        static Ratio of(Kpis.Ratio r) {
            return new Ratio(r.value(), r.numerator(), r.denominator());
        }
    }

    /** The cohort of submissions sent in the period. */
    public record Funnel(
            long submitted,
            long interviewing,
            long offered,
            long placed,
            Ratio submittalToInterview,
            Ratio interviewToOffer,
            Ratio offerToPlacement) {

        static Funnel of(Kpis.Funnel f) {
            return new Funnel(
                    f.submitted(),
                    f.interviewing(),
                    f.offered(),
                    f.placed(),
                    Ratio.of(f.submittalToInterview()),
                    Ratio.of(f.interviewToOffer()),
                    Ratio.of(f.offerToPlacement()));
        }
    }

    /** Requirements received in the period. */
    public record Requirements(long received, Kpis.Durations timeToFirstSubmitHours, long filled, Ratio fillRate) {}

    /** Placements made in the period. */
    public record Placements(long made, Kpis.Durations timeToFillDays, List<Kpis.Margin> grossMarginPerPlacement) {}

    /** One group's funnel. */
    public record Group(String key, String name, Funnel funnel, BigDecimal averageMarginPercent) {}

    static KpisResponse of(Kpis k, String groupBy) {
        return new KpisResponse(
                k.from(),
                k.to(),
                k.asOf(),
                Funnel.of(k.funnel()),
                new Requirements(
                        k.requirements().received(),
                        k.requirements().timeToFirstSubmitHours(),
                        k.requirements().filled(),
                        Ratio.of(k.requirements().fillRate())),
                new Placements(
                        k.placements().made(),
                        k.placements().timeToFillDays(),
                        k.placements().margins()),
                k.bench(),
                k.vendors(),
                groupBy,
                k.groups() == null
                        ? null
                        : k.groups().stream()
                                .map(g -> new Group(g.key(), g.name(), Funnel.of(g.funnel()), g.averageMarginPercent()))
                                .toList());
    }
}
