package com.benchcrm.testing.memory;

import com.benchcrm.marketing.DistributionList;
import com.benchcrm.marketing.DistributionListInput;
import com.benchcrm.marketing.DistributionListRepository;
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

/** {@link DistributionListRepository} in memory. */
public final class InMemoryDistributionListRepository implements DistributionListRepository {

    private final Table<UUID, DistributionList> rows;

    InMemoryDistributionListRepository(InMemoryTransactions store) {
        this.rows = store.table(Uuids.ORDER);
    }

    @Override
    public void insert(Tx tx, UUID id, DistributionListInput in, Instant now) {
        var all = rows.rows(tx);
        if (all.containsKey(id)) {
            throw new DuplicateKeyException("distribution_list_pkey");
        }
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        all.put(
                id,
                new DistributionList(
                        id, in.name().trim(), in.skillFocus(), in.region(), in.tier(), in.contactIds(), 1, at, at));
    }

    @Override
    public Optional<DistributionList> find(Tx tx, UUID id) {
        return Optional.ofNullable(rows.rows(tx).get(id));
    }

    @Override
    public Optional<DistributionList> findForUpdate(Tx tx, UUID id) {
        return find(tx, id);
    }

    @Override
    public List<DistributionList> findMany(Tx tx, Collection<UUID> ids) {
        var all = rows.rows(tx);
        return new HashSet<>(ids)
                .stream().map(all::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<DistributionList> list(Tx tx, Optional<UUID> before, int limit) {
        var all = rows.rows(tx);
        var view = before.isPresent() ? all.headMap(before.get(), false) : all;
        return view.descendingMap().values().stream().limit(limit).toList();
    }

    @Override
    public void update(Tx tx, DistributionList current, DistributionListInput in, Instant now) {
        var all = rows.rows(tx);
        DistributionList stored = all.get(current.id());
        if (stored != null) {
            all.put(
                    current.id(),
                    new DistributionList(
                            current.id(),
                            in.name().trim(),
                            in.skillFocus(),
                            in.region(),
                            in.tier(),
                            in.contactIds(),
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
