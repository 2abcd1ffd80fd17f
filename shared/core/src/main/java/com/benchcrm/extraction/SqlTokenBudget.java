package com.benchcrm.extraction;

import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.tenancy.TenantId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The daily token allowance per tenant in {@code ai_token_usage} (one row per tenant and UTC day).
 *
 * <pre>{@code
 * TokenBudget budget = new SqlTokenBudget(sql, 200_000, Clock.systemUTC());
 * if (budget.allows(tenant, 3_000)) { ... budget.record(tenant, usage, false); }
 * }</pre>
 */
public final class SqlTokenBudget implements TokenBudget {

    private final SqlPort sql;
    private final long maxTokensPerDay;
    private final Clock clock;

    public SqlTokenBudget(SqlPort sql, long maxTokensPerDay, Clock clock) {
        this.sql = sql;
        this.maxTokensPerDay = maxTokensPerDay;
        this.clock = clock;
    }

    @Override
    public boolean allows(TenantId tenant, long estimate) {
        long used = used(tenant);
        return used + estimate <= maxTokensPerDay;
    }

    /** Tokens the tenant used today (UTC). */
    public long used(TenantId tenant) {
        return sql.inTenant(tenant, s -> s.queryOne(
                        "select input_tokens + output_tokens as used from ai_token_usage where tenant_id = :tenant and day = :day",
                        SqlParams.of("tenant", tenant.value()).and("day", today()))
                .map(r -> r.longValue("used")).orElse(0L));
    }

    @Override
    public void record(TenantId tenant, TokenUsage usage, boolean rejected) {
        sql.inTenant(tenant, s -> s.update("""
                insert into ai_token_usage (tenant_id, day, input_tokens, output_tokens, calls, rejected)
                values (:tenant, :day, :input, :output, 1, :rejected)
                on conflict (tenant_id, day) do update set input_tokens = ai_token_usage.input_tokens + excluded.input_tokens,
                    output_tokens = ai_token_usage.output_tokens + excluded.output_tokens, calls = ai_token_usage.calls + 1,
                    rejected = ai_token_usage.rejected + excluded.rejected""",
                SqlParams.of("tenant", tenant.value()).and("day", today()).and("input", usage.inputTokens())
                        .and("output", usage.outputTokens()).and("rejected", rejected ? 1 : 0)));
    }

    public long maxTokensPerDay() {
        return maxTokensPerDay;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
