package com.benchcrm.testing.memory;

import com.benchcrm.persistence.TenantRequiredException;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * {@link Transactions} over in-memory {@link Table}s: one global lock makes every transaction
 * serializable, and a snapshot of every table taken when the work starts is put back when the
 * work throws, so a failed use case leaves nothing half-written (as a PostgreSQL rollback would).
 * A transaction called inside another on the same thread joins the lock and rolls back on its own
 * failure; unlike PostgreSQL, where it would be a second, independent transaction, its writes are
 * also undone when the outer unit fails afterwards (use cases do not nest transactions).
 *
 * <pre>{@code
 * InMemoryTransactions tx = new InMemoryTransactions();
 * Table<UUID, Consultant> consultants = tx.table(Uuids.ORDER);
 * tx.inTenant(tenant, t -> consultants.rows(t.tenant()).put(id, c));
 * }</pre>
 */
public final class InMemoryTransactions implements Transactions {

    private final ReentrantLock lock = new ReentrantLock(true);
    private final List<Table<?, ?>> tables = new ArrayList<>();

    /** A new table of this store, ordered by {@code order} within each tenant. */
    public synchronized <K, V> Table<K, V> table(Comparator<? super K> order) {
        Table<K, V> table = new Table<>(this, order);
        tables.add(table);
        return table;
    }

    @Override
    public <T> T inTenant(TenantId tenant, Function<Tx, T> work) {
        if (tenant == null) {
            throw new TenantRequiredException();
        }
        return run(new MemoryTx(this, tenant), work);
    }

    @Override
    public <T> T withoutTenant(Function<Tx, T> work) {
        return run(new MemoryTx(this, null), work);
    }

    private <T> T run(MemoryTx tx, Function<Tx, T> work) {
        lock.lock();
        try {
            List<Runnable> undo = new ArrayList<>(tables.size());
            for (Table<?, ?> t : tables) {
                undo.add(t.snapshot());
            }
            try {
                return work.apply(tx);
            } catch (RuntimeException | Error e) {
                undo.forEach(Runnable::run);
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Whether the calling thread is inside a transaction of this store. */
    boolean inTransaction() {
        return lock.isHeldByCurrentThread();
    }

    /** The in-memory transaction handle. */
    record MemoryTx(InMemoryTransactions store, TenantId tenantOrNull) implements Tx {

        @Override
        public TenantId tenant() {
            if (tenantOrNull == null) {
                throw new TenantRequiredException();
            }
            return tenantOrNull;
        }
    }

    /** Checks that {@code tx} is an open transaction of this store. */
    MemoryTx open(Tx tx) {
        if (!(tx instanceof MemoryTx m) || m.store() != this) {
            throw new IllegalArgumentException("not a transaction of this in-memory store: " + tx);
        }
        if (!inTransaction()) {
            throw new IllegalStateException("the transaction has ended; a Tx may only be used inside its unit of work");
        }
        return m;
    }
}
