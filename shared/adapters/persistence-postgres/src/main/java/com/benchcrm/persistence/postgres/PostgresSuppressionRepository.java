package com.benchcrm.persistence.postgres;

import com.benchcrm.common.Json;
import com.benchcrm.marketing.Suppression;
import com.benchcrm.marketing.SuppressionReason;
import com.benchcrm.marketing.SuppressionRepository;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlJson;
import com.benchcrm.sql.SqlParams;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link SuppressionRepository} over suppression (the address in lower case is the key). */
final class PostgresSuppressionRepository implements SuppressionRepository {

    private static final String SELECT = "select email, reason, detail, created_by, created_at from suppression";

    @Override
    public Optional<Suppression> find(Tx tx, String email) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        SELECT + " where tenant_id = :tenant and email = :email",
                        SqlParams.of("tenant", tx.tenant().value()).and("email", Suppression.key(email)))
                .map(PostgresSuppressionRepository::toSuppression);
    }

    @Override
    public Set<String> suppressed(Tx tx, Collection<String> emails) {
        Set<String> out = new HashSet<>();
        if (emails.isEmpty()) {
            return out;
        }
        SqlTx.of(tx)
                .session()
                .query(
                        "select s.email from suppression s join jsonb_array_elements_text(:emails) as e(email)"
                                + " on s.email = e.email where s.tenant_id = :tenant",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and(
                                        "emails",
                                        new SqlJson(Json.write(emails.stream()
                                                .map(Suppression::key)
                                                .toList()))))
                .forEach(r -> out.add(r.string("email")));
        return out;
    }

    @Override
    public boolean insertIfAbsent(Tx tx, Suppression s) {
        return SqlTx.of(tx)
                        .session()
                        .update(
                                """
                insert into suppression (tenant_id, email, reason, detail, created_by, created_at)
                values (:tenant, :email, :reason, :detail, :by, :at)
                on conflict (tenant_id, email) do nothing""",
                                SqlParams.of("tenant", tx.tenant().value())
                                        .and("email", Suppression.key(s.email()))
                                        .and("reason", s.reason().name())
                                        .and("detail", s.detail())
                                        .and("by", s.createdBy())
                                        .and("at", s.createdAt()))
                > 0;
    }

    @Override
    public List<Suppression> list(Tx tx, Optional<String> after, int limit) {
        SqlParams params = SqlParams.of("tenant", tx.tenant().value()).and("limit", limit);
        String where = " where tenant_id = :tenant";
        if (after.isPresent()) {
            where += " and email > :after";
            params = params.and("after", after.get());
        }
        return SqlTx.of(tx).session().query(SELECT + where + " order by email limit :limit", params).stream()
                .map(PostgresSuppressionRepository::toSuppression)
                .toList();
    }

    @Override
    public boolean delete(Tx tx, String email) {
        return SqlTx.of(tx)
                        .session()
                        .update(
                                "delete from suppression where tenant_id = :tenant and email = :email",
                                SqlParams.of("tenant", tx.tenant().value()).and("email", Suppression.key(email)))
                > 0;
    }

    private static Suppression toSuppression(Row r) {
        return new Suppression(
                r.string("email"),
                SuppressionReason.valueOf(r.string("reason")),
                r.string("detail"),
                r.string("created_by"),
                r.instant("created_at"));
    }
}
