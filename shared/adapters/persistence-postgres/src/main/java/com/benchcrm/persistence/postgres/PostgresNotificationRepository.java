package com.benchcrm.persistence.postgres;

import com.benchcrm.notification.NewNotification;
import com.benchcrm.notification.Notification;
import com.benchcrm.notification.NotificationKind;
import com.benchcrm.notification.NotificationPreferences;
import com.benchcrm.notification.NotificationRepository;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlSession;
import com.benchcrm.tenancy.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * {@link NotificationRepository} over notification, notification_preference and notification_digest
 * (V14), and reads of consultant (its owner_user_id), recommendation, submission, interview and
 * app_user; the tenants through {@code active_tenant_ids()} (V9). Every statement names the tenant
 * and the user: row-level security keeps tenants apart, the user predicate keeps users apart.
 */
final class PostgresNotificationRepository implements NotificationRepository {

    private static final String COLUMNS =
            "id, user_id, kind, title, body, entity, entity_id, link, created_at, read_at";

    private static SqlSession s(Tx tx) {
        return SqlTx.of(tx).session();
    }

    private static SqlParams base(Tx tx, UUID userId) {
        return SqlParams.of("tenant", tx.tenant().value()).and("user", userId);
    }

    @Override
    public boolean insert(Tx tx, UUID id, NewNotification n, Instant now) {
        return s(tx).update(
                                """
                insert into notification (tenant_id, id, user_id, kind, title, body, entity, entity_id, link, dedupe_key, event_id, created_at)
                values (:tenant, :id, :user, :kind, :title, :body, :entity, :entity_id, :link, :dedupe_key, :event_id, :now)
                on conflict (tenant_id, user_id, dedupe_key) do nothing""",
                                base(tx, n.userId())
                                        .and("id", id)
                                        .and("kind", n.kind().name())
                                        .and("title", n.title())
                                        .and("body", n.body())
                                        .and("entity", n.entity())
                                        .and("entity_id", n.entityId())
                                        .and("link", n.link())
                                        .and("dedupe_key", n.dedupeKey())
                                        .and("event_id", n.eventId())
                                        .and("now", now))
                == 1;
    }

    @Override
    public List<Notification> page(Tx tx, UUID userId, @Nullable Position from, int limit) {
        SqlParams p = base(tx, userId).and("limit", limit);
        String after;
        if (from == null) {
            after = "";
        } else if (from.unread()) {
            // later unread rows (older ids), then every read row
            after = " and (read_at is not null or id < :after)";
            p = p.and("after", from.afterId());
        } else {
            after = " and read_at is not null and id < :after";
            p = p.and("after", from.afterId());
        }
        return s(tx)
                .query(
                        "select " + COLUMNS + " from notification where tenant_id = :tenant and user_id = :user"
                                + " and dismissed_at is null" + after
                                + " order by (read_at is not null), id desc limit :limit",
                        p)
                .stream()
                .map(PostgresNotificationRepository::notification)
                .toList();
    }

    @Override
    public int unreadCount(Tx tx, UUID userId) {
        return s(tx).queryOne("""
                select count(*)::int as n from notification
                where tenant_id = :tenant and user_id = :user and dismissed_at is null and read_at is null""", base(tx, userId)).map(r -> r.intValue("n")).orElse(0);
    }

    @Override
    public Optional<Notification> find(Tx tx, UUID userId, UUID id) {
        return s(tx).queryOne(
                        "select " + COLUMNS + " from notification where tenant_id = :tenant and user_id = :user"
                                + " and id = :id and dismissed_at is null",
                        base(tx, userId).and("id", id))
                .map(PostgresNotificationRepository::notification);
    }

    @Override
    public boolean markRead(Tx tx, UUID userId, UUID id, Instant now) {
        return s(tx).update("""
                update notification set read_at = coalesce(read_at, :now)
                where tenant_id = :tenant and user_id = :user and id = :id and dismissed_at is null""", base(tx, userId).and("id", id).and("now", now)) == 1;
    }

    @Override
    public int markAllRead(Tx tx, UUID userId, Instant now) {
        return (int) s(tx).update("""
                update notification set read_at = :now
                where tenant_id = :tenant and user_id = :user and read_at is null and dismissed_at is null""", base(tx, userId).and("now", now));
    }

    @Override
    public boolean dismiss(Tx tx, UUID userId, UUID id, Instant now) {
        return s(tx).update("""
                update notification set dismissed_at = :now
                where tenant_id = :tenant and user_id = :user and id = :id and dismissed_at is null""", base(tx, userId).and("id", id).and("now", now)) == 1;
    }

    @Override
    public List<Notification> unreadSince(Tx tx, UUID userId, Instant since, int limit) {
        return s(tx)
                .query(
                        "select " + COLUMNS + " from notification where tenant_id = :tenant and user_id = :user"
                                + " and dismissed_at is null and read_at is null and created_at >= :since"
                                + " order by id limit :limit",
                        base(tx, userId).and("since", since).and("limit", limit))
                .stream()
                .map(PostgresNotificationRepository::notification)
                .toList();
    }

    @Override
    public Optional<NotificationPreferences> preferences(Tx tx, UUID userId) {
        return s(tx).queryOne("""
                select match_threshold, kinds, daily_digest, version, updated_at from notification_preference
                where tenant_id = :tenant and user_id = :user""", base(tx, userId)).map(PostgresNotificationRepository::preferences);
    }

    @Override
    public Optional<NotificationPreferences> savePreferences(
            Tx tx, UUID userId, NotificationPreferences p, @Nullable Long expectedVersion, Instant now) {
        long current =
                preferences(tx, userId).map(NotificationPreferences::version).orElse(0L);
        if (expectedVersion != null && expectedVersion != current) {
            return Optional.empty();
        }
        SqlParams params = base(tx, userId)
                .and("threshold", p.matchThreshold())
                .and("kinds", p.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .and("digest", p.dailyDigest())
                .and("now", now);
        s(tx).update("""
                insert into notification_preference (tenant_id, user_id, match_threshold, kinds, daily_digest, version, updated_at)
                values (:tenant, :user, :threshold, coalesce(string_to_array(nullif(:kinds, ''), ','), '{}'), :digest, 1, :now)
                on conflict (tenant_id, user_id) do update set match_threshold = excluded.match_threshold,
                    kinds = excluded.kinds, daily_digest = excluded.daily_digest,
                    version = notification_preference.version + 1, updated_at = excluded.updated_at""", params);
        return preferences(tx, userId);
    }

    @Override
    public Map<UUID, NotificationPreferences> preferencesOf(Tx tx, Set<UUID> userIds) {
        Map<UUID, NotificationPreferences> out = new HashMap<>();
        if (userIds.isEmpty()) {
            return out;
        }
        for (Row r :
                s(tx).query("""
                select user_id, match_threshold, kinds, daily_digest, version, updated_at from notification_preference
                where tenant_id = :tenant and user_id = any(cast(string_to_array(:users, ',') as uuid[]))""", SqlParams.of("tenant", tx.tenant().value()).and("users", ids(userIds)))) {
            out.put(r.uuid("user_id"), preferences(r));
        }
        return out;
    }

    @Override
    public List<MatchHit> matchHits(Tx tx, UUID matchRunId) {
        return s(tx).query("""
                select c.owner_user_id, c.id as consultant_id, c.full_name, r.requirement_id, q.title, r.match_score
                from recommendation r
                join consultant c on c.tenant_id = r.tenant_id and c.id = r.consultant_id
                left join requirement q on q.tenant_id = r.tenant_id and q.id = r.requirement_id
                where r.tenant_id = :tenant and r.match_run_id = :run and c.owner_user_id is not null
                order by r.match_score desc, r.rank""", SqlParams.of("tenant", tx.tenant().value()).and("run", matchRunId)).stream()
                .map(r -> new MatchHit(
                        r.uuid("owner_user_id"),
                        r.uuid("consultant_id"),
                        r.string("full_name"),
                        r.uuid("requirement_id"),
                        r.isNull("title") ? null : r.string("title"),
                        r.doubleValue("match_score")))
                .toList();
    }

    @Override
    public Optional<ConsultantRef> consultant(Tx tx, UUID consultantId) {
        return s(tx).queryOne(
                        "select id, full_name, owner_user_id from consultant where tenant_id = :tenant and id = :id",
                        SqlParams.of("tenant", tx.tenant().value()).and("id", consultantId))
                .map(r -> new ConsultantRef(
                        r.uuid("id"),
                        r.string("full_name"),
                        r.isNull("owner_user_id") ? null : r.uuid("owner_user_id")));
    }

    private static final String SUBMISSION_REF = """
            select s.id as submission_id, s.consultant_id, c.full_name, s.requirement_id, q.title, s.created_by, c.owner_user_id
            from submission s
            join consultant c on c.tenant_id = s.tenant_id and c.id = s.consultant_id
            left join requirement q on q.tenant_id = s.tenant_id and q.id = s.requirement_id
            """;

    @Override
    public Optional<SubmissionRef> submission(Tx tx, UUID submissionId) {
        return s(tx).queryOne(
                        SUBMISSION_REF + " where s.tenant_id = :tenant and s.id = :id",
                        SqlParams.of("tenant", tx.tenant().value()).and("id", submissionId))
                .map(PostgresNotificationRepository::submissionRef);
    }

    @Override
    public Set<UUID> activeUsers(Tx tx) {
        Set<UUID> out = new LinkedHashSet<>();
        s(tx).query(
                        "select id from app_user where tenant_id = :tenant and status = 'ACTIVE' order by id",
                        SqlParams.of("tenant", tx.tenant().value()))
                .forEach(r -> out.add(r.uuid("id")));
        return out;
    }

    @Override
    public Set<UUID> draftSenders(Tx tx, UUID draftId) {
        Set<UUID> out = new LinkedHashSet<>();
        s(tx).query("""
                select u.id from outreach_draft d
                join app_user u on u.tenant_id = d.tenant_id and u.status = 'ACTIVE'
                  and u.id::text in (d.created_by, d.approved_by)
                where d.tenant_id = :tenant and d.id = :id order by u.id
                """, SqlParams.of("tenant", tx.tenant().value()).and("id", draftId))
                .forEach(r -> out.add(r.uuid("id")));
        return out;
    }

    @Override
    public List<UserRef> activeUserRefs(Tx tx) {
        return s(tx).query("""
                select id, coalesce(nullif(btrim(display_name), ''), email) as name from app_user
                where tenant_id = :tenant and status = 'ACTIVE' order by lower(coalesce(nullif(btrim(display_name), ''), email)), id
                """, SqlParams.of("tenant", tx.tenant().value())).stream()
                .map(r -> new UserRef(r.uuid("id"), r.string("name")))
                .toList();
    }

    @Override
    public List<InterviewDue> interviewsBetween(Tx tx, Instant from, Instant until) {
        List<InterviewDue> out = new ArrayList<>();
        for (Row r : s(tx).query(
                        """
                select i.id as interview_id, i.round, i.starts_at, i.time_zone, i.mode, x.*
                from interview i
                join (%s) x on x.submission_id = i.submission_id
                where i.tenant_id = :tenant and i.outcome = 'SCHEDULED' and i.starts_at >= :from and i.starts_at < :until
                order by i.starts_at, i.id""".formatted(SUBMISSION_REF + " where s.tenant_id = :tenant"),
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("from", from)
                                .and("until", until))) {
            out.add(new InterviewDue(
                    r.uuid("interview_id"),
                    r.intValue("round"),
                    r.instant("starts_at"),
                    r.string("time_zone"),
                    r.string("mode"),
                    submissionRef(r)));
        }
        return out;
    }

    @Override
    public boolean setOwner(Tx tx, UUID consultantId, @Nullable UUID ownerUserId) {
        return s(tx).update(
                                "update consultant set owner_user_id = :owner where tenant_id = :tenant and id = :id",
                                SqlParams.of("tenant", tx.tenant().value())
                                        .and("id", consultantId)
                                        .and("owner", ownerUserId))
                == 1;
    }

    @Override
    public List<DigestUser> digestUsers(Tx tx) {
        return s(tx).query("""
                select u.id, u.email, u.display_name from notification_preference p
                join app_user u on u.tenant_id = p.tenant_id and u.id = p.user_id
                where p.tenant_id = :tenant and p.daily_digest and u.status = 'ACTIVE'
                order by u.id""", SqlParams.of("tenant", tx.tenant().value())).stream()
                .map(r -> new DigestUser(
                        r.uuid("id"), r.string("email"), r.isNull("display_name") ? null : r.string("display_name")))
                .toList();
    }

    @Override
    public boolean claimDigest(Tx tx, UUID userId, LocalDate day, int items, Instant now) {
        return s(tx).update(
                                """
                insert into notification_digest (tenant_id, user_id, digest_date, items, claimed_at)
                values (:tenant, :user, :day, :items, :now) on conflict do nothing""",
                                base(tx, userId)
                                        .and("day", day)
                                        .and("items", items)
                                        .and("now", now))
                == 1;
    }

    @Override
    public void releaseDigest(Tx tx, UUID userId, LocalDate day) {
        s(tx).update(
                        "delete from notification_digest where tenant_id = :tenant and user_id = :user and digest_date = :day",
                        base(tx, userId).and("day", day));
    }

    @Override
    public List<TenantId> activeTenants(Tx tx) {
        return s(tx).query("select t as id from active_tenant_ids() as t", SqlParams.none()).stream()
                .map(r -> new TenantId(r.uuid("id")))
                .toList();
    }

    private static Notification notification(Row r) {
        return new Notification(
                r.uuid("id"),
                r.uuid("user_id"),
                NotificationKind.valueOf(r.string("kind")),
                r.string("title"),
                r.isNull("body") ? null : r.string("body"),
                r.string("entity"),
                r.uuid("entity_id"),
                r.string("link"),
                r.instant("created_at"),
                r.isNull("read_at") ? null : r.instant("read_at"));
    }

    private static NotificationPreferences preferences(Row r) {
        EnumSet<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        r.stringList("kinds").forEach(k -> kinds.add(NotificationKind.valueOf(k)));
        return new NotificationPreferences(
                r.doubleValue("match_threshold"),
                kinds,
                r.bool("daily_digest"),
                r.longValue("version"),
                r.instant("updated_at"));
    }

    private static SubmissionRef submissionRef(Row r) {
        Set<UUID> watchers = new LinkedHashSet<>();
        if (!r.isNull("created_by")) {
            userId(r.string("created_by")).ifPresent(watchers::add);
        }
        if (!r.isNull("owner_user_id")) {
            watchers.add(r.uuid("owner_user_id"));
        }
        return new SubmissionRef(
                r.uuid("submission_id"),
                r.uuid("consultant_id"),
                r.string("full_name"),
                r.uuid("requirement_id"),
                r.isNull("title") ? null : r.string("title"),
                watchers);
    }

    /** created_by is the token subject: a user id, or a service's name (which no one reads notifications as). */
    private static Optional<UUID> userId(String subject) {
        if (subject.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(subject));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String ids(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }
}
