package com.benchcrm.lifecycle;

import java.util.UUID;

/** An entity with an id and an optimistic-concurrency version (the ETag). */
public interface Versioned {

    UUID id();

    long version();
}
