package com.benchcrm.extraction;

import com.benchcrm.tenancy.TenantId;

/**
 * Port: a tenant's daily AI token allowance ({@code AI_MAX_TOKENS_DAY}). An AI adapter asks before
 * a call and records what the call used; {@link DailyTokenBudget} keeps the counts per tenant and UTC
 * day in the database (so every function instance sees the same count).
 */
public interface TokenBudget {

    /** Whether {@code estimate} more tokens fit in today's allowance. */
    boolean allows(TenantId tenant, long estimate);

    /** Adds a call's usage to today's count; {@code rejected} when its output failed validation. */
    void record(TenantId tenant, TokenUsage usage, boolean rejected);

    /** No limit, nothing recorded (tests, the rules engine). */
    TokenBudget UNLIMITED = new TokenBudget() {
        @Override
        public boolean allows(TenantId tenant, long estimate) {
            return true;
        }

        @Override
        public void record(TenantId tenant, TokenUsage usage, boolean rejected) {
            // nothing to count
        }
    };
}
