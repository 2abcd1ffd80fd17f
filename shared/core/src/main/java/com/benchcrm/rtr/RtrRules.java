package com.benchcrm.rtr;

import com.benchcrm.common.Rate;
import com.benchcrm.margin.Margins;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When an RTR covers a submission (ADR 0086, ADR 0105): it is valid at the time (consented, not expired,
 * not revoked) and, when it names a rate, it consents to the submission's bill rate (same currency, the
 * same amount per hour within half a percent, so 8 x hourly and a daily amount agree). One rule, used by
 * the move to SUBMITTED ({@code Submissions}) and by the submission mail to the vendor
 * ({@code SubmissionDrafts}); it lives here so neither needs the other's package.
 */
public final class RtrRules {

    private static final BigDecimal RATE_TOLERANCE = new BigDecimal("0.005");

    private RtrRules() {}

    /**
     * The first of {@code candidates} that covers a submission billed at {@code billRate} at {@code now},
     * or none; with each earlier candidate's problem.
     *
     * @param rtr      the covering RTR, null when none covers
     * @param problems why each candidate before it (all of them, when none covers) does not
     */
    public record Cover(Rtr rtr, List<String> problems) {

        public Cover {
            problems = List.copyOf(problems);
        }

        public boolean covered() {
            return rtr != null;
        }
    }

    /**
     * Why {@code rtr} does not cover a submission billed at {@code billRate} at {@code now}, or null when it does
     * (a submission without a bill rate is covered only by an RTR that names no rate).
     */
    public static String problem(Rtr rtr, @Nullable Rate billRate, Instant now) {
        String invalid = rtr.invalidAt(now);
        if (invalid != null || rtr.rate() == null) {
            return invalid;
        }
        Rate consented = rtr.rate();
        if (billRate == null) {
            return "RTR " + rtr.id() + " consents to " + consented.amount().toPlainString() + " " + consented.currency()
                    + "/" + consented.unit() + ", the submission has no bill rate";
        }
        if (!consented.currency().equals(billRate.currency())) {
            return "RTR " + rtr.id() + " is in " + consented.currency() + ", the bill rate in " + billRate.currency();
        }
        if (!sameRate(Margins.hourly(consented), Margins.hourly(billRate))) {
            return "RTR " + rtr.id() + " consents to " + consented.amount().toPlainString() + " " + consented.currency()
                    + "/" + consented.unit() + ", the bill rate is "
                    + billRate.amount().toPlainString() + " "
                    + billRate.currency() + "/" + billRate.unit();
        }
        return null;
    }

    /** The first of {@code candidates} (in the order given) that covers the bill rate at {@code now}. */
    public static Cover cover(List<Rtr> candidates, @Nullable Rate billRate, Instant now) {
        List<String> problems = new ArrayList<>();
        for (Rtr rtr : candidates) {
            String problem = problem(rtr, billRate, now);
            if (problem == null) {
                return new Cover(rtr, problems);
            }
            problems.add(problem);
        }
        return new Cover(null, problems);
    }

    /** Within half a percent of {@code b}. */
    private static boolean sameRate(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(b.multiply(RATE_TOLERANCE, MathContext.DECIMAL64)) <= 0;
    }
}
