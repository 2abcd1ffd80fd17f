package com.benchcrm.marketing;

import com.benchcrm.persistence.Tx;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Port: consent per contact in the tenant of the {@link Tx}; deleting a contact deletes its consent. */
public interface ContactConsentRepository {

    Optional<ContactConsent> find(Tx tx, UUID contactId);

    /** The consents of those among {@code contactIds} that have one, by contact id. */
    Map<UUID, ContactConsent> findMany(Tx tx, Collection<UUID> contactIds);

    void upsert(Tx tx, ContactConsent consent);

    void delete(Tx tx, UUID contactId);
}
