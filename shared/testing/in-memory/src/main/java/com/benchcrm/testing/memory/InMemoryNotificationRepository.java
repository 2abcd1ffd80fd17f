package com.benchcrm.testing.memory;

import com.benchcrm.consultant.Consultant;
import com.benchcrm.matching.MatchRun;
import com.benchcrm.notification.NewNotification;
import com.benchcrm.notification.Notification;
import com.benchcrm.notification.NotificationPreferences;
import com.benchcrm.notification.NotificationRepository;
import com.benchcrm.persistence.Tx;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.submission.Interview;
import com.benchcrm.submission.InterviewOutcome;
import com.benchcrm.submission.Submission;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.user.User;
import com.benchcrm.user.UserStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@link NotificationRepository} in memory: notifications, preferences, digest claims and consultant
 * owners in their own tables; the consultants, match runs, submissions, interviews and users read from
 * the in-memory twins, as the PostgreSQL implementation joins them.
 */
public final class InMemoryNotificationRepository implements NotificationRepository {

    /** A stored notification with what the API does not show. */
    record Row(Notification n, String dedupeKey, @Nullable Instant dismissedAt) {}

    private final Table<UUID, Row> rows;
    private final Table<UUID, NotificationPreferences> preferences;
    private final Table<String, Integer> digests;
    private final Table<UUID, UUID> owners;
    private final InMemoryConsultantRepository consultants;
    private final InMemoryRequirementRepository requirements;
    private final InMemoryMatchRunRepository matchRuns;
    private final InMemorySubmissionRepository submissions;
    private final InMemoryUserRepository users;
    private final InMemoryOutreachDraftRepository drafts;

    InMemoryNotificationRepository(
            InMemoryTransactions store,
            InMemoryConsultantRepository consultants,
            InMemoryRequirementRepository requirements,
            InMemoryMatchRunRepository matchRuns,
            InMemorySubmissionRepository submissions,
            InMemoryUserRepository users,
            InMemoryOutreachDraftRepository drafts) {
        this.rows = store.table(Uuids.ORDER);
        this.preferences = store.table(Uuids.ORDER);
        this.digests = store.table(Comparator.naturalOrder());
        this.owners = store.table(Uuids.ORDER);
        this.consultants = consultants;
        this.requirements = requirements;
        this.matchRuns = matchRuns;
        this.submissions = submissions;
        this.users = users;
        this.drafts = drafts;
    }

    @Override
    public boolean insert(Tx tx, UUID id, NewNotification n, Instant now) {
        Map<UUID, Row> all = rows.rows(tx);
        for (Row r : all.values()) {
            if (r.n().userId().equals(n.userId()) && r.dedupeKey().equals(n.dedupeKey())) {
                return false;
            }
        }
        all.put(
                id,
                new Row(
                        new Notification(
                                id,
                                n.userId(),
                                n.kind(),
                                n.title(),
                                n.body(),
                                n.entity(),
                                n.entityId(),
                                n.link(),
                                now.truncatedTo(ChronoUnit.MICROS),
                                null),
                        n.dedupeKey(),
                        null));
        return true;
    }

    private List<Notification> listed(Tx tx, UUID userId) {
        List<Notification> out = new ArrayList<>();
        for (Row r : rows.rows(tx).values()) {
            if (r.n().userId().equals(userId) && r.dismissedAt() == null) {
                out.add(r.n());
            }
        }
        out.sort(Comparator.comparing((Notification n) -> !n.unread())
                .thenComparing(Notification::id, Uuids.ORDER.reversed()));
        return out;
    }

    @Override
    public List<Notification> page(Tx tx, UUID userId, @Nullable Position from, int limit) {
        return listed(tx, userId).stream()
                .filter(n -> from == null
                        || (from.unread()
                                ? !n.unread() || Uuids.ORDER.compare(n.id(), from.afterId()) < 0
                                : !n.unread() && Uuids.ORDER.compare(n.id(), from.afterId()) < 0))
                .limit(limit)
                .toList();
    }

    @Override
    public int unreadCount(Tx tx, UUID userId) {
        return (int) listed(tx, userId).stream().filter(Notification::unread).count();
    }

    @Override
    public Optional<Notification> find(Tx tx, UUID userId, UUID id) {
        Row r = rows.rows(tx).get(id);
        return r == null || !r.n().userId().equals(userId) || r.dismissedAt() != null
                ? Optional.empty()
                : Optional.of(r.n());
    }

    @Override
    public boolean markRead(Tx tx, UUID userId, UUID id, Instant now) {
        Optional<Notification> n = find(tx, userId, id);
        if (n.isEmpty()) {
            return false;
        }
        if (n.get().unread()) {
            read(tx, id, now);
        }
        return true;
    }

    private void read(Tx tx, UUID id, Instant now) {
        rows.rows(tx).computeIfPresent(id, (k, r) -> {
            Notification n = r.n();
            return new Row(
                    new Notification(
                            n.id(),
                            n.userId(),
                            n.kind(),
                            n.title(),
                            n.body(),
                            n.entity(),
                            n.entityId(),
                            n.link(),
                            n.createdAt(),
                            now.truncatedTo(ChronoUnit.MICROS)),
                    r.dedupeKey(),
                    r.dismissedAt());
        });
    }

    @Override
    public int markAllRead(Tx tx, UUID userId, Instant now) {
        int n = 0;
        for (Notification x : listed(tx, userId)) {
            if (x.unread()) {
                read(tx, x.id(), now);
                n++;
            }
        }
        return n;
    }

    @Override
    public boolean dismiss(Tx tx, UUID userId, UUID id, Instant now) {
        if (find(tx, userId, id).isEmpty()) {
            return false;
        }
        rows.rows(tx).computeIfPresent(id, (k, r) -> new Row(r.n(), r.dedupeKey(), now));
        return true;
    }

    @Override
    public List<Notification> unreadSince(Tx tx, UUID userId, Instant since, int limit) {
        return listed(tx, userId).stream()
                .filter(n -> n.unread() && !n.createdAt().isBefore(since))
                .sorted(Comparator.comparing(Notification::id, Uuids.ORDER))
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<NotificationPreferences> preferences(Tx tx, UUID userId) {
        return Optional.ofNullable(preferences.rows(tx).get(userId));
    }

    @Override
    public Optional<NotificationPreferences> savePreferences(
            Tx tx, UUID userId, NotificationPreferences p, @Nullable Long expectedVersion, Instant now) {
        long current =
                preferences(tx, userId).map(NotificationPreferences::version).orElse(0L);
        if (expectedVersion != null && expectedVersion != current) {
            return Optional.empty();
        }
        NotificationPreferences saved = new NotificationPreferences(
                p.matchThreshold(), p.kinds(), p.dailyDigest(), current + 1, now.truncatedTo(ChronoUnit.MICROS));
        preferences.rows(tx).put(userId, saved);
        return Optional.of(saved);
    }

    @Override
    public Map<UUID, NotificationPreferences> preferencesOf(Tx tx, Set<UUID> userIds) {
        Map<UUID, NotificationPreferences> out = new HashMap<>();
        for (UUID u : userIds) {
            preferences(tx, u).ifPresent(p -> out.put(u, p));
        }
        return out;
    }

    @Override
    public List<MatchHit> matchHits(Tx tx, UUID matchRunId) {
        Optional<MatchRun> run = matchRuns.find(tx, matchRunId);
        if (run.isEmpty()) {
            return List.of();
        }
        String title = requirements
                .find(tx, run.get().requirementId())
                .map(Requirement::title)
                .orElse(null);
        List<MatchHit> out = new ArrayList<>();
        for (MatchRun.Recommendation r : run.get().recommendations()) {
            UUID owner = owners.rows(tx).get(r.consultantId());
            Optional<Consultant> c = consultants.find(tx, r.consultantId());
            if (owner != null && c.isPresent()) {
                out.add(new MatchHit(
                        owner, r.consultantId(), c.get().fullName(), run.get().requirementId(), title, r.matchScore()));
            }
        }
        out.sort(Comparator.comparingDouble(MatchHit::matchScore).reversed());
        return out;
    }

    @Override
    public Optional<ConsultantRef> consultant(Tx tx, UUID consultantId) {
        return consultants
                .find(tx, consultantId)
                .map(c ->
                        new ConsultantRef(c.id(), c.fullName(), owners.rows(tx).get(c.id())));
    }

    @Override
    public Optional<SubmissionRef> submission(Tx tx, UUID submissionId) {
        return submissions.find(tx, submissionId).flatMap(s -> ref(tx, s));
    }

    private Optional<SubmissionRef> ref(Tx tx, Submission s) {
        Optional<Consultant> c = consultants.find(tx, s.consultantId());
        if (c.isEmpty()) {
            return Optional.empty();
        }
        Set<UUID> watchers = new LinkedHashSet<>();
        if (s.createdBy() != null && s.createdBy().length() == 36) {
            try {
                watchers.add(UUID.fromString(s.createdBy()));
            } catch (IllegalArgumentException e) {
                // a service's name, not a user
            }
        }
        UUID owner = owners.rows(tx).get(s.consultantId());
        if (owner != null) {
            watchers.add(owner);
        }
        return Optional.of(new SubmissionRef(
                s.id(),
                s.consultantId(),
                c.get().fullName(),
                s.requirementId(),
                requirements.find(tx, s.requirementId()).map(Requirement::title).orElse(null),
                watchers));
    }

    @Override
    public Set<UUID> activeUsers(Tx tx) {
        Set<UUID> out = new LinkedHashSet<>();
        users.all(tx).stream()
                .filter(u -> u.status() == UserStatus.ACTIVE)
                .map(User::id)
                .sorted(Uuids.ORDER)
                .forEach(out::add);
        return out;
    }

    @Override
    public Set<UUID> draftSenders(Tx tx, UUID draftId) {
        Set<UUID> active = activeUsers(tx);
        Set<UUID> out = new java.util.TreeSet<>(Uuids.ORDER);
        drafts.find(tx, draftId).ifPresent(d -> {
            for (String who : java.util.Arrays.asList(d.createdBy(), d.approvedBy())) {
                active.stream().filter(u -> u.toString().equals(who)).forEach(out::add);
            }
        });
        return out;
    }

    @Override
    public List<UserRef> activeUserRefs(Tx tx) {
        return users.all(tx).stream()
                .filter(u -> u.status() == UserStatus.ACTIVE)
                .map(u -> new UserRef(u.id(), displayName(u)))
                .sorted(java.util.Comparator.comparing((UserRef u) -> u.name().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(UserRef::id, Uuids.ORDER))
                .toList();
    }

    private static String displayName(User u) {
        String name = u.name();
        return name == null || name.isBlank() ? u.email() : name.strip();
    }

    @Override
    public List<InterviewDue> interviewsBetween(Tx tx, Instant from, Instant until) {
        List<InterviewDue> out = new ArrayList<>();
        for (Interview i : submissions.allInterviews(tx)) {
            if (i.outcome() != InterviewOutcome.SCHEDULED
                    || i.startsAt().isBefore(from)
                    || !i.startsAt().isBefore(until)) {
                continue;
            }
            submission(tx, i.submissionId())
                    .ifPresent(s -> out.add(new InterviewDue(
                            i.id(),
                            i.round(),
                            i.startsAt(),
                            i.timeZone(),
                            i.mode().name(),
                            s)));
        }
        out.sort(Comparator.comparing(InterviewDue::startsAt).thenComparing(InterviewDue::interviewId, Uuids.ORDER));
        return out;
    }

    @Override
    public boolean setOwner(Tx tx, UUID consultantId, @Nullable UUID ownerUserId) {
        if (consultants.find(tx, consultantId).isEmpty()) {
            return false;
        }
        if (ownerUserId == null) {
            owners.rows(tx).remove(consultantId);
        } else {
            owners.rows(tx).put(consultantId, ownerUserId);
        }
        return true;
    }

    @Override
    public List<DigestUser> digestUsers(Tx tx) {
        List<DigestUser> out = new ArrayList<>();
        for (User u : users.all(tx)) {
            NotificationPreferences p = preferences.rows(tx).get(u.id());
            if (u.status() == UserStatus.ACTIVE && p != null && p.dailyDigest()) {
                out.add(new DigestUser(u.id(), u.email(), u.name()));
            }
        }
        out.sort(Comparator.comparing(DigestUser::userId, Uuids.ORDER));
        return out;
    }

    @Override
    public boolean claimDigest(Tx tx, UUID userId, LocalDate day, int items, Instant now) {
        return digests.rows(tx).putIfAbsent(userId + "|" + day, items) == null;
    }

    @Override
    public void releaseDigest(Tx tx, UUID userId, LocalDate day) {
        digests.rows(tx).remove(userId + "|" + day);
    }

    @Override
    public List<TenantId> activeTenants(Tx tx) {
        return consultants.tenants(tx);
    }
}
