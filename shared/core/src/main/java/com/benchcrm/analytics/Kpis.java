package com.benchcrm.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The pipeline KPIs of one tenant for one period. Every figure's definition is in the OpenAPI
 * document ({@code Kpis}); in short: the funnel follows the cohort of submissions sent in the
 * period, requirement figures the requirements received in it, placement figures the placements
 * made in it, and the bench is measured at {@code asOf}.
 */
public record Kpis(
        Instant from,
        Instant to,
        Instant asOf,
        Funnel funnel,
        Requirements requirements,
        Placements placements,
        Bench bench,
        List<VendorScorecard> vendors,
        List<Group> groups) {

    public Kpis {
        vendors = List.copyOf(vendors);
        groups = groups == null ? null : List.copyOf(groups);
    }

    /** A share: {@code numerator / denominator}, null when the denominator is 0. */
    public record Ratio(long numerator, long denominator) {

        public Double value() {
            return denominator == 0 ? null : (double) numerator / denominator;
        }
    }

    /** The median and 90th percentile of a duration (linear interpolation, as PostgreSQL's percentile_cont), over {@code count} cases. */
    public record Durations(long count, Double median, Double p90) {

        public static final Durations NONE = new Durations(0, null, null);
    }

    /**
     * The cohort of submissions sent (reached SUBMITTED) in the period and how far they got.
     *
     * @param submitted    submissions sent in the period
     * @param interviewing of those, how many reached INTERVIEWING
     * @param offered      of those, how many reached OFFERED
     * @param placed       of those, how many reached PLACED
     */
    public record Funnel(long submitted, long interviewing, long offered, long placed) {

        public Ratio submittalToInterview() {
            return new Ratio(interviewing, submitted);
        }

        public Ratio interviewToOffer() {
            return new Ratio(offered, interviewing);
        }

        public Ratio offerToPlacement() {
            return new Ratio(placed, offered);
        }
    }

    /**
     * Requirements received (created) in the period.
     *
     * @param timeToFirstSubmitHours hours from a requirement's arrival to its first sent submission, over those that got one
     * @param filled                 of those received, how many have a placement
     */
    public record Requirements(long received, Durations timeToFirstSubmitHours, long filled) {

        public Ratio fillRate() {
            return new Ratio(filled, received);
        }
    }

    /**
     * Placements made in the period.
     *
     * @param timeToFillDays days from the requirement's arrival to the placement
     * @param margins        gross margin per placement, per currency
     */
    public record Placements(long made, Durations timeToFillDays, List<Margin> margins) {

        public Placements {
            margins = List.copyOf(margins);
        }
    }

    /** The average margin of the placements made in one currency. */
    public record Margin(String currency, long placements, BigDecimal averageHourly, BigDecimal averagePercent) {}

    /**
     * The bench at {@code asOf}: consultants not on an active placement and not marked ON_PROJECT or
     * NOT_AVAILABLE, with how long each has been on it.
     */
    public record Bench(long size, Double medianDays, List<Bucket> buckets) {

        public Bench {
            buckets = List.copyOf(buckets);
        }
    }

    /** How many bench consultants have been on the bench {@code minDays} to {@code maxDays} days (no maximum when null). */
    public record Bucket(String label, int minDays, Integer maxDays, long consultants) {}

    /**
     * One vendor's period: requirements it sent (received in the period), the submissions sent
     * through it and how far they got, and how fast it answered.
     *
     * @param medianResponseHours hours from a submission to the vendor's first answer (passed to the client, or rejected)
     */
    public record VendorScorecard(
            java.util.UUID vendorCompanyId,
            String vendorName,
            long requirementsReceived,
            long submissions,
            long interviews,
            long placements,
            Double medianResponseHours) {}

    /** The funnel of one group (a recruiter, a vendor or a client). */
    public record Group(String key, String name, Funnel funnel, BigDecimal averageMarginPercent) {}
}
