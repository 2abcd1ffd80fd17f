package com.benchcrm.testing.memory;

import com.benchcrm.marketing.ContactConsent;
import com.benchcrm.marketing.ContactConsentRepository;
import com.benchcrm.persistence.Tx;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link ContactConsentRepository} in memory; a contact's deletion deletes its consent. */
public final class InMemoryContactConsentRepository implements ContactConsentRepository {

    private final Table<UUID, ContactConsent> rows;

    InMemoryContactConsentRepository(InMemoryTransactions store) {
        this.rows = store.table(Uuids.ORDER);
    }

    void contactDeleted(Tx tx, UUID contactId) {
        rows.rows(tx).remove(contactId);
    }

    @Override
    public Optional<ContactConsent> find(Tx tx, UUID contactId) {
        return Optional.ofNullable(rows.rows(tx).get(contactId));
    }

    @Override
    public Map<UUID, ContactConsent> findMany(Tx tx, Collection<UUID> contactIds) {
        var all = rows.rows(tx);
        Map<UUID, ContactConsent> out = new HashMap<>();
        for (UUID id : contactIds) {
            if (all.containsKey(id)) {
                out.put(id, all.get(id));
            }
        }
        return out;
    }

    @Override
    public void upsert(Tx tx, ContactConsent c) {
        rows.rows(tx)
                .put(
                        c.contactId(),
                        new ContactConsent(
                                c.contactId(),
                                c.basis(),
                                c.givenAt().truncatedTo(ChronoUnit.MICROS),
                                c.note(),
                                c.recordedBy(),
                                c.recordedAt().truncatedTo(ChronoUnit.MICROS)));
    }

    @Override
    public void delete(Tx tx, UUID contactId) {
        rows.rows(tx).remove(contactId);
    }
}
