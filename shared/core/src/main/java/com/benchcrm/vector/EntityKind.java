package com.benchcrm.vector;

/** What a vector describes. */
public enum EntityKind {
    CONSULTANT,
    REQUIREMENT;

    /** The stored spelling ({@code consultant}, {@code requirement}). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
