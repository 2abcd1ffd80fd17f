package com.benchcrm.persistence.postgres;

import com.benchcrm.company.Company;
import com.benchcrm.company.CompanyInput;
import com.benchcrm.company.CompanyKind;
import com.benchcrm.company.CompanyNames;
import com.benchcrm.company.CompanyRepository;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link CompanyRepository} over the company table; {@code normalized_name} is {@link CompanyNames#normalize} of the name. */
final class PostgresCompanyRepository implements CompanyRepository {

    private static final String SELECT = """
            select c.id, c.name, c.kinds, c.domain, c.website, c.phone, c.notes, c.version, c.created_at, c.updated_at
            from company c
            """;

    @Override
    public void insert(Tx tx, UUID id, CompanyInput in, Instant now) {
        SqlTx.of(tx).session().update("""
                insert into company (tenant_id, id, name, normalized_name, kinds, domain, website, phone, notes, version,
                    created_at, updated_at)
                values (:tenant, :id, :name, :normalized_name, coalesce(string_to_array(:kinds, ','), '{}'), :domain, :website,
                    :phone, :notes, 1, :now, :now)""", fields(tx, id, in).and("now", now));
    }

    @Override
    public Optional<Company> find(Tx tx, UUID id) {
        return one(tx, " where c.tenant_id = :tenant and c.id = :id", SqlParams.of("id", id));
    }

    @Override
    public Optional<Company> findForUpdate(Tx tx, UUID id) {
        return one(tx, " where c.tenant_id = :tenant and c.id = :id for update of c", SqlParams.of("id", id));
    }

    @Override
    public List<Company> findMany(Tx tx, Collection<UUID> ids) {
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
                .map(PostgresCompanyRepository::toCompany)
                .toList();
    }

    @Override
    public List<Company> list(Tx tx, Optional<UUID> before, int limit) {
        return list(tx, Optional.empty(), before, limit);
    }

    @Override
    public List<Company> list(Tx tx, Optional<CompanyKind> kind, Optional<UUID> before, int limit) {
        SqlParams params = SqlParams.of("tenant", tx.tenant().value()).and("limit", limit);
        StringBuilder where = new StringBuilder(" where c.tenant_id = :tenant");
        if (kind.isPresent()) {
            where.append(" and c.kinds @> array[cast(:kind as text)]");
            params = params.and("kind", kind.get().name());
        }
        if (before.isPresent()) {
            where.append(" and c.id < :before");
            params = params.and("before", before.get());
        }
        return SqlTx.of(tx).session().query(SELECT + where + " order by c.id desc limit :limit", params).stream()
                .map(PostgresCompanyRepository::toCompany)
                .toList();
    }

    @Override
    public void update(Tx tx, Company current, CompanyInput in, Instant now) {
        SqlTx.of(tx).session().update("""
                update company set name = :name, normalized_name = :normalized_name,
                    kinds = coalesce(string_to_array(:kinds, ','), '{}'), domain = :domain, website = :website, phone = :phone,
                    notes = :notes, version = version + 1, updated_at = :now
                where tenant_id = :tenant and id = :id""", fields(tx, current.id(), in).and("now", now));
    }

    @Override
    public void delete(Tx tx, UUID id) {
        SqlTx.of(tx)
                .session()
                .update(
                        "delete from company where tenant_id = :tenant and id = :id",
                        SqlParams.of("tenant", tx.tenant().value()).and("id", id));
    }

    @Override
    public void lockKey(Tx tx, String key) {
        SqlTx.of(tx)
                .session()
                .query(
                        "select pg_advisory_xact_lock(hashtext(:k)) as locked",
                        SqlParams.of("k", tx.tenant().value() + "|company|" + key));
    }

    @Override
    public Optional<Company> findByNormalizedName(Tx tx, String normalizedName) {
        return one(tx, " where c.tenant_id = :tenant and c.normalized_name = :n", SqlParams.of("n", normalizedName));
    }

    @Override
    public Optional<Company> findByDomain(Tx tx, String domain) {
        return one(
                tx, " where c.tenant_id = :tenant and c.domain = :d", SqlParams.of("d", CompanyNames.domain(domain)));
    }

    private static Optional<Company> one(Tx tx, String where, SqlParams params) {
        return SqlTx.of(tx)
                .session()
                .queryOne(SELECT + where, params.and("tenant", tx.tenant().value()))
                .map(PostgresCompanyRepository::toCompany);
    }

    private static SqlParams fields(Tx tx, UUID id, CompanyInput in) {
        return SqlParams.of("tenant", tx.tenant().value())
                .and("id", id)
                .and("name", in.name().trim())
                .and("normalized_name", CompanyNames.normalize(in.name()))
                .and(
                        "kinds",
                        in.kinds().isEmpty()
                                ? null
                                : String.join(
                                        ",", in.kinds().stream().map(Enum::name).toList()))
                .and("domain", in.domain())
                .and("website", in.website())
                .and("phone", in.phone())
                .and("notes", in.notes());
    }

    static Company toCompany(Row r) {
        return new Company(
                r.uuid("id"),
                r.string("name"),
                r.stringList("kinds").stream().map(CompanyKind::valueOf).toList(),
                r.string("domain"),
                r.string("website"),
                r.string("phone"),
                r.string("notes"),
                r.longValue("version"),
                r.instant("created_at"),
                r.instant("updated_at"));
    }
}
