package com.benchcrm.matching;

import java.time.LocalDate;
import java.util.Objects;

/** One decided submission: when it was decided and whether it was won (an offer or a placement). */
public record Outcome(LocalDate decidedOn, boolean won) {

    public Outcome {
        Objects.requireNonNull(decidedOn, "decidedOn");
    }
}
