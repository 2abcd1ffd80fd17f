package com.benchcrm.persistence.postgres;

import com.benchcrm.marketing.OutreachDraft;
import com.benchcrm.marketing.OutreachDraftRepository;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link OutreachDraftRepository} over outreach_draft. */
final class PostgresOutreachDraftRepository implements OutreachDraftRepository {

    private static final String SELECT = """
            select id, kind, hot_list_id, distribution_list_id, submission_id, contact_id, subject, body_text, body_html,
                generator, status, approved_by, approved_at, created_by, version, created_at, updated_at, rtr_id,
                attachment_name, generator_note, edited_by, edited_at
            from outreach_draft
            """;

    @Override
    public void insert(Tx tx, OutreachDraft d) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                insert into outreach_draft (tenant_id, id, kind, hot_list_id, distribution_list_id, submission_id, contact_id,
                    subject, body_text, body_html, generator, status, approved_by, approved_at, created_by, version,
                    created_at, updated_at, rtr_id, attachment_name, generator_note)
                values (:tenant, :id, :kind, :hot_list, :list, :submission, :contact, :subject, :text, :html, :generator,
                    :status, :approved_by, :approved_at, :created_by, :version, :created_at, :updated_at, :rtr,
                    :attachment_name, :generator_note)""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("id", d.id())
                                .and("kind", d.kind().name())
                                .and("hot_list", d.hotListId())
                                .and("list", d.distributionListId())
                                .and("submission", d.submissionId())
                                .and("contact", d.contactId())
                                .and("subject", d.subject())
                                .and("text", d.bodyText())
                                .and("html", d.bodyHtml())
                                .and("generator", d.generator().name())
                                .and("status", d.status().name())
                                .and("approved_by", d.approvedBy())
                                .and("approved_at", d.approvedAt())
                                .and("created_by", d.createdBy())
                                .and("version", d.version())
                                .and("created_at", d.createdAt())
                                .and("updated_at", d.updatedAt())
                                .and("rtr", d.rtrId())
                                .and("attachment_name", d.attachmentName())
                                .and("generator_note", d.generatorNote()));
    }

    @Override
    public Optional<OutreachDraft> find(Tx tx, UUID id) {
        return one(tx, id, "");
    }

    @Override
    public Optional<OutreachDraft> findForUpdate(Tx tx, UUID id) {
        return one(tx, id, " for update");
    }

    private static Optional<OutreachDraft> one(Tx tx, UUID id, String lock) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        SELECT + " where tenant_id = :tenant and id = :id" + lock,
                        SqlParams.of("tenant", tx.tenant().value()).and("id", id))
                .map(PostgresOutreachDraftRepository::toDraft);
    }

    @Override
    public List<OutreachDraft> list(Tx tx, Optional<OutreachDraft.Status> status, Optional<UUID> before, int limit) {
        SqlParams params = SqlParams.of("tenant", tx.tenant().value()).and("limit", limit);
        String where = " where tenant_id = :tenant";
        if (status.isPresent()) {
            where += " and status = :status";
            params = params.and("status", status.get().name());
        }
        if (before.isPresent()) {
            where += " and id < :before";
            params = params.and("before", before.get());
        }
        return SqlTx.of(tx).session().query(SELECT + where + " order by id desc limit :limit", params).stream()
                .map(PostgresOutreachDraftRepository::toDraft)
                .toList();
    }

    @Override
    public void updateStatus(Tx tx, OutreachDraft d) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                update outreach_draft set status = :status, approved_by = :approved_by, approved_at = :approved_at,
                    version = :version, updated_at = :updated_at
                where tenant_id = :tenant and id = :id""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("id", d.id())
                                .and("status", d.status().name())
                                .and("approved_by", d.approvedBy())
                                .and("approved_at", d.approvedAt())
                                .and("version", d.version())
                                .and("updated_at", d.updatedAt()));
    }

    @Override
    public void updateText(Tx tx, OutreachDraft d) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                update outreach_draft set subject = :subject, body_text = :text, body_html = :html, version = :version,
                    updated_at = :updated_at, edited_by = :edited_by, edited_at = :edited_at
                where tenant_id = :tenant and id = :id and status = 'DRAFT'""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("id", d.id())
                                .and("subject", d.subject())
                                .and("text", d.bodyText())
                                .and("html", d.bodyHtml())
                                .and("version", d.version())
                                .and("updated_at", d.updatedAt())
                                .and("edited_by", d.editedBy())
                                .and("edited_at", d.editedAt()));
    }

    private static OutreachDraft toDraft(Row r) {
        return new OutreachDraft(
                r.uuid("id"),
                OutreachDraft.Kind.valueOf(r.string("kind")),
                r.uuid("hot_list_id"),
                r.uuid("distribution_list_id"),
                r.uuid("submission_id"),
                r.uuid("contact_id"),
                r.string("subject"),
                r.string("body_text"),
                r.string("body_html"),
                OutreachDraft.Generator.valueOf(r.string("generator")),
                OutreachDraft.Status.valueOf(r.string("status")),
                r.string("approved_by"),
                r.instant("approved_at"),
                r.string("created_by"),
                r.longValue("version"),
                r.instant("created_at"),
                r.instant("updated_at"),
                r.uuid("rtr_id"),
                r.string("attachment_name"),
                r.string("generator_note"),
                r.string("edited_by"),
                r.instant("edited_at"));
    }
}
