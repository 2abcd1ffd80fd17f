package com.benchcrm.extraction;

import com.benchcrm.persistence.Tx;
import java.time.LocalDate;

/** Port: AI token usage of the {@link Tx}'s tenant, one count per UTC day. */
public interface TokenUsageRepository {

    /** Input plus output tokens used on {@code day} (0 when nothing was recorded). */
    long used(Tx tx, LocalDate day);

    /** Adds one call's usage to {@code day}'s count. */
    void add(Tx tx, LocalDate day, TokenUsage usage, boolean rejected);
}
