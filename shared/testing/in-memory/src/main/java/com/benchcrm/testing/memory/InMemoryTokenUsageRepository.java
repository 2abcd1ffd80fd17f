package com.benchcrm.testing.memory;

import com.benchcrm.extraction.TokenUsage;
import com.benchcrm.extraction.TokenUsageRepository;
import com.benchcrm.persistence.Tx;
import java.time.LocalDate;

/** {@link TokenUsageRepository} in memory: one count per tenant and day. */
public final class InMemoryTokenUsageRepository implements TokenUsageRepository {

    record Day(long input, long output, int calls, int rejected) {}

    private final Table<LocalDate, Day> days;

    InMemoryTokenUsageRepository(InMemoryTransactions store) {
        this.days = store.table(LocalDate::compareTo);
    }

    @Override
    public long used(Tx tx, LocalDate day) {
        Day d = days.rows(tx).get(day);
        return d == null ? 0 : d.input() + d.output();
    }

    @Override
    public void add(Tx tx, LocalDate day, TokenUsage usage, boolean rejected) {
        days.rows(tx)
                .merge(
                        day,
                        new Day(usage.inputTokens(), usage.outputTokens(), 1, rejected ? 1 : 0),
                        (a, b) -> new Day(
                                a.input() + b.input(),
                                a.output() + b.output(),
                                a.calls() + 1,
                                a.rejected() + b.rejected()));
    }
}
