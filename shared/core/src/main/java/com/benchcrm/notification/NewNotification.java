package com.benchcrm.notification;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notification to write. {@code dedupeKey} is unique per user: writing the same key twice stores
 * one notification (a redelivered event, a rerun of the daily job).
 */
public record NewNotification(
        UUID userId,
        NotificationKind kind,
        String title,
        @Nullable String body,
        String entity,
        UUID entityId,
        String link,
        String dedupeKey,
        @Nullable UUID eventId) {

    public NewNotification {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(kind, "kind");
        title = clip(Objects.requireNonNull(title, "title"), 300);
        body = body == null ? null : clip(body, 2000);
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
