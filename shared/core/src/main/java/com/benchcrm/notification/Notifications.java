package com.benchcrm.notification;

import com.benchcrm.common.InvalidRequestException;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.common.PageRequest;
import com.benchcrm.common.ValidationException;
import com.benchcrm.common.VersionMismatchException;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.security.Caller;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A user's own notifications and preferences, as the API offers them: every method reads or writes
 * the caller's rows only (the caller's user id is the token subject), inside the caller's tenant.
 * They need {@code CONSULTANT_READ}, which every role holds: notifications name consultants.
 *
 * <pre>{@code
 * Notifications.Listing page = notifications.list(caller, "20", null);
 * notifications.markRead(caller, page.items().get(0).id());
 * }</pre>
 */
public final class Notifications {

    /** Cursor kinds: a page that ended in the unread part, or in the read part. */
    static final String UNREAD_CURSOR = "notification-unread";

    static final String READ_CURSOR = "notification-read";

    /** A page of the list, the caller's unread count and the next page's cursor (absent on the last). */
    public record Listing(List<Notification> items, int unreadCount, Optional<String> nextCursor) {}

    /** The body of {@code PUT /v1/me/notification-preferences}: every field required. */
    public record PreferencesInput(
            @Nullable Double matchThreshold,
            @Nullable List<String> kinds,
            @Nullable Boolean dailyDigest) {}

    private final Transactions transactions;
    private final NotificationRepository repository;
    private final Clock clock;

    public Notifications(Transactions transactions, NotificationRepository repository, Clock clock) {
        this.transactions = transactions;
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * One page of the caller's notifications, unread first, newest first in each part.
     *
     * @throws InvalidRequestException on a bad {@code limit} or {@code cursor}
     */
    public Listing list(Caller caller, @Nullable String limit, @Nullable String cursor) {
        int size = PageRequest.parse(UNREAD_CURSOR, limit, null).limit();
        NotificationRepository.Position from = cursor == null ? null : position(cursor);
        UUID user = user(caller);
        return transactions.inTenant(caller.tenant(), tx -> {
            List<Notification> rows = repository.page(tx, user, from, size + 1);
            int unread = repository.unreadCount(tx, user);
            if (rows.size() <= size) {
                return new Listing(rows, unread, Optional.empty());
            }
            Notification last = rows.get(size - 1);
            String next = PageRequest.encodeCursor(last.unread() ? UNREAD_CURSOR : READ_CURSOR, last.id());
            return new Listing(rows.subList(0, size), unread, Optional.of(next));
        });
    }

    /** @throws NotFoundException when the caller has no such notification (another user's is absent too) */
    public Notification markRead(Caller caller, UUID id) {
        UUID user = user(caller);
        return transactions.inTenant(caller.tenant(), tx -> {
            if (!repository.markRead(tx, user, id, clock.instant())) {
                throw new NotFoundException("notification", id);
            }
            return repository.find(tx, user, id).orElseThrow();
        });
    }

    /** Marks all the caller's notifications read; how many were unread. */
    public int markAllRead(Caller caller) {
        UUID user = user(caller);
        return transactions.inTenant(caller.tenant(), tx -> repository.markAllRead(tx, user, clock.instant()));
    }

    /** @throws NotFoundException when the caller has no such notification, or dismissed it already */
    public void dismiss(Caller caller, UUID id) {
        UUID user = user(caller);
        transactions.inTenant(caller.tenant(), tx -> {
            if (!repository.dismiss(tx, user, id, clock.instant())) {
                throw new NotFoundException("notification", id);
            }
            return null;
        });
    }

    /** The caller's preferences, or the defaults (version 0) when never saved. */
    public NotificationPreferences preferences(Caller caller) {
        UUID user = user(caller);
        return transactions.inTenant(
                caller.tenant(), tx -> repository.preferences(tx, user).orElse(NotificationPreferences.DEFAULT));
    }

    /**
     * Replaces the caller's preferences.
     *
     * @param expectedVersion the version the caller read (an {@code If-Match}), or null for last-write-wins
     * @throws ValidationException naming every bad field
     * @throws VersionMismatchException when {@code expectedVersion} is not the stored version
     */
    public NotificationPreferences savePreferences(
            Caller caller, PreferencesInput input, @Nullable Long expectedVersion) {
        NotificationPreferences valid = validate(input);
        UUID user = user(caller);
        return transactions.inTenant(
                caller.tenant(),
                tx -> repository
                        .savePreferences(tx, user, valid, expectedVersion, clock.instant())
                        .orElseThrow(() -> new VersionMismatchException(
                                "notification preferences",
                                expectedVersion == null ? -1 : expectedVersion,
                                repository
                                        .preferences(tx, user)
                                        .map(NotificationPreferences::version)
                                        .orElse(0L))));
    }

    /** A consultant's owner: the recruiter notified of its matches, expiries and submissions. */
    public record Owner(UUID consultantId, @Nullable UUID ownerUserId) {}

    /**
     * A consultant's owner with the owner's name, and who may own it: the tenant's active users (a
     * deactivated owner is still named by id, {@code ownerName} null).
     */
    public record OwnerView(
            UUID consultantId,
            @Nullable UUID ownerUserId,
            @Nullable String ownerName,
            List<NotificationRepository.UserRef> candidates) {}

    /**
     * Who owns a consultant and who could (the choices of {@code PUT}); readable by whoever reads
     * consultants, so a Recruiter, who may not list users, can still pick one.
     *
     * @throws com.benchcrm.security.ForbiddenException without {@code CONSULTANT_READ}
     * @throws NotFoundException when the tenant has no such consultant
     */
    public OwnerView owner(Caller caller, UUID consultantId) {
        caller.require(com.benchcrm.security.Permission.CONSULTANT_READ);
        return transactions.inTenant(caller.tenant(), tx -> {
            NotificationRepository.ConsultantRef ref = repository
                    .consultant(tx, consultantId)
                    .orElseThrow(() -> new NotFoundException("consultant", consultantId));
            List<NotificationRepository.UserRef> candidates = repository.activeUserRefs(tx);
            UUID owner = ref.ownerUserId();
            String name = owner == null
                    ? null
                    : candidates.stream()
                            .filter(u -> u.id().equals(owner))
                            .map(NotificationRepository.UserRef::name)
                            .findFirst()
                            .orElse(null);
            return new OwnerView(consultantId, owner, name, candidates);
        });
    }

    /**
     * Sets (or, with null, clears) who owns a consultant: the user whose "my consultants" it is.
     *
     * @throws com.benchcrm.security.ForbiddenException without {@code CONSULTANT_WRITE}
     * @throws NotFoundException when the tenant has no such consultant
     * @throws ValidationException when {@code ownerUserId} is not an active user of the tenant
     */
    public Owner setOwner(Caller caller, UUID consultantId, @Nullable UUID ownerUserId) {
        caller.require(com.benchcrm.security.Permission.CONSULTANT_WRITE);
        return transactions.inTenant(caller.tenant(), tx -> {
            if (ownerUserId != null && !repository.activeUsers(tx).contains(ownerUserId)) {
                throw new ValidationException(List.of(new ValidationException.FieldError(
                        "/ownerUserId", "not an active user of this tenant: " + ownerUserId)));
            }
            if (!repository.setOwner(tx, consultantId, ownerUserId)) {
                throw new NotFoundException("consultant", consultantId);
            }
            return new Owner(consultantId, ownerUserId);
        });
    }

    static NotificationPreferences validate(PreferencesInput in) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        Double threshold = in.matchThreshold();
        if (threshold == null) {
            errors.add(new ValidationException.FieldError("/matchThreshold", "required: a match score from 0 to 1"));
        } else if (threshold.isNaN() || threshold < 0 || threshold > 1) {
            errors.add(new ValidationException.FieldError("/matchThreshold", "must be from 0 to 1, not " + threshold));
        }
        EnumSet<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        if (in.kinds() == null) {
            errors.add(new ValidationException.FieldError(
                    "/kinds", "required: the kinds to be notified of (an empty list turns all off)"));
        } else {
            for (int i = 0; i < in.kinds().size(); i++) {
                String k = in.kinds().get(i);
                try {
                    kinds.add(NotificationKind.valueOf(k == null ? "" : k.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    errors.add(new ValidationException.FieldError(
                            "/kinds/" + i,
                            "not a notification kind: " + k + " (one of "
                                    + java.util.Arrays.toString(NotificationKind.values()) + ")"));
                }
            }
        }
        if (in.dailyDigest() == null) {
            errors.add(new ValidationException.FieldError("/dailyDigest", "required: true or false"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new NotificationPreferences(threshold, kinds, in.dailyDigest(), 0, null);
    }

    private static NotificationRepository.Position position(String cursor) {
        try {
            return new NotificationRepository.Position(
                    true, PageRequest.parse(UNREAD_CURSOR, null, cursor).after().orElseThrow());
        } catch (InvalidRequestException e) {
            return new NotificationRepository.Position(
                    false, PageRequest.parse(READ_CURSOR, null, cursor).after().orElseThrow());
        }
    }

    /** The caller's user id (the token subject); a token of no user (a service) has no notifications. */
    static UUID user(Caller caller) {
        caller.require(com.benchcrm.security.Permission.CONSULTANT_READ);
        String subject = caller.userId();
        if (subject.length() == 36) {
            try {
                return UUID.fromString(subject);
            } catch (IllegalArgumentException e) {
                // falls through
            }
        }
        throw new InvalidRequestException(
                "authorization", "notifications belong to users: this token's subject is not a user id");
    }
}
