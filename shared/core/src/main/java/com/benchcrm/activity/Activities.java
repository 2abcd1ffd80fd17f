package com.benchcrm.activity;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.audit.AuditRepository;
import com.benchcrm.common.Ids;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.common.ValidationException;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * Activity use cases: log one on a record, list a record's activities, read its timeline. Each kind
 * of record is registered with the permission that reads it and how to tell that it exists in the
 * tenant (another tenant's record does not); logging needs {@code activity:write} and that read.
 *
 * <pre>{@code
 * Activities activities = new Activities(transactions, db.activities(), db.audit(), audit, ids, clock)
 *         .on("consultant", Permission.CONSULTANT_READ, (tx, id) -> db.consultants().find(tx, id).isPresent());
 * activities.log(caller, "consultant", id, new ActivityInput(ActivityKind.CALL, "Screening call", "Open to Dallas", null, null));
 * }</pre>
 */
public final class Activities {

    /** A kind of record activities can be logged on. */
    public record Parent(Permission read, BiPredicate<Tx, UUID> exists) {}

    private final Transactions transactions;
    private final ActivityRepository repository;
    private final AuditRepository auditEntries;
    private final AuditLog audit;
    private final Ids ids;
    private final Clock clock;
    private final Map<String, Parent> parents = new java.util.LinkedHashMap<>();
    private final BiPredicate<Tx, UUID> contactExists;

    /** @param contactExists whether a contact id names a contact of the tenant */
    public Activities(
            Transactions transactions,
            ActivityRepository repository,
            AuditRepository auditEntries,
            AuditLog audit,
            BiPredicate<Tx, UUID> contactExists,
            Ids ids,
            Clock clock) {
        this.transactions = transactions;
        this.repository = repository;
        this.auditEntries = auditEntries;
        this.audit = audit;
        this.contactExists = contactExists;
        this.ids = ids;
        this.clock = clock;
    }

    /** Registers a kind of record ({@code consultant}, {@code requirement}, {@code company}, {@code submission}). */
    public Activities on(String entity, Permission read, BiPredicate<Tx, UUID> exists) {
        parents.put(entity, new Parent(read, exists));
        return this;
    }

    public boolean supports(String entity) {
        return parents.containsKey(entity);
    }

    public Activity log(Caller caller, String entity, UUID entityId, ActivityInput input) {
        Parent parent = parent(entity);
        caller.require(parent.read());
        caller.require(Permission.ACTIVITY_WRITE);
        input.validate();
        return transactions.inTenant(caller.tenant(), tx -> {
            requireParent(tx, entity, entityId, parent);
            if (input.contactId() != null && !contactExists.test(tx, input.contactId())) {
                throw new ValidationException(List.of(new ValidationException.FieldError(
                        "/contactId", "no contact " + input.contactId() + " exists")));
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Activity a = new Activity(
                    ids.next(),
                    entity,
                    entityId,
                    input.kind(),
                    trim(input.subject()),
                    trim(input.body()),
                    input.contactId(),
                    input.occurredAt() == null ? now : input.occurredAt().truncatedTo(ChronoUnit.MICROS),
                    caller.userId(),
                    now);
            repository.insert(tx, a);
            audit.record(
                    tx,
                    caller,
                    "activity.logged",
                    entity,
                    entityId,
                    null,
                    a,
                    Map.of("activityId", a.id().toString(), "kind", a.kind().name()));
            return a;
        });
    }

    /** The record's activities, newest first. */
    public Page<Activity> list(Caller caller, String entity, UUID entityId, PageRequest page) {
        Parent parent = parent(entity);
        caller.require(parent.read());
        List<Activity> rows = transactions.inTenant(caller.tenant(), tx -> {
            requireParent(tx, entity, entityId, parent);
            return repository.list(tx, entity, entityId, page.after(), page.limit() + 1);
        });
        return Page.fromOverfetch(rows, page.limit(), "activity", Activity::id);
    }

    /**
     * The record's timeline, newest first: its activities and its audited changes merged by id
     * (both time-ordered UUIDv7), one cursor for both. The activity log entries themselves
     * ({@code activity.logged}) are left out: the activity is the line.
     */
    public Page<TimelineEntry> timeline(Caller caller, String entity, UUID entityId, PageRequest page) {
        Parent parent = parent(entity);
        caller.require(parent.read());
        List<TimelineEntry> merged = transactions.inTenant(caller.tenant(), tx -> {
            requireParent(tx, entity, entityId, parent);
            List<TimelineEntry> out = new ArrayList<>();
            repository
                    .list(tx, entity, entityId, page.after(), page.limit() + 1)
                    .forEach(a -> out.add(TimelineEntry.of(a)));
            auditEntries.findForEntity(tx, entity, entityId, page.after(), page.limit() + 1).stream()
                    .filter(e -> !e.action().equals("activity.logged"))
                    .forEach(e -> out.add(TimelineEntry.of(e)));
            out.sort(Comparator.comparing(TimelineEntry::id).reversed());
            return out.size() > page.limit() + 1 ? out.subList(0, page.limit() + 1) : out;
        });
        return Page.fromOverfetch(merged, page.limit(), "timeline", TimelineEntry::id);
    }

    private Parent parent(String entity) {
        Parent p = parents.get(entity);
        if (p == null) {
            throw new NotFoundException(entity, "");
        }
        return p;
    }

    private static void requireParent(Tx tx, String entity, UUID id, Parent parent) {
        if (!parent.exists().test(tx, id)) {
            throw new NotFoundException(entity, id);
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
