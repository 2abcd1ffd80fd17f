package com.benchcrm.persistence.postgres;

import com.benchcrm.extraction.TokenUsage;
import com.benchcrm.extraction.TokenUsageRepository;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.SqlParams;
import java.time.LocalDate;

/** {@link TokenUsageRepository} over ai_token_usage (one row per tenant and UTC day, added to atomically). */
final class PostgresTokenUsageRepository implements TokenUsageRepository {

    @Override
    public long used(Tx tx, LocalDate day) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        "select input_tokens + output_tokens as used from ai_token_usage where tenant_id = :tenant and day = :day",
                        SqlParams.of("tenant", tx.tenant().value()).and("day", day))
                .map(r -> r.longValue("used"))
                .orElse(0L);
    }

    @Override
    public void add(Tx tx, LocalDate day, TokenUsage usage, boolean rejected) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                insert into ai_token_usage (tenant_id, day, input_tokens, output_tokens, calls, rejected)
                values (:tenant, :day, :input, :output, 1, :rejected)
                on conflict (tenant_id, day) do update set input_tokens = ai_token_usage.input_tokens + excluded.input_tokens,
                    output_tokens = ai_token_usage.output_tokens + excluded.output_tokens, calls = ai_token_usage.calls + 1,
                    rejected = ai_token_usage.rejected + excluded.rejected""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("day", day)
                                .and("input", usage.inputTokens())
                                .and("output", usage.outputTokens())
                                .and("rejected", rejected ? 1 : 0));
    }
}
