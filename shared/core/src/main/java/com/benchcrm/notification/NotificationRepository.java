package com.benchcrm.notification;

import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Port: the notifications, preferences and digest claims of the transaction's tenant, and the few
 * reads the producers need to find who a change concerns. Every method works inside one tenant's
 * transaction (row-level security), except {@link #activeTenants}. A user's methods take the user id
 * and never touch another user's rows.
 *
 * <pre>{@code
 * boolean stored = transactions.inTenant(tenant, tx -> repository.insert(tx, id, notification, now));
 * }</pre>
 * Implementations: {@code PostgresNotificationRepository}, {@code InMemoryNotificationRepository}
 * (both held to {@code NotificationRepositoryContract}).
 */
public interface NotificationRepository {

    /** Where a page of a user's list starts: after this id in the unread part, or in the read part. */
    record Position(boolean unread, UUID afterId) {}

    /** A recommendation of a match run whose consultant has an owner. */
    record MatchHit(
            UUID ownerUserId,
            UUID consultantId,
            String consultantName,
            UUID requirementId,
            @Nullable String requirementTitle,
            double matchScore) {}

    /** A consultant's owner and name. */
    record ConsultantRef(
            UUID consultantId, String name, @Nullable UUID ownerUserId) {}

    /** A submission, its consultant and requirement, and who is concerned by it. */
    record SubmissionRef(
            UUID submissionId,
            UUID consultantId,
            String consultantName,
            UUID requirementId,
            @Nullable String requirementTitle,
            Set<UUID> watchers) {}

    /** An interview that is still scheduled. */
    record InterviewDue(
            UUID interviewId, int round, Instant startsAt, String timeZone, String mode, SubmissionRef submission) {}

    /** An active user of the tenant as a choice of owner: the display name, else the e-mail address. */
    record UserRef(UUID id, String name) {}

    /** A user who asked for the daily digest, with the address it goes to. */
    record DigestUser(UUID userId, String email, @Nullable String name) {}

    // ---- writing and reading a user's notifications

    /** Stores the notification unless the user already has one with its dedupe key; true when stored. */
    boolean insert(Tx tx, UUID id, NewNotification notification, Instant now);

    /**
     * Up to {@code limit} of the user's undismissed notifications, unread first, each part newest
     * first, starting after {@code from} (null: from the top).
     */
    List<Notification> page(Tx tx, UUID userId, @Nullable Position from, int limit);

    int unreadCount(Tx tx, UUID userId);

    /** The user's undismissed notification; empty when absent, dismissed or another user's. */
    Optional<Notification> find(Tx tx, UUID userId, UUID id);

    /** Marks it read (kept read when it was); false when the user has no such undismissed notification. */
    boolean markRead(Tx tx, UUID userId, UUID id, Instant now);

    /** Marks every unread notification of the user read; how many. */
    int markAllRead(Tx tx, UUID userId, Instant now);

    /** Dismisses it (never listed again); false when the user has no such undismissed notification. */
    boolean dismiss(Tx tx, UUID userId, UUID id, Instant now);

    /** The user's unread, undismissed notifications created at or after {@code since}, oldest first. */
    List<Notification> unreadSince(Tx tx, UUID userId, Instant since, int limit);

    // ---- preferences

    Optional<NotificationPreferences> preferences(Tx tx, UUID userId);

    /**
     * Saves the user's preferences; {@code expectedVersion} (when not null) must be the stored
     * version (0 for never saved). Returns the stored preferences, or empty when the version did not match.
     */
    Optional<NotificationPreferences> savePreferences(
            Tx tx, UUID userId, NotificationPreferences preferences, @Nullable Long expectedVersion, Instant now);

    /** The preferences of these users (users without a row are left out: they have the defaults). */
    java.util.Map<UUID, NotificationPreferences> preferencesOf(Tx tx, Set<UUID> userIds);

    // ---- who a change concerns

    /** The recommendations of the match run whose consultant has an owner, best first. */
    List<MatchHit> matchHits(Tx tx, UUID matchRunId);

    Optional<ConsultantRef> consultant(Tx tx, UUID consultantId);

    /**
     * The submission with its watchers: its creator (when that is a user id) and its consultant's
     * owner.
     */
    Optional<SubmissionRef> submission(Tx tx, UUID submissionId);

    /**
     * The tenant's active users (a hot-list reply goes to every one who wants them when no one who
     * drafted or approved the mail it answers is an active user).
     */
    Set<UUID> activeUsers(Tx tx);

    /**
     * Who sent an outreach draft: its creator and its approver, those of them that are active users of
     * the tenant (a service or a deactivated user is left out); empty when there is no such draft.
     */
    Set<UUID> draftSenders(Tx tx, UUID draftId);

    /** The tenant's active users with their names, by name (who may own a consultant). */
    List<UserRef> activeUserRefs(Tx tx);

    /** Scheduled interviews starting at or after {@code from} and before {@code until}. */
    List<InterviewDue> interviewsBetween(Tx tx, Instant from, Instant until);

    /** Sets or clears a consultant's owner; false when there is no such consultant. */
    boolean setOwner(Tx tx, UUID consultantId, @Nullable UUID ownerUserId);

    // ---- the daily digest

    /** Active users whose preferences ask for the digest. */
    List<DigestUser> digestUsers(Tx tx);

    /** Claims the user's digest of {@code day}; false when a run already did. */
    boolean claimDigest(Tx tx, UUID userId, LocalDate day, int items, Instant now);

    /** Releases a claim whose mail could not be sent, so the next run sends it. */
    void releaseDigest(Tx tx, UUID userId, LocalDate day);

    /** Every active tenant's id (a transaction without a tenant). */
    List<TenantId> activeTenants(Tx tx);
}
