package com.benchcrm.persistence.postgres;

import com.benchcrm.marketing.ConsentBasis;
import com.benchcrm.marketing.ContactConsent;
import com.benchcrm.marketing.ContactConsentRepository;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link ContactConsentRepository} over contact_consent (one row per consenting contact). */
final class PostgresContactConsentRepository implements ContactConsentRepository {

    private static final String SELECT = """
            select contact_id, basis, given_at, note, recorded_by, recorded_at from contact_consent
            """;

    @Override
    public Optional<ContactConsent> find(Tx tx, UUID contactId) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        SELECT + " where tenant_id = :tenant and contact_id = :id",
                        SqlParams.of("tenant", tx.tenant().value()).and("id", contactId))
                .map(PostgresContactConsentRepository::toConsent);
    }

    @Override
    public Map<UUID, ContactConsent> findMany(Tx tx, Collection<UUID> contactIds) {
        Map<UUID, ContactConsent> out = new HashMap<>();
        if (contactIds.isEmpty()) {
            return out;
        }
        SqlTx.of(tx)
                .session()
                .query(
                        SELECT
                                + " where tenant_id = :tenant and contact_id = any(cast(string_to_array(:ids, ',') as uuid[]))",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and(
                                        "ids",
                                        String.join(
                                                ",",
                                                contactIds.stream()
                                                        .map(UUID::toString)
                                                        .toList())))
                .forEach(r -> {
                    ContactConsent c = toConsent(r);
                    out.put(c.contactId(), c);
                });
        return out;
    }

    @Override
    public void upsert(Tx tx, ContactConsent c) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                insert into contact_consent (tenant_id, contact_id, basis, given_at, note, recorded_by, recorded_at)
                values (:tenant, :id, :basis, :given, :note, :by, :at)
                on conflict (tenant_id, contact_id) do update set basis = excluded.basis, given_at = excluded.given_at,
                    note = excluded.note, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("id", c.contactId())
                                .and("basis", c.basis().name())
                                .and("given", c.givenAt())
                                .and("note", c.note())
                                .and("by", c.recordedBy())
                                .and("at", c.recordedAt()));
    }

    @Override
    public void delete(Tx tx, UUID contactId) {
        SqlTx.of(tx)
                .session()
                .update(
                        "delete from contact_consent where tenant_id = :tenant and contact_id = :id",
                        SqlParams.of("tenant", tx.tenant().value()).and("id", contactId));
    }

    private static ContactConsent toConsent(Row r) {
        return new ContactConsent(
                r.uuid("contact_id"),
                ConsentBasis.valueOf(r.string("basis")),
                r.instant("given_at"),
                r.string("note"),
                r.string("recorded_by"),
                r.instant("recorded_at"));
    }
}
