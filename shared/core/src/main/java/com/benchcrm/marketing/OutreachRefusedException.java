package com.benchcrm.marketing;

import com.benchcrm.common.BenchCrmException;

/**
 * Outreach a rule forbids, nothing sent: {@code no-consent} (no contact of the list may be mailed),
 * {@code recipient-suppressed}, {@code daily-send-cap}, {@code postal-address-required},
 * {@code draft-not-approved}. The HTTP API answers 422 with the reason as the problem type.
 */
public final class OutreachRefusedException extends BenchCrmException {

    private final String reason;

    public OutreachRefusedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
