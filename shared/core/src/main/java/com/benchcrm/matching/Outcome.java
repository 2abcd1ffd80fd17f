package com.benchcrm.matching;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One decided outcome the history factor counts: when it was decided, whether it was won, and how
 * much it weighs (a placement or a client's rejection 1, an interview round or an offer that fell
 * through less, a recruiter's feedback on a recommendation least; see {@code PipelineHistory}).
 *
 * @param kind what it was (PLACEMENT, SUBMISSION, OFFER, INTERVIEW, FEEDBACK), for the explanation
 */
public record Outcome(LocalDate decidedOn, boolean won, double weight, String kind) {

    public Outcome {
        Objects.requireNonNull(decidedOn, "decidedOn");
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("an outcome weighs more than 0 and at most 1, not " + weight);
        }
        kind = kind == null ? "SUBMISSION" : kind;
    }

    /** A decided submission of full weight. */
    public Outcome(LocalDate decidedOn, boolean won) {
        this(decidedOn, won, 1.0, "SUBMISSION");
    }
}
