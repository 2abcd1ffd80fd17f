package com.benchcrm.function.emailingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.extraction.DailyTokenBudget;
import com.benchcrm.extraction.TokenUsage;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The per-tenant daily token cap ({@code AI_MAX_TOKENS_DAY}) in {@code ai_token_usage}, under row-level security. */
class DailyTokenBudgetIT {

    @Test
    void usageCountsPerTenantAndUtcDay_theCapRefusesWhatWouldExceedIt() {
        IngestTestStack stack = IngestTestStack.get();
        IngestTestStack.TestTenant a = stack.newTenant("tokens-a");
        IngestTestStack.TestTenant b = stack.newTenant("tokens-b");
        Clock today = Clock.fixed(Instant.parse("2026-11-22T23:59:00Z"), ZoneOffset.UTC);
        PostgresPersistence db = PostgresPersistence.over(stack.app);
        DailyTokenBudget budget = new DailyTokenBudget(db.transactions(), db.tokenUsage(), 10_000, today);

        budget.record(a.id(), new TokenUsage(6_000, 1_500), false);
        budget.record(a.id(), new TokenUsage(1_000, 500), true);

        assertThat(budget.used(a.id())).isEqualTo(9_000);
        assertThat(budget.allows(a.id(), 1_000)).isTrue();
        assertThat(budget.allows(a.id(), 1_001)).isFalse();
        assertThat(budget.used(b.id())).as("another tenant's count").isZero();
        DailyTokenBudget tomorrow = new DailyTokenBudget(
                db.transactions(),
                db.tokenUsage(),
                10_000,
                Clock.fixed(Instant.parse("2026-11-23T00:01:00Z"), ZoneOffset.UTC));
        assertThat(tomorrow.used(a.id())).as("a new UTC day").isZero();
        assertThat(stack.query(a, "select calls, rejected from ai_token_usage where tenant_id = :tenant"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.intValue("calls")).isEqualTo(2);
                    assertThat(r.intValue("rejected")).isEqualTo(1);
                });
    }
}
