package com.benchcrm.testing.memory;

import com.benchcrm.marketing.ConsultantMarketing;
import com.benchcrm.marketing.ConsultantMarketingRepository;
import com.benchcrm.persistence.Tx;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link ConsultantMarketingRepository} in memory; a consultant's deletion deletes their preferences. */
public final class InMemoryConsultantMarketingRepository implements ConsultantMarketingRepository {

    private final Table<UUID, ConsultantMarketing> rows;

    InMemoryConsultantMarketingRepository(InMemoryTransactions store) {
        this.rows = store.table(Uuids.ORDER);
    }

    void consultantDeleted(Tx tx, UUID consultantId) {
        rows.rows(tx).remove(consultantId);
    }

    @Override
    public Optional<ConsultantMarketing> find(Tx tx, UUID consultantId) {
        return Optional.ofNullable(rows.rows(tx).get(consultantId));
    }

    @Override
    public Map<UUID, ConsultantMarketing> findMany(Tx tx, Collection<UUID> consultantIds) {
        var all = rows.rows(tx);
        Map<UUID, ConsultantMarketing> out = new HashMap<>();
        for (UUID id : consultantIds) {
            ConsultantMarketing p = all.get(id);
            if (p != null) {
                out.put(id, p);
            }
        }
        return out;
    }

    @Override
    public void upsert(Tx tx, ConsultantMarketing p) {
        rows.rows(tx)
                .put(
                        p.consultantId(),
                        new ConsultantMarketing(
                                p.consultantId(),
                                p.optedOut(),
                                p.openToRelocation(),
                                p.updatedBy(),
                                p.updatedAt().truncatedTo(ChronoUnit.MICROS)));
    }
}
