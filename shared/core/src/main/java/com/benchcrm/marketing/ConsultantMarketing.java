package com.benchcrm.marketing;

import java.time.Instant;
import java.util.UUID;

/**
 * A consultant's marketing preferences: {@code optedOut} keeps them off every hot list;
 * {@code openToRelocation} is what a hot list line says about relocation (null: not known).
 */
public record ConsultantMarketing(
        UUID consultantId, boolean optedOut, Boolean openToRelocation, String updatedBy, Instant updatedAt) {

    /** The preferences of a consultant nobody has set any for. */
    public static ConsultantMarketing defaults(UUID consultantId) {
        return new ConsultantMarketing(consultantId, false, null, "system", Instant.EPOCH);
    }
}
