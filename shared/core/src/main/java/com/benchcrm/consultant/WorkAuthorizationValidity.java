package com.benchcrm.consultant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How long a consultant's work authorization lasts: the status's own end ({@code validUntil}: the EAD
 * card's end, the H-1B petition's end date, the OPT or STEM OPT EAD's end), the I-94 record's end, and
 * on OPT / STEM OPT the unemployment days used so far (90 allowed on OPT, 150 in all with the STEM
 * extension). The authorization ends at the earlier of the two dates.
 */
public record WorkAuthorizationValidity(LocalDate validUntil, LocalDate i94ValidUntil, Integer unemploymentDaysUsed) {

    /** The most unemployment days OPT plus its STEM extension allow. */
    public static final int MAX_UNEMPLOYMENT_DAYS = 150;

    /** The day the authorization ends: the earlier of the status's and the I-94's end, if either is known. */
    @JsonIgnore
    public Optional<LocalDate> expiresOn() {
        if (validUntil == null) {
            return Optional.ofNullable(i94ValidUntil);
        }
        if (i94ValidUntil == null) {
            return Optional.of(validUntil);
        }
        return Optional.of(validUntil.isBefore(i94ValidUntil) ? validUntil : i94ValidUntil);
    }

    @JsonIgnore
    boolean isEmpty() {
        return validUntil == null && i94ValidUntil == null && unemploymentDaysUsed == null;
    }

    static WorkAuthorizationValidity orNull(WorkAuthorizationValidity v) {
        return v == null || v.isEmpty() ? null : v;
    }
}
