package com.benchcrm.notification;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One notification of one user, as stored and as the API shows it.
 *
 * @param entity   what it links to: {@code requirement}, {@code consultant}, {@code submission},
 *                 {@code interview} or {@code hot-list}
 * @param link     the console path of that thing (e.g. {@code /requirements/<id>})
 * @param readAt   when the user read it; null while unread
 */
public record Notification(
        UUID id,
        UUID userId,
        NotificationKind kind,
        String title,
        @Nullable String body,
        String entity,
        UUID entityId,
        String link,
        Instant createdAt,
        @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
