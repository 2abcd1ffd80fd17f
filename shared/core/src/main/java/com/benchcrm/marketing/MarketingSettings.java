package com.benchcrm.marketing;

import com.benchcrm.common.Validator;
import java.time.Instant;

/**
 * The tenant's marketing policy: whether hot lists show consultants' rates, the postal address every
 * outbound mail carries (no address: nothing can be sent), the sender shown, and how many mails may
 * be queued per UTC day.
 */
public record MarketingSettings(
        boolean showRate,
        String postalAddress,
        String senderName,
        String fromAddress,
        int dailySendCap,
        long version,
        String updatedBy,
        Instant updatedAt) {

    public static final int DEFAULT_DAILY_SEND_CAP = 500;

    /**
     * The policy in force inside a transaction of the tenant: its stored settings (or the defaults) with the daily
     * cap held to the deployment's ceiling for the tenant, if it has one (ADR 0100).
     */
    public static MarketingSettings inForce(MarketingSettingsRepository repository, com.benchcrm.persistence.Tx tx) {
        MarketingSettings s = repository.find(tx).orElseGet(MarketingSettings::defaults);
        java.util.OptionalInt ceiling = repository.dailySendCapCeiling(tx);
        if (ceiling.isEmpty() || s.dailySendCap() <= ceiling.getAsInt()) {
            return s;
        }
        return new MarketingSettings(
                s.showRate(),
                s.postalAddress(),
                s.senderName(),
                s.fromAddress(),
                ceiling.getAsInt(),
                s.version(),
                s.updatedBy(),
                s.updatedAt());
    }

    /** The policy of a tenant that has set none: rates hidden, no postal address, the default cap. */
    public static MarketingSettings defaults() {
        return new MarketingSettings(false, null, null, null, DEFAULT_DAILY_SEND_CAP, 0, "system", Instant.EPOCH);
    }

    /** The writable fields. */
    public record Input(
            Boolean showRate, String postalAddress, String senderName, String fromAddress, Integer dailySendCap) {

        public void validate() {
            Validator v = new Validator();
            v.required("/showRate", showRate);
            v.maxLength("/postalAddress", postalAddress, 500);
            v.maxLength("/senderName", senderName, 200);
            v.email("/fromAddress", fromAddress);
            v.required("/dailySendCap", dailySendCap);
            v.check(
                    dailySendCap == null || (dailySendCap >= 0 && dailySendCap <= 100_000),
                    "/dailySendCap",
                    "must be between 0 and 100000");
            v.throwIfInvalid();
        }
    }
}
