package com.benchcrm.function.httpapi.user;

import com.benchcrm.common.NotFoundException;
import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.JsonBodies;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.security.Permission;
import com.benchcrm.user.User;
import com.benchcrm.user.UserChange;
import com.benchcrm.user.UserInvite;
import com.benchcrm.user.Users;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Registers {@code GET/POST /v1/users} and {@code GET/PATCH /v1/users/{id}}. The rules are the
 * {@link Users} use case's; this only translates.
 */
public final class UserRoutes {

    public static final String BASE = "/v1/users";

    private UserRoutes() {}

    public static void register(Router router, Users users) {
        router.add("GET", BASE, false, (req, caller) -> {
            Page<User> page = users.list(
                    caller, PageRequest.parse(Users.cursorKind(), req.queryParam("limit"), req.queryParam("cursor")));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("items", page.items().stream().map(UserRoutes::view).toList());
            page.nextCursor().ifPresent(c -> body.put("nextCursor", c));
            return HttpResponse.json(200, body);
        });
        router.add("POST", BASE, false, (req, caller) -> {
            caller.require(Permission.USER_MANAGE);
            User invited = users.invite(caller, JsonBodies.read(req, UserInvite.class));
            return HttpResponse.json(201, view(invited)).header("location", BASE + "/" + invited.id());
        });
        router.add(
                "GET",
                BASE + "/{id}",
                false,
                (req, caller) -> HttpResponse.json(200, view(users.get(caller, id(req.pathParam("id"))))));
        router.add("PATCH", BASE + "/{id}", false, (req, caller) -> {
            caller.require(Permission.USER_MANAGE);
            UUID id = id(req.pathParam("id"));
            UserChange change =
                    JsonBodies.read(req, UserChange.class, HttpResponse.JSON, "application/merge-patch+json");
            return HttpResponse.json(200, view(users.change(caller, id, change)));
        });
    }

    /** The user as the API shows it (absent values left out). */
    static Map<String, Object> view(User u) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", u.id());
        body.put("email", u.email());
        if (u.name() != null) {
            body.put("name", u.name());
        }
        body.put("role", u.role().name());
        body.put("status", u.status().name());
        if (u.invitedAt() != null) {
            body.put("invitedAt", u.invitedAt());
        }
        if (u.invitedBy() != null) {
            body.put("invitedBy", u.invitedBy());
        }
        if (u.lastSignInAt() != null) {
            body.put("lastSignInAt", u.lastSignInAt());
        }
        body.put("createdAt", u.createdAt());
        body.put("updatedAt", u.updatedAt());
        return body;
    }

    private static UUID id(String raw) {
        try {
            if (raw.length() == 36) {
                return UUID.fromString(raw);
            }
        } catch (IllegalArgumentException ignored) {
            // falls through
        }
        throw new NotFoundException("user", raw);
    }
}
