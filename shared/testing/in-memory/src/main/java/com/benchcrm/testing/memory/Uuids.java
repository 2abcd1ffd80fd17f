package com.benchcrm.testing.memory;

import java.util.Comparator;
import java.util.UUID;

/** UUID order as PostgreSQL sorts {@code uuid} (unsigned, byte by byte), not as {@link UUID#compareTo} (signed). */
public final class Uuids {

    public static final Comparator<UUID> ORDER = (a, b) -> {
        int c = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return c != 0 ? c : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private Uuids() {}
}
