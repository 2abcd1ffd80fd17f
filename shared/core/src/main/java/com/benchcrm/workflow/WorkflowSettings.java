package com.benchcrm.workflow;

import com.benchcrm.common.Validator;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A tenant's submission policy.
 *
 * @param rtrRequired         no submission reaches SUBMITTED without a valid right to represent (default on)
 * @param duplicateWindowDays how far back the duplicate-submission guard looks (default 90; 0 turns it off)
 * @param marginFloorPercent  the lowest gross margin a submission or placement may have without an override (default 10)
 * @param w2BurdenPercent     what a W2 (or salaried) consultant costs on top of the pay: employer taxes, insurance, benefits (default 15)
 * @param version             0 for the defaults, then 1, 2, ... with each change
 * @param updatedBy           null for the defaults
 */
public record WorkflowSettings(
        boolean rtrRequired,
        int duplicateWindowDays,
        BigDecimal marginFloorPercent,
        BigDecimal w2BurdenPercent,
        long version,
        String updatedBy,
        Instant updatedAt) {

    /** What a tenant that never changed its policy has. */
    public static final WorkflowSettings DEFAULT =
            new WorkflowSettings(true, 90, new BigDecimal("10.00"), new BigDecimal("15.00"), 0, null, null);

    /** The writable part, as {@code PUT /v1/settings/workflow} sends it (every field required). */
    public record Input(
            Boolean rtrRequired,
            Integer duplicateWindowDays,
            BigDecimal marginFloorPercent,
            BigDecimal w2BurdenPercent) {

        public void validate() {
            Validator v = new Validator();
            v.required("/rtrRequired", rtrRequired);
            v.required("/duplicateWindowDays", duplicateWindowDays);
            v.check(
                    duplicateWindowDays == null || duplicateWindowDays >= 0 && duplicateWindowDays <= 730,
                    "/duplicateWindowDays",
                    "must be between 0 (off) and 730");
            v.required("/marginFloorPercent", marginFloorPercent);
            v.range("/marginFloorPercent", marginFloorPercent, BigDecimal.valueOf(-100), BigDecimal.valueOf(100));
            v.check(
                    marginFloorPercent == null
                            || marginFloorPercent.stripTrailingZeros().scale() <= 2,
                    "/marginFloorPercent",
                    "must have at most 2 decimals");
            v.required("/w2BurdenPercent", w2BurdenPercent);
            v.range("/w2BurdenPercent", w2BurdenPercent, BigDecimal.ZERO, BigDecimal.valueOf(100));
            v.check(
                    w2BurdenPercent == null
                            || w2BurdenPercent.stripTrailingZeros().scale() <= 2,
                    "/w2BurdenPercent",
                    "must have at most 2 decimals");
            v.throwIfInvalid();
        }
    }
}
