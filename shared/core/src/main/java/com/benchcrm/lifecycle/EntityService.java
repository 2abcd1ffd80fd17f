package com.benchcrm.lifecycle;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.ConflictException;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Json;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.common.VersionMismatchException;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.idempotency.IdempotencyKey;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.security.Caller;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.sql.SqlSession;
import com.benchcrm.sql.UniqueViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Use cases of one entity kind. Each public method is one transaction.
 *
 * <pre>{@code
 * Created<Consultant> c = consultants.create(caller, input, Optional.of(new IdempotencyKey("k1")));
 * Consultant updated = consultants.update(caller, c.value().id(), changed, OptionalLong.of(1));
 * }</pre>
 */
public class EntityService<T extends Versioned, I extends EntityInput> {

    private final EntitySpec<T, I> spec;
    private final EntityStore<T, I> store;
    private final SqlPort sql;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Idempotency idempotency;
    private final Ids ids;
    private final Clock clock;

    public EntityService(EntitySpec<T, I> spec, EntityStore<T, I> store, SqlPort sql, AuditLog audit, Outbox outbox,
                         Idempotency idempotency, Ids ids, Clock clock) {
        this.spec = spec;
        this.store = store;
        this.sql = sql;
        this.audit = audit;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.ids = ids;
        this.clock = clock;
    }

    public EntitySpec<T, I> spec() {
        return spec;
    }

    /** The SQL port, for feature services that add use cases of their own. */
    protected SqlPort sqlPort() {
        return sql;
    }

    public Created<T> create(Caller caller, I input, Optional<IdempotencyKey> key) {
        caller.require(spec.write());
        input.validate();
        return withDuplicateMapping(() -> sql.inTenant(caller.tenant(), s -> {
            if (key.isPresent()) {
                Optional<String> replay = idempotency.claim(s, caller.tenant(), key.get(), spec.name() + ".create", input);
                if (replay.isPresent()) {
                    return new Created<>(Json.read(replay.get(), spec.entityType()), true);
                }
            }
            UUID id = ids.next();
            Instant now = clock.instant();
            store.insert(s, caller.tenant(), id, input, now);
            T created = store.find(s, caller.tenant(), id, false).orElseThrow();
            audit.record(s, caller, spec.name() + ".created", spec.name(), id, null, created);
            outbox.append(s, caller, spec.createdEvent(), 1, spec.name(), id, Map.of("id", id.toString(), "version", created.version()));
            key.ifPresent(k -> idempotency.complete(s, caller.tenant(), k, id, Json.write(created)));
            return new Created<>(created, false);
        }));
    }

    public T get(Caller caller, UUID id) {
        caller.require(spec.read());
        return sql.inTenant(caller.tenant(), s -> store.find(s, caller.tenant(), id, false))
                .orElseThrow(() -> new NotFoundException(spec.name(), id));
    }

    /**
     * The entities among {@code ids} that exist, by id, read for the system (matching, search) rather
     * than for a caller: row-level security still limits it to {@code tenant}. {@code andWhere}
     * narrows on the entity's alias ({@code c} consultants, {@code r} requirements), or null.
     */
    public java.util.Map<UUID, T> findAll(com.benchcrm.tenancy.TenantId tenant, java.util.Collection<UUID> ids, String andWhere) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, T> byId = new java.util.HashMap<>();
        for (T t : sql.inTenant(tenant, s -> store.findMany(s, tenant, ids, andWhere))) {
            byId.put(t.id(), t);
        }
        return byId;
    }

    public Page<T> list(Caller caller, PageRequest page) {
        caller.require(spec.read());
        var rows = sql.inTenant(caller.tenant(), s -> store.list(s, caller.tenant(), page.after(), page.limit() + 1));
        return Page.fromOverfetch(rows, page.limit(), spec.name(), Versioned::id);
    }

    /** Replaces the writable fields. With {@code ifMatch}, refuses unless the stored version is that one. */
    public T update(Caller caller, UUID id, I input, OptionalLong ifMatch) {
        return patch(caller, id, current -> input, ifMatch);
    }

    /**
     * Applies {@code change} to the current writable fields under a row lock, so a merge patch
     * never loses a concurrent update.
     */
    public T patch(Caller caller, UUID id, UnaryOperator<I> change, OptionalLong ifMatch) {
        caller.require(spec.write());
        return withDuplicateMapping(() -> sql.inTenant(caller.tenant(), s -> {
            T current = lockCurrent(s, caller, id, ifMatch);
            I input = change.apply(store.toInput(current));
            input.validate();
            store.update(s, caller.tenant(), current, input, clock.instant());
            T updated = store.find(s, caller.tenant(), id, false).orElseThrow();
            audit.record(s, caller, spec.name() + ".updated", spec.name(), id, current, updated);
            outbox.append(s, caller, spec.updatedEvent(), 1, spec.name(), id, Map.of("id", id.toString(), "version", updated.version()));
            return updated;
        }));
    }

    public void delete(Caller caller, UUID id, OptionalLong ifMatch) {
        caller.require(spec.write());
        sql.inTenant(caller.tenant(), s -> {
            T current = lockCurrent(s, caller, id, ifMatch);
            store.delete(s, caller.tenant(), id);
            audit.record(s, caller, spec.name() + ".deleted", spec.name(), id, current, null);
            outbox.append(s, caller, spec.deletedEvent(), 1, spec.name(), id, Map.of("id", id.toString(), "version", current.version()));
            return null;
        });
    }

    private T lockCurrent(SqlSession s, Caller caller, UUID id, OptionalLong ifMatch) {
        T current = store.find(s, caller.tenant(), id, true).orElseThrow(() -> new NotFoundException(spec.name(), id));
        if (ifMatch.isPresent() && ifMatch.getAsLong() != current.version()) {
            throw new VersionMismatchException(spec.name(), ifMatch.getAsLong(), current.version());
        }
        return current;
    }

    private <R> R withDuplicateMapping(java.util.function.Supplier<R> work) {
        try {
            return work.get();
        } catch (UniqueViolationException e) {
            String message = store.describeDuplicate(e.constraint());
            if (message == null) {
                throw e;
            }
            throw new ConflictException("duplicate", message);
        }
    }
}
