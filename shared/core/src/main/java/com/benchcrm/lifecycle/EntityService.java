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
import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.tenancy.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;
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
    private final EntityRepository<T, I> repository;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Idempotency idempotency;
    private final Ids ids;
    private final Clock clock;

    public EntityService(EntitySpec<T, I> spec, Transactions transactions, EntityRepository<T, I> repository, AuditLog audit,
                         Outbox outbox, Idempotency idempotency, Ids ids, Clock clock) {
        this.spec = spec;
        this.repository = repository;
        this.transactions = transactions;
        this.audit = audit;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.ids = ids;
        this.clock = clock;
    }

    public EntitySpec<T, I> spec() {
        return spec;
    }

    /** The transaction port, for feature services that add use cases of their own. */
    protected Transactions transactions() {
        return transactions;
    }

    public Created<T> create(Caller caller, I input, Optional<IdempotencyKey> key) {
        caller.require(spec.write());
        input.validate();
        return withDuplicateMapping(() -> transactions.inTenant(caller.tenant(), tx -> {
            if (key.isPresent()) {
                Optional<String> replay = idempotency.claim(tx, caller, key.get(), spec.name() + ".create", input);
                if (replay.isPresent()) {
                    return new Created<>(Json.read(replay.get(), spec.entityType()), true);
                }
            }
            UUID id = ids.next();
            checkReferences(tx, caller, id, input);
            Instant now = clock.instant();
            repository.insert(tx, id, input, now);
            T created = repository.find(tx, id).orElseThrow();
            audit.record(tx, caller, spec.name() + ".created", spec.name(), id, null, created);
            outbox.append(tx, caller, spec.createdEvent(), 1, spec.name(), id, Map.of("id", id.toString(), "version", created.version()));
            key.ifPresent(k -> idempotency.complete(tx, caller, k, id, Json.write(created)));
            return new Created<>(created, false);
        }));
    }

    public T get(Caller caller, UUID id) {
        caller.require(spec.read());
        return transactions.inTenant(caller.tenant(), tx -> repository.find(tx, id))
                .orElseThrow(() -> new NotFoundException(spec.name(), id));
    }

    /**
     * The entities among {@code ids} that exist, by id, read for the system (matching, search) rather
     * than for a caller: the transaction is still limited to {@code tenant}.
     */
    public Map<UUID, T> findAll(TenantId tenant, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return byId(transactions.inTenant(tenant, tx -> repository.findMany(tx, ids)));
    }

    protected static <E extends Versioned> Map<UUID, E> byId(List<E> entities) {
        Map<UUID, E> byId = new HashMap<>();
        for (E e : entities) {
            byId.put(e.id(), e);
        }
        return byId;
    }

    public Page<T> list(Caller caller, PageRequest page) {
        caller.require(spec.read());
        var rows = transactions.inTenant(caller.tenant(), tx -> repository.list(tx, page.after(), page.limit() + 1));
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
        return withDuplicateMapping(() -> transactions.inTenant(caller.tenant(), tx -> {
            T current = lockCurrent(tx, id, ifMatch);
            I input = change.apply(spec.toInput().apply(current));
            input.validate();
            checkReferences(tx, caller, id, input);
            repository.update(tx, current, input, clock.instant());
            T updated = repository.find(tx, id).orElseThrow();
            audit.record(tx, caller, spec.name() + ".updated", spec.name(), id, current, updated);
            outbox.append(tx, caller, spec.updatedEvent(), 1, spec.name(), id, Map.of("id", id.toString(), "version", updated.version()));
            return updated;
        }));
    }

    public void delete(Caller caller, UUID id, OptionalLong ifMatch) {
        caller.require(spec.write());
        transactions.inTenant(caller.tenant(), tx -> {
            T current = lockCurrent(tx, id, ifMatch);
            repository.delete(tx, id);
            audit.record(tx, caller, spec.name() + ".deleted", spec.name(), id, current, null);
            outbox.append(tx, caller, spec.deletedEvent(), 1, spec.name(), id, Map.of("id", id.toString(), "version", current.version()));
            return null;
        });
    }

    /**
     * Checks, inside the write's transaction, what {@link EntityInput#validate()} cannot: that the
     * records the input refers to exist in the tenant and fit (a contact of the named company, a
     * company of the right kind). Throws a {@link com.benchcrm.common.ValidationException} with a
     * pointer to each bad reference; nothing is written then. Another tenant's record is "does not
     * exist": row-level security hides it. A {@link ConflictException} says the input would
     * duplicate another record (named in the message). The default checks nothing.
     *
     * @param id the id of the entity being written (new on a create)
     */
    protected void checkReferences(Tx tx, Caller caller, UUID id, I input) {
    }

    /**
     * One page of a filtered list: {@code lister} reads up to {@code limit} rows below {@code before}
     * (newest first) with the feature's filters applied, in the caller's tenant.
     */
    protected Page<T> list(Caller caller, PageRequest page, Lister<T> lister) {
        caller.require(spec.read());
        var rows = transactions.inTenant(caller.tenant(), tx -> lister.list(tx, page.after(), page.limit() + 1));
        return Page.fromOverfetch(rows, page.limit(), spec.name(), Versioned::id);
    }

    /** Reads one filtered page (see {@link #list(Caller, PageRequest, Lister)}). */
    @FunctionalInterface
    protected interface Lister<T> {
        List<T> list(Tx tx, Optional<UUID> before, int limit);
    }

    /**
     * A change beside the writable fields (tags, a bench date): under the row lock and the
     * {@code ifMatch} version, {@code change} writes it (bumping the version), and the result is
     * audited as {@code action} and announced as the entity's update event.
     */
    protected T change(Caller caller, UUID id, OptionalLong ifMatch, String action, java.util.function.BiConsumer<Tx, T> change,
                       Map<String, Object> details) {
        caller.require(spec.write());
        return transactions.inTenant(caller.tenant(), tx -> {
            T current = lockCurrent(tx, id, ifMatch);
            change.accept(tx, current);
            T updated = repository.find(tx, id).orElseThrow();
            audit.record(tx, caller, spec.name() + "." + action, spec.name(), id, current, updated, details);
            outbox.append(tx, caller, spec.updatedEvent(), 1, spec.name(), id, Map.of("id", id.toString(), "version", updated.version()));
            return updated;
        });
    }

    /** The audit log, for feature services that record more than the lifecycle's mutations. */
    protected AuditLog audit() {
        return audit;
    }

    /** The outbox, for feature services that announce more than the lifecycle's mutations. */
    protected Outbox outbox() {
        return outbox;
    }

    protected Clock clock() {
        return clock;
    }

    protected Ids ids() {
        return ids;
    }

    private T lockCurrent(Tx tx, UUID id, OptionalLong ifMatch) {
        T current = repository.findForUpdate(tx, id).orElseThrow(() -> new NotFoundException(spec.name(), id));
        if (ifMatch.isPresent() && ifMatch.getAsLong() != current.version()) {
            throw new VersionMismatchException(spec.name(), ifMatch.getAsLong(), current.version());
        }
        return current;
    }

    private <R> R withDuplicateMapping(Supplier<R> work) {
        try {
            return work.get();
        } catch (DuplicateKeyException e) {
            String message = spec.duplicateKeys().get(e.key());
            if (message == null) {
                throw e;
            }
            throw new ConflictException("duplicate", message);
        }
    }
}
