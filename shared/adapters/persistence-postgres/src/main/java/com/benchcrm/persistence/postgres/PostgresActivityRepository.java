package com.benchcrm.persistence.postgres;

import com.benchcrm.activity.Activity;
import com.benchcrm.activity.ActivityKind;
import com.benchcrm.activity.ActivityRepository;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link ActivityRepository} over the activity table (V9), read by activity_by_entity. */
final class PostgresActivityRepository implements ActivityRepository {

    @Override
    public void insert(Tx tx, Activity a) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                insert into activity (tenant_id, id, entity, entity_id, kind, subject, body, contact_id, occurred_at, actor_id, created_at)
                values (:tenant, :id, :entity, :entity_id, :kind, :subject, :body, :contact_id, :occurred_at, :actor_id, :created_at)""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("id", a.id())
                                .and("entity", a.entity())
                                .and("entity_id", a.entityId())
                                .and("kind", a.kind().name())
                                .and("subject", a.subject())
                                .and("body", a.body())
                                .and("contact_id", a.contactId())
                                .and("occurred_at", a.occurredAt())
                                .and("actor_id", a.actorId())
                                .and("created_at", a.createdAt()));
    }

    @Override
    public List<Activity> list(Tx tx, String entity, UUID entityId, Optional<UUID> before, int limit) {
        SqlParams params = SqlParams.of("tenant", tx.tenant().value())
                .and("entity", entity)
                .and("entity_id", entityId)
                .and("limit", limit);
        String where = "tenant_id = :tenant and entity = :entity and entity_id = :entity_id";
        if (before.isPresent()) {
            where += " and id < :before";
            params = params.and("before", before.get());
        }
        return SqlTx.of(tx)
                .session()
                .query(
                        "select id, entity, entity_id, kind, subject, body, contact_id, occurred_at, actor_id, created_at"
                                + " from activity where " + where + " order by id desc limit :limit",
                        params)
                .stream()
                .map(PostgresActivityRepository::toActivity)
                .toList();
    }

    private static Activity toActivity(Row r) {
        return new Activity(
                r.uuid("id"),
                r.string("entity"),
                r.uuid("entity_id"),
                ActivityKind.valueOf(r.string("kind")),
                r.string("subject"),
                r.string("body"),
                r.uuid("contact_id"),
                r.instant("occurred_at"),
                r.string("actor_id"),
                r.instant("created_at"));
    }
}
