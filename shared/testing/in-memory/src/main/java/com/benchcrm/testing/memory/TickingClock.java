package com.benchcrm.testing.memory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock for tests that moves one millisecond forward each time it is read: repeatable like a
 * fixed clock, yet ids made from it ({@code new Ids(clock)}) sort in creation order.
 */
public final class TickingClock extends Clock {

    private final AtomicLong millis;

    public TickingClock(Instant start) {
        this.millis = new AtomicLong(start.toEpochMilli());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis.getAndIncrement());
    }

    @Override
    public long millis() {
        return millis.getAndIncrement();
    }

    /** Moves the clock forward. */
    public void advance(java.time.Duration d) {
        millis.addAndGet(d.toMillis());
    }
}
