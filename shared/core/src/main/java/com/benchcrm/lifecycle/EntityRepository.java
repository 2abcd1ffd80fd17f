package com.benchcrm.lifecycle;

import com.benchcrm.persistence.Tx;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the stored entities of one kind, in the tenant of the {@link Tx}. Records in, records out;
 * the PostgreSQL implementation is in {@code benchcrm-persistence-postgres}, the in-memory one in
 * {@code benchcrm-test-fixtures}, and both pass the same contract test.
 *
 * @param <T> the entity as stored and returned
 * @param <I> its writable fields
 */
public interface EntityRepository<T extends Versioned, I extends EntityInput> {

    /**
     * Stores a new entity at version 1, created and updated {@code now}.
     *
     * @throws com.benchcrm.persistence.DuplicateKeyException (at the latest when the transaction ends)
     *         when a unique key of the entity is taken
     */
    void insert(Tx tx, UUID id, I input, Instant now);

    /** Reads one entity. */
    Optional<T> find(Tx tx, UUID id);

    /** Reads one entity and keeps it locked against concurrent writers until the transaction ends. */
    Optional<T> findForUpdate(Tx tx, UUID id);

    /** The entities among {@code ids} that exist, in no particular order; one round trip. */
    List<T> findMany(Tx tx, Collection<UUID> ids);

    /** Up to {@code limit} entities with ids below {@code before} (all when empty), newest (highest id) first. */
    List<T> list(Tx tx, Optional<UUID> before, int limit);

    /** Replaces the writable fields of {@code current}, bumps its version and sets its update time. */
    void update(Tx tx, T current, I input, Instant now);

    void delete(Tx tx, UUID id);
}
