package com.benchcrm.matching;

/** Why a match run happened. */
public enum MatchTrigger {
    /** A user asked ({@code POST /v1/requirements/{id}/recommendations}). */
    API,
    /** Automatically, after {@code RequirementImported}. */
    REQUIREMENT_IMPORTED,
    /** Automatically, after {@code RequirementUpdated}. */
    REQUIREMENT_UPDATED
}
