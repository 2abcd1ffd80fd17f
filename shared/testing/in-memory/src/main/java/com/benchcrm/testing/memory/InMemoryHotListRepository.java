package com.benchcrm.testing.memory;

import com.benchcrm.marketing.HotList;
import com.benchcrm.marketing.HotListInput;
import com.benchcrm.marketing.HotListRepository;
import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.persistence.Tx;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** {@link HotListRepository} in memory. */
public final class InMemoryHotListRepository implements HotListRepository {

    private final Table<UUID, HotList> rows;

    InMemoryHotListRepository(InMemoryTransactions store) {
        this.rows = store.table(Uuids.ORDER);
    }

    @Override
    public void insert(Tx tx, UUID id, HotListInput in, Instant now) {
        var all = rows.rows(tx);
        if (all.containsKey(id)) {
            throw new DuplicateKeyException("hot_list_pkey");
        }
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        all.put(id, new HotList(id, in.name().trim(), in.consultantIds(), in.filter(), in.ordering(), 1, at, at));
    }

    @Override
    public Optional<HotList> find(Tx tx, UUID id) {
        return Optional.ofNullable(rows.rows(tx).get(id));
    }

    @Override
    public Optional<HotList> findForUpdate(Tx tx, UUID id) {
        return find(tx, id);
    }

    @Override
    public List<HotList> findMany(Tx tx, Collection<UUID> ids) {
        var all = rows.rows(tx);
        return new HashSet<>(ids)
                .stream().map(all::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<HotList> list(Tx tx, Optional<UUID> before, int limit) {
        var all = rows.rows(tx);
        var view = before.isPresent() ? all.headMap(before.get(), false) : all;
        return view.descendingMap().values().stream().limit(limit).toList();
    }

    @Override
    public void update(Tx tx, HotList current, HotListInput in, Instant now) {
        var all = rows.rows(tx);
        HotList stored = all.get(current.id());
        if (stored != null) {
            all.put(
                    current.id(),
                    new HotList(
                            current.id(),
                            in.name().trim(),
                            in.consultantIds(),
                            in.filter(),
                            in.ordering(),
                            stored.version() + 1,
                            stored.createdAt(),
                            now.truncatedTo(ChronoUnit.MICROS)));
        }
    }

    @Override
    public void delete(Tx tx, UUID id) {
        rows.rows(tx).remove(id);
    }
}
