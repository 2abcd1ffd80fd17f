package com.benchcrm.lifecycle;

import com.benchcrm.sql.SqlSession;
import com.benchcrm.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of one entity. Statements name the tenant explicitly as well as relying on row-level
 * security: the explicit predicate gives the planner the index prefix, the policy is the guarantee.
 */
public interface EntityStore<T extends Versioned, I extends EntityInput> {

    void insert(SqlSession s, TenantId tenant, UUID id, I input, Instant now);

    /** Reads one entity; with {@code forUpdate} the row stays locked until the transaction ends. */
    Optional<T> find(SqlSession s, TenantId tenant, UUID id, boolean forUpdate);

    /**
     * The entities among {@code ids} that exist (in no particular order); one statement. An extra
     * {@code where} condition on the entity's alias may narrow them (for example {@code r.status = 'OPEN'}).
     */
    List<T> findMany(SqlSession s, TenantId tenant, java.util.Collection<UUID> ids, String andWhere);

    /** Up to {@code limit} entities with ids below {@code before} (all when empty), newest first. */
    List<T> list(SqlSession s, TenantId tenant, Optional<UUID> before, int limit);

    /** Replaces the writable fields and bumps the version. */
    void update(SqlSession s, TenantId tenant, T current, I input, Instant now);

    void delete(SqlSession s, TenantId tenant, UUID id);

    /** The writable fields of an entity, the starting point of a merge patch. */
    I toInput(T entity);

    /** Maps a unique-constraint name to a message for the caller, or null when it is not the caller's fault. */
    String describeDuplicate(String constraint);
}
