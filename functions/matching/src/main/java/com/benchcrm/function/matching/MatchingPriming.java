package com.benchcrm.function.matching;

import com.benchcrm.function.runtime.SnapStartPriming;
import com.benchcrm.persistence.postgres.PostgresPersistence;

/**
 * SnapStart priming of the matching functions: the database client, the JSON mapper on an event envelope,
 * the embedding model's client or session with one short text, so the first real batch does not pay
 * for them.
 */
final class MatchingPriming {

    private MatchingPriming() {}

    static void prime(MatchingComponents components) {
        SnapStartPriming.sampleEvent();
        PostgresPersistence.over(components.sql()).ping();
        components.matching().model().embed("Senior Java developer. Skills: Java, Spring, AWS.");
    }
}
