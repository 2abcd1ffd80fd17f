package com.benchcrm.testing.memory;

import com.benchcrm.persistence.Tx;
import com.benchcrm.rtr.Rtr;
import com.benchcrm.rtr.RtrRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link RtrRepository} in memory. */
public final class InMemoryRtrRepository implements RtrRepository {

    private final Table<UUID, Rtr> rows;

    InMemoryRtrRepository(InMemoryTransactions store) {
        rows = store.table(Uuids.ORDER);
    }

    @Override
    public void insert(Tx tx, Rtr rtr) {
        rows.rows(tx).put(rtr.id(), rtr);
    }

    @Override
    public Optional<Rtr> find(Tx tx, UUID id) {
        return Optional.ofNullable(rows.rows(tx).get(id));
    }

    @Override
    public Optional<Rtr> findForUpdate(Tx tx, UUID id) {
        return find(tx, id);
    }

    @Override
    public List<Rtr> list(
            Tx tx, Optional<UUID> consultantId, Optional<UUID> requirementId, Optional<UUID> before, int limit) {
        var all = rows.rows(tx);
        var view = before.isPresent() ? all.headMap(before.get(), false) : all;
        return view.descendingMap().values().stream()
                .filter(r -> consultantId.map(r.consultantId()::equals).orElse(true))
                .filter(r -> requirementId.map(r.requirementId()::equals).orElse(true))
                .limit(limit)
                .toList();
    }

    @Override
    public List<Rtr> forSubmission(Tx tx, UUID consultantId, UUID requirementId, UUID vendorCompanyId) {
        return rows.rows(tx).descendingMap().values().stream()
                .filter(r -> r.consultantId().equals(consultantId)
                        && r.requirementId().equals(requirementId)
                        && r.vendorCompanyId().equals(vendorCompanyId))
                .toList();
    }

    @Override
    public void revoke(Tx tx, UUID id, Instant at, String reason) {
        rows.rows(tx)
                .computeIfPresent(
                        id,
                        (k, r) -> new Rtr(
                                r.id(),
                                r.consultantId(),
                                r.requirementId(),
                                r.vendorCompanyId(),
                                r.vendorContactId(),
                                r.consentedAt(),
                                r.expiresAt(),
                                r.rate(),
                                r.documentName(),
                                r.documentText(),
                                r.documentSha256(),
                                at,
                                reason,
                                r.createdBy(),
                                r.createdAt()));
    }
}
