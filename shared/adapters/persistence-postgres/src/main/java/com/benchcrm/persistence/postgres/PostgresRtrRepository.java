package com.benchcrm.persistence.postgres;

import com.benchcrm.persistence.Tx;
import com.benchcrm.rtr.Rtr;
import com.benchcrm.rtr.RtrRepository;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link RtrRepository} over the rtr table (V10). */
final class PostgresRtrRepository implements RtrRepository {

    @Override
    public void insert(Tx tx, Rtr r) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                insert into rtr (tenant_id, id, consultant_id, requirement_id, vendor_company_id, vendor_contact_id, consented_at,
                    expires_at, rate_amount, rate_currency, rate_unit, employment_type, document_name, document_text, document_sha256,
                    revoked_at, revoked_reason, created_by, created_at)
                values (:tenant, :id, :consultant, :requirement, :vendor, :contact, :consented_at, :expires_at, :rate_amount,
                    :rate_currency, :rate_unit, :employment_type, :document_name, :document_text, :document_sha256, :revoked_at,
                    :revoked_reason, :created_by, :created_at)""",
                        params(tx)
                                .and("id", r.id())
                                .and("consultant", r.consultantId())
                                .and("requirement", r.requirementId())
                                .and("vendor", r.vendorCompanyId())
                                .and("contact", r.vendorContactId())
                                .and("consented_at", r.consentedAt())
                                .and("expires_at", r.expiresAt())
                                .and(
                                        "rate_amount",
                                        r.rate() == null ? null : r.rate().amount())
                                .and(
                                        "rate_currency",
                                        r.rate() == null ? null : r.rate().currency())
                                .and(
                                        "rate_unit",
                                        r.rate() == null
                                                ? null
                                                : r.rate().unit().name())
                                .and(
                                        "employment_type",
                                        r.rate() == null || r.rate().employmentType() == null
                                                ? null
                                                : r.rate().employmentType().code())
                                .and("document_name", r.documentName())
                                .and("document_text", r.documentText())
                                .and("document_sha256", r.documentSha256())
                                .and("revoked_at", r.revokedAt())
                                .and("revoked_reason", r.revokedReason())
                                .and("created_by", r.createdBy())
                                .and("created_at", r.createdAt()));
    }

    @Override
    public Optional<Rtr> find(Tx tx, UUID id) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        "select * from rtr where tenant_id = :tenant and id = :id",
                        params(tx).and("id", id))
                .map(PostgresRtrRepository::rtr);
    }

    @Override
    public Optional<Rtr> findForUpdate(Tx tx, UUID id) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        "select * from rtr where tenant_id = :tenant and id = :id for update",
                        params(tx).and("id", id))
                .map(PostgresRtrRepository::rtr);
    }

    @Override
    public List<Rtr> list(
            Tx tx, Optional<UUID> consultantId, Optional<UUID> requirementId, Optional<UUID> before, int limit) {
        StringBuilder where = new StringBuilder(" where tenant_id = :tenant");
        SqlParams p = params(tx).and("limit", limit);
        if (consultantId.isPresent()) {
            where.append(" and consultant_id = :consultant");
            p = p.and("consultant", consultantId.get());
        }
        if (requirementId.isPresent()) {
            where.append(" and requirement_id = :requirement");
            p = p.and("requirement", requirementId.get());
        }
        if (before.isPresent()) {
            where.append(" and id < :before");
            p = p.and("before", before.get());
        }
        return SqlTx.of(tx).session().query("select * from rtr" + where + " order by id desc limit :limit", p).stream()
                .map(PostgresRtrRepository::rtr)
                .toList();
    }

    @Override
    public List<Rtr> forSubmission(Tx tx, UUID consultantId, UUID requirementId, UUID vendorCompanyId) {
        return SqlTx.of(tx)
                .session()
                .query(
                        """
                select * from rtr where tenant_id = :tenant and consultant_id = :consultant and requirement_id = :requirement
                  and vendor_company_id = :vendor order by id desc""",
                        params(tx)
                                .and("consultant", consultantId)
                                .and("requirement", requirementId)
                                .and("vendor", vendorCompanyId))
                .stream()
                .map(PostgresRtrRepository::rtr)
                .toList();
    }

    @Override
    public void revoke(Tx tx, UUID id, Instant at, String reason) {
        SqlTx.of(tx)
                .session()
                .update(
                        "update rtr set revoked_at = :at, revoked_reason = :reason where tenant_id = :tenant and id = :id",
                        params(tx).and("id", id).and("at", at).and("reason", reason));
    }

    private static SqlParams params(Tx tx) {
        return SqlParams.of("tenant", tx.tenant().value());
    }

    private static Rtr rtr(Row r) {
        return new Rtr(
                r.uuid("id"),
                r.uuid("consultant_id"),
                r.uuid("requirement_id"),
                r.uuid("vendor_company_id"),
                r.uuid("vendor_contact_id"),
                r.instant("consented_at"),
                r.instant("expires_at"),
                PostgresSubmissionRepository.rate(r, "rate_amount", "rate_currency", "rate_unit", "employment_type"),
                r.string("document_name"),
                r.string("document_text"),
                r.string("document_sha256"),
                r.instant("revoked_at"),
                r.string("revoked_reason"),
                r.string("created_by"),
                r.instant("created_at"));
    }
}
