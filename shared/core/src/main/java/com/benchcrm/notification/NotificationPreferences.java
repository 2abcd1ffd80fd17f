package com.benchcrm.notification;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One user's notification preferences. A user who never saved any has {@link #DEFAULT}: every
 * kind on, a match threshold of 0.70, no daily digest.
 *
 * @param matchThreshold the lowest match score (0 to 1) of one of the user's consultants that notifies
 * @param kinds          the kinds the user wants (in the app and in the digest)
 * @param dailyDigest    whether the user gets a daily e-mail of the day's unread notifications
 * @param version        1 for the defaults and the first save, then one more per save
 * @param updatedAt      null for the defaults
 */
public record NotificationPreferences(
        double matchThreshold,
        Set<NotificationKind> kinds,
        boolean dailyDigest,
        long version,
        @Nullable Instant updatedAt) {

    public static final double DEFAULT_MATCH_THRESHOLD = 0.70;

    public static final NotificationPreferences DEFAULT =
            new NotificationPreferences(DEFAULT_MATCH_THRESHOLD, EnumSet.allOf(NotificationKind.class), false, 0, null);

    public NotificationPreferences {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    public boolean wants(NotificationKind kind) {
        return kinds.contains(kind);
    }
}
