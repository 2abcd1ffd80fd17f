package com.benchcrm.extraction;

import com.benchcrm.persistence.Transactions;
import com.benchcrm.tenancy.TenantId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The daily token allowance per tenant, counted per tenant and UTC day in the database (so every
 * function instance sees the same count).
 *
 * <pre>{@code
 * TokenBudget budget = new DailyTokenBudget(db.transactions(), db.tokenUsage(), 200_000, Clock.systemUTC());
 * if (budget.allows(tenant, 3_000)) { ... budget.record(tenant, usage, false); }
 * }</pre>
 */
public final class DailyTokenBudget implements TokenBudget {

    private final Transactions transactions;
    private final TokenUsageRepository usage;
    private final long maxTokensPerDay;
    private final Clock clock;

    public DailyTokenBudget(Transactions transactions, TokenUsageRepository usage, long maxTokensPerDay, Clock clock) {
        this.transactions = transactions;
        this.usage = usage;
        this.maxTokensPerDay = maxTokensPerDay;
        this.clock = clock;
    }

    @Override
    public boolean allows(TenantId tenant, long estimate) {
        return used(tenant) + estimate <= maxTokensPerDay;
    }

    /** Tokens the tenant used today (UTC). */
    public long used(TenantId tenant) {
        LocalDate today = today();
        return transactions.inTenant(tenant, tx -> usage.used(tx, today));
    }

    @Override
    public void record(TenantId tenant, TokenUsage call, boolean rejected) {
        LocalDate today = today();
        transactions.inTenant(tenant, tx -> {
            usage.add(tx, today, call, rejected);
            return null;
        });
    }

    public long maxTokensPerDay() {
        return maxTokensPerDay;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
