package com.benchcrm.persistence.postgres;

import com.benchcrm.company.Contact;
import com.benchcrm.company.ContactInput;
import com.benchcrm.company.ContactRepository;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link ContactRepository} over the contact table (unique e-mail per tenant, case-insensitively: {@code contact_email_key}). */
final class PostgresContactRepository implements ContactRepository {

    private static final String SELECT = """
            select c.id, c.company_id, c.full_name, c.email, c.phone, c.title, c.notes, c.version, c.created_at, c.updated_at
            from contact c
            """;

    @Override
    public void insert(Tx tx, UUID id, ContactInput in, Instant now) {
        SqlTx.of(tx).session().update("""
                insert into contact (tenant_id, id, company_id, full_name, email, phone, title, notes, version, created_at, updated_at)
                values (:tenant, :id, :company_id, :full_name, :email, :phone, :title, :notes, 1, :now, :now)""", fields(tx, id, in).and("now", now));
    }

    @Override
    public Optional<Contact> find(Tx tx, UUID id) {
        return one(tx, " where c.tenant_id = :tenant and c.id = :id", SqlParams.of("id", id));
    }

    @Override
    public Optional<Contact> findForUpdate(Tx tx, UUID id) {
        return one(tx, " where c.tenant_id = :tenant and c.id = :id for update of c", SqlParams.of("id", id));
    }

    @Override
    public List<Contact> findMany(Tx tx, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String csv = String.join(",", ids.stream().map(UUID::toString).toList());
        return SqlTx.of(tx)
                .session()
                .query(
                        SELECT
                                + " where c.tenant_id = :tenant and c.id = any(cast(string_to_array(:ids, ',') as uuid[]))",
                        SqlParams.of("tenant", tx.tenant().value()).and("ids", csv))
                .stream()
                .map(PostgresContactRepository::toContact)
                .toList();
    }

    @Override
    public List<Contact> list(Tx tx, Optional<UUID> before, int limit) {
        return list(tx, Optional.empty(), before, limit);
    }

    @Override
    public List<Contact> list(Tx tx, Optional<UUID> companyId, Optional<UUID> before, int limit) {
        SqlParams params = SqlParams.of("tenant", tx.tenant().value()).and("limit", limit);
        StringBuilder where = new StringBuilder(" where c.tenant_id = :tenant");
        if (companyId.isPresent()) {
            where.append(" and c.company_id = :company");
            params = params.and("company", companyId.get());
        }
        if (before.isPresent()) {
            where.append(" and c.id < :before");
            params = params.and("before", before.get());
        }
        return SqlTx.of(tx).session().query(SELECT + where + " order by c.id desc limit :limit", params).stream()
                .map(PostgresContactRepository::toContact)
                .toList();
    }

    @Override
    public void update(Tx tx, Contact current, ContactInput in, Instant now) {
        SqlTx.of(tx).session().update("""
                update contact set company_id = :company_id, full_name = :full_name, email = :email, phone = :phone, title = :title,
                    notes = :notes, version = version + 1, updated_at = :now
                where tenant_id = :tenant and id = :id""", fields(tx, current.id(), in).and("now", now));
    }

    @Override
    public void delete(Tx tx, UUID id) {
        SqlTx.of(tx)
                .session()
                .update(
                        "delete from contact where tenant_id = :tenant and id = :id",
                        SqlParams.of("tenant", tx.tenant().value()).and("id", id));
    }

    @Override
    public Optional<Contact> findByEmail(Tx tx, String email) {
        return one(tx, " where c.tenant_id = :tenant and lower(c.email) = lower(:email)", SqlParams.of("email", email));
    }

    private static Optional<Contact> one(Tx tx, String where, SqlParams params) {
        return SqlTx.of(tx)
                .session()
                .queryOne(SELECT + where, params.and("tenant", tx.tenant().value()))
                .map(PostgresContactRepository::toContact);
    }

    private static SqlParams fields(Tx tx, UUID id, ContactInput in) {
        return SqlParams.of("tenant", tx.tenant().value())
                .and("id", id)
                .and("company_id", in.companyId())
                .and("full_name", in.fullName().trim())
                .and("email", in.email())
                .and("phone", in.phone())
                .and("title", in.title())
                .and("notes", in.notes());
    }

    static Contact toContact(Row r) {
        return new Contact(
                r.uuid("id"),
                r.uuid("company_id"),
                r.string("full_name"),
                r.string("email"),
                r.string("phone"),
                r.string("title"),
                r.string("notes"),
                r.longValue("version"),
                r.instant("created_at"),
                r.instant("updated_at"));
    }
}
