package com.benchcrm.testing.memory;

import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One in-memory table: rows by key, kept apart per tenant (what row-level security guarantees in
 * PostgreSQL), each tenant's rows in key order. Rows should be immutable values (records): a
 * snapshot copies the maps, not the rows.
 *
 * @param <K> the row key within a tenant
 * @param <V> the row
 */
public final class Table<K, V> {

    private final InMemoryTransactions store;
    private final Comparator<? super K> order;
    private Map<TenantId, NavigableMap<K, V>> data = new HashMap<>();

    Table(InMemoryTransactions store, Comparator<? super K> order) {
        this.store = store;
        this.order = order;
    }

    /** The rows of the transaction's tenant (changes are undone if the transaction fails). */
    public NavigableMap<K, V> rows(Tx tx) {
        return rows(store.open(tx).tenant());
    }

    /** Every tenant's rows, for the cross-tenant operations of a transaction without a tenant. */
    public Map<TenantId, NavigableMap<K, V>> allTenants(Tx tx) {
        store.open(tx);
        return data;
    }

    private NavigableMap<K, V> rows(TenantId tenant) {
        return data.computeIfAbsent(tenant, t -> new TreeMap<>(order));
    }

    /** Copies the table; the returned action puts the copy back. */
    Runnable snapshot() {
        Map<TenantId, NavigableMap<K, V>> copy = new HashMap<>();
        data.forEach((tenant, rows) -> copy.put(tenant, new TreeMap<>(rows)));
        return () -> data = copy;
    }
}
