package com.benchcrm.persistence.postgres;

import com.benchcrm.parties.SubmissionReferences;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link SubmissionReferences} over consultant, requirement, company, contact and recommendation, under the tenant's RLS. */
final class PostgresSubmissionReferences implements SubmissionReferences {

    @Override
    public boolean consultantExists(Tx tx, UUID id) {
        return one(tx, "select 1 as found from consultant where tenant_id = :tenant and id = :id", id)
                .isPresent();
    }

    @Override
    public Optional<String> consultantName(Tx tx, UUID id) {
        return one(tx, "select full_name from consultant where tenant_id = :tenant and id = :id", id)
                .map(r -> r.string("full_name"));
    }

    @Override
    public boolean requirementExists(Tx tx, UUID id) {
        return one(tx, "select 1 as found from requirement where tenant_id = :tenant and id = :id", id)
                .isPresent();
    }

    @Override
    public Optional<CompanyRef> company(Tx tx, UUID id) {
        return one(tx, "select id, name from company where tenant_id = :tenant and id = :id", id)
                .map(r -> new CompanyRef(r.uuid("id"), r.string("name")));
    }

    @Override
    public Map<UUID, CompanyRef> companies(Tx tx, Collection<UUID> ids) {
        Map<UUID, CompanyRef> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Row r : SqlTx.of(tx)
                .session()
                .query(
                        """
                select id, name from company
                where tenant_id = :tenant and id = any(cast(string_to_array(:ids, ',') as uuid[]))""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and(
                                        "ids",
                                        String.join(
                                                ",",
                                                ids.stream().map(UUID::toString).toList())))) {
            out.put(r.uuid("id"), new CompanyRef(r.uuid("id"), r.string("name")));
        }
        return out;
    }

    @Override
    public Optional<ContactRef> contact(Tx tx, UUID id) {
        return one(tx, "select id, company_id, full_name from contact where tenant_id = :tenant and id = :id", id)
                .map(r -> new ContactRef(r.uuid("id"), r.uuid("company_id"), r.string("full_name")));
    }

    @Override
    public Optional<RecommendationRef> recommendation(Tx tx, UUID id) {
        return one(tx, """
                select id, requirement_id, consultant_id, match_score, success_probability from recommendation
                where tenant_id = :tenant and id = :id""", id)
                .map(r -> new RecommendationRef(
                        r.uuid("id"),
                        r.uuid("requirement_id"),
                        r.uuid("consultant_id"),
                        r.doubleValue("match_score"),
                        r.doubleValue("success_probability")));
    }

    @Override
    public Optional<UUID> consultantByExternalId(Tx tx, String externalId) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        "select id from consultant where tenant_id = :tenant and external_id = :x",
                        SqlParams.of("tenant", tx.tenant().value()).and("x", externalId))
                .map(r -> r.uuid("id"));
    }

    @Override
    public Optional<UUID> requirementByExternalRef(Tx tx, String externalRef) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        "select id from requirement where tenant_id = :tenant and external_ref = :x",
                        SqlParams.of("tenant", tx.tenant().value()).and("x", externalRef))
                .map(r -> r.uuid("id"));
    }

    private static Optional<Row> one(Tx tx, String sql, UUID id) {
        return SqlTx.of(tx)
                .session()
                .queryOne(sql, SqlParams.of("tenant", tx.tenant().value()).and("id", id));
    }
}
