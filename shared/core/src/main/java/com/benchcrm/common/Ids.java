package com.benchcrm.common;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered identifiers (UUID version 7, RFC 9562).
 *
 * <p>Ids sort by creation time, so keyset pagination on {@code id} lists rows newest-first without
 * a separate timestamp index, and inserts stay append-mostly in the primary-key B-tree.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;

    public Ids(Clock clock) {
        this.clock = clock;
    }

    /** A UUIDv7 for the current instant. */
    public UUID next() {
        return uuidV7(clock.millis());
    }

    static UUID uuidV7(long epochMillis) {
        byte[] rand = new byte[10];
        RANDOM.nextBytes(rand);
        long msb = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16;
        msb |= 0x7000L; // version 7
        msb |= ((rand[0] & 0x0FL) << 8) | (rand[1] & 0xFFL);
        long lsb = 0x8000_0000_0000_0000L; // IETF variant
        lsb |= ((rand[2] & 0x3FL) << 56);
        for (int i = 3; i < 10; i++) {
            lsb |= (rand[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(msb, lsb);
    }
}
