package com.benchcrm.function.httpapi.notification;

import com.benchcrm.common.ValidationException;
import com.benchcrm.function.httpapi.http.ETags;
import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.JsonBodies;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.notification.Notification;
import com.benchcrm.notification.NotificationPreferences;
import com.benchcrm.notification.Notifications;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Registers the caller's notifications and preferences:
 *
 * <ul>
 *   <li>{@code GET /v1/notifications?limit=&cursor=}: unread first, newest first, with the unread count</li>
 *   <li>{@code POST /v1/notifications/{id}/read}, {@code POST /v1/notifications/read-all}</li>
 *   <li>{@code DELETE /v1/notifications/{id}}: dismiss (204)</li>
 *   <li>{@code GET}/{@code PUT /v1/me/notification-preferences} (ETag; {@code If-Match} optional)</li>
 *   <li>{@code GET /v1/consultants/{id}/owner}: who owns a consultant and who could (its readers)</li>
 *   <li>{@code PUT /v1/consultants/{id}/owner}: who owns a consultant (Recruiter, Admin, Owner)</li>
 * </ul>
 * Another user's notification is a 404, as one that does not exist.
 */
public final class NotificationRoutes {

    public static final String BASE = "/v1/notifications";
    public static final String PREFERENCES = "/v1/me/notification-preferences";
    public static final String OWNER = "/v1/consultants/{id}/owner";

    /** The body of {@code PUT /v1/consultants/{id}/owner}: the owner's user id, null to clear. */
    public record OwnerInput(@Nullable String ownerUserId) {}

    private NotificationRoutes() {}

    public static void register(Router router, Notifications notifications) {
        router.add("GET", BASE, false, (req, caller) -> {
            Notifications.Listing page = notifications.list(caller, req.queryParam("limit"), req.queryParam("cursor"));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put(
                    "items", page.items().stream().map(NotificationRoutes::view).toList());
            body.put("unreadCount", page.unreadCount());
            page.nextCursor().ifPresent(c -> body.put("nextCursor", c));
            return HttpResponse.json(200, body);
        });
        router.add("POST", BASE + "/read-all", false, (req, caller) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("marked", notifications.markAllRead(caller));
            return HttpResponse.json(200, body);
        });
        router.add(
                "POST",
                BASE + "/{id}/read",
                false,
                (req, caller) ->
                        HttpResponse.json(200, view(notifications.markRead(caller, req.idParam("notification")))));
        router.add("DELETE", BASE + "/{id}", false, (req, caller) -> {
            notifications.dismiss(caller, req.idParam("notification"));
            return HttpResponse.empty(204);
        });
        router.add("GET", PREFERENCES, false, (req, caller) -> {
            NotificationPreferences p = notifications.preferences(caller);
            HttpResponse r = HttpResponse.json(200, view(p));
            return p.version() > 0 ? r.header("etag", ETags.of(p.version())) : r; // the defaults have no stored version
        });
        router.add("PUT", PREFERENCES, false, (req, caller) -> {
            OptionalLong ifMatch = ETags.ifMatch(req);
            Notifications.PreferencesInput in = JsonBodies.read(req, Notifications.PreferencesInput.class);
            NotificationPreferences p =
                    notifications.savePreferences(caller, in, ifMatch.isPresent() ? ifMatch.getAsLong() : null);
            return HttpResponse.json(200, view(p)).header("etag", ETags.of(p.version()));
        });
        router.add("GET", OWNER, false, (req, caller) -> {
            Notifications.OwnerView v = notifications.owner(caller, req.idParam("consultant"));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("consultantId", v.consultantId());
            if (v.ownerUserId() != null) {
                body.put("ownerUserId", v.ownerUserId());
            }
            if (v.ownerName() != null) {
                body.put("ownerName", v.ownerName());
            }
            body.put(
                    "candidates",
                    v.candidates().stream()
                            .map(u -> Map.of("id", u.id(), "name", u.name()))
                            .toList());
            return HttpResponse.json(200, body);
        });
        router.add("PUT", OWNER, false, (req, caller) -> {
            UUID consultant = req.idParam("consultant");
            OwnerInput in = JsonBodies.read(req, OwnerInput.class);
            Notifications.Owner owner = notifications.setOwner(caller, consultant, owner(in.ownerUserId()));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("consultantId", owner.consultantId());
            if (owner.ownerUserId() != null) {
                body.put("ownerUserId", owner.ownerUserId());
            }
            return HttpResponse.json(200, body);
        });
    }

    private static @Nullable UUID owner(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        try {
            if (raw.length() == 36) {
                return UUID.fromString(raw);
            }
        } catch (IllegalArgumentException e) {
            // below
        }
        throw new ValidationException(
                List.of(new ValidationException.FieldError("/ownerUserId", "must be a user id (a UUID) or null")));
    }

    /** A notification as the API shows it (absent values left out). */
    static Map<String, Object> view(Notification n) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", n.id());
        body.put("kind", n.kind().name());
        body.put("title", n.title());
        if (n.body() != null) {
            body.put("body", n.body());
        }
        body.put("entity", n.entity());
        body.put("entityId", n.entityId());
        body.put("link", n.link());
        body.put("unread", n.unread());
        body.put("createdAt", n.createdAt());
        if (n.readAt() != null) {
            body.put("readAt", n.readAt());
        }
        return body;
    }

    static Map<String, Object> view(NotificationPreferences p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("matchThreshold", p.matchThreshold());
        body.put("kinds", p.kinds().stream().map(Enum::name).sorted().toList());
        body.put("dailyDigest", p.dailyDigest());
        body.put("version", p.version());
        if (p.updatedAt() != null) {
            body.put("updatedAt", p.updatedAt());
        }
        return body;
    }
}
