package com.benchcrm.testing.memory;

import com.benchcrm.marketing.Suppression;
import com.benchcrm.marketing.SuppressionRepository;
import com.benchcrm.persistence.Tx;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link SuppressionRepository} in memory, keyed by the address in lower case. */
public final class InMemorySuppressionRepository implements SuppressionRepository {

    private final Table<String, Suppression> rows;

    InMemorySuppressionRepository(InMemoryTransactions store) {
        this.rows = store.table(Comparator.naturalOrder());
    }

    @Override
    public Optional<Suppression> find(Tx tx, String email) {
        return Optional.ofNullable(rows.rows(tx).get(Suppression.key(email)));
    }

    @Override
    public Set<String> suppressed(Tx tx, Collection<String> emails) {
        var all = rows.rows(tx);
        Set<String> out = new HashSet<>();
        for (String e : emails) {
            String k = Suppression.key(e);
            if (all.containsKey(k)) {
                out.add(k);
            }
        }
        return out;
    }

    @Override
    public boolean insertIfAbsent(Tx tx, Suppression s) {
        String k = Suppression.key(s.email());
        var all = rows.rows(tx);
        if (all.containsKey(k)) {
            return false;
        }
        all.put(
                k,
                new Suppression(
                        k, s.reason(), s.detail(), s.createdBy(), s.createdAt().truncatedTo(ChronoUnit.MICROS)));
        return true;
    }

    @Override
    public List<Suppression> list(Tx tx, Optional<String> after, int limit) {
        var all = rows.rows(tx);
        var view = after.isPresent() ? all.tailMap(after.get(), false) : all;
        return view.values().stream().limit(limit).toList();
    }

    @Override
    public boolean delete(Tx tx, String email) {
        return rows.rows(tx).remove(Suppression.key(email)) != null;
    }
}
