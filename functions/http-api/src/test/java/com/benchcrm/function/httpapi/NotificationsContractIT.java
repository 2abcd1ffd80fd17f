package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Ids;
import com.benchcrm.notification.NewNotification;
import com.benchcrm.notification.NotificationKind;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.UserDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /v1/notifications}, {@code /v1/me/notification-preferences} and {@code /v1/consultants/{id}/owner}
 * through the function's real entry point against PostgreSQL, every response checked against the
 * OpenAPI document: a user sees and changes only its own notifications, another tenant sees none, and
 * bad input is a precise 4xx.
 */
class NotificationsContractIT {

    static final OpenApiDocument DOC = OpenApiDocument.load();

    static ApiTestStack stack;

    record Users(ApiTestStack.TestTenant tenant, UUID ann, String annToken, UUID bob, String bobToken) {}

    @BeforeAll
    static void setUp() {
        stack = ApiTestStack.get();
    }

    static Users users(String prefix) {
        ApiTestStack.TestTenant t = stack.newTenant(prefix);
        PostgresPersistence owner = PostgresPersistence.over(stack.ownerSql());
        UserDirectory directory = new UserDirectory(owner.transactions(), owner.users(), new Ids(Clock.systemUTC()));
        UUID ann = directory.ensure(t.id(), "ann@acme.example", Set.of(Role.Recruiter));
        UUID bob = directory.ensure(t.id(), "bob@acme.example", Set.of(Role.Recruiter));
        return new Users(
                t,
                ann,
                stack.token(t, ann.toString(), Role.Recruiter),
                bob,
                stack.token(t, bob.toString(), Role.Recruiter));
    }

    /** Stores notifications for the user as the consumer would; their ids, oldest (lowest id) first. */
    static List<UUID> notify(ApiTestStack.TestTenant t, UUID user, int n) {
        PostgresPersistence db = PostgresPersistence.over(stack.ownerSql());
        Ids ids = new Ids(Clock.systemUTC());
        List<UUID> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID id = ids.next();
            UUID submission = ids.next();
            int k = i;
            db.transactions()
                    .inTenant(
                            t.id(),
                            tx -> db.notifications()
                                    .insert(
                                            tx,
                                            id,
                                            new NewNotification(
                                                    user,
                                                    NotificationKind.SUBMISSION_STATUS_CHANGED,
                                                    "Dev " + k + ": Submitted → Interviewing",
                                                    "Java Lead",
                                                    "submission",
                                                    submission,
                                                    "/pipeline?submission=" + submission,
                                                    "test:" + id,
                                                    null),
                                            Instant.now()));
            out.add(id);
        }
        // The list orders by id (UUIDv7); two ids drawn in the same millisecond need not be in draw order,
        // so "oldest first" is the ids' own order (java.util.UUID compares v7 ids as PostgreSQL does).
        out.sort(null);
        return out;
    }

    @Test
    void list_showsOnlyTheCallersNotifications_unreadFirst_inCursorPages() {
        Users u = users("ntf-list");
        List<UUID> anns = notify(u.tenant(), u.ann(), 3);
        notify(u.tenant(), u.bob(), 1);
        exchange(ApiEvent.load("notifications-read").token(u.annToken()).id(anns.get(2)));

        ApiResponse first = exchange(list(u.annToken()).query("limit", "2"));
        ApiResponse second = exchange(list(u.annToken())
                .query("limit", "2")
                .query("cursor", first.body().path("nextCursor").asText()));
        ApiResponse bobs = exchange(list(u.bobToken()));

        assertThat(first.status()).isEqualTo(200);
        assertThat(ids(first))
                .containsExactly(anns.get(1).toString(), anns.get(0).toString());
        assertThat(first.body().path("unreadCount").asInt()).isEqualTo(2);
        assertThat(ids(second)).containsExactly(anns.get(2).toString());
        assertThat(second.body().path("items").get(0).path("unread").asBoolean())
                .isFalse();
        assertThat(second.body().has("nextCursor")).isFalse();
        assertThat(ids(bobs)).hasSize(1).doesNotContainAnyElementsOf(ids(first));
    }

    @Test
    void readAndDismiss_anotherUsersNotification_is404_andOwnChangesShow() {
        Users u = users("ntf-read");
        UUID anns = notify(u.tenant(), u.ann(), 1).get(0);
        notify(u.tenant(), u.bob(), 2);

        ApiResponse bobReads =
                exchange(ApiEvent.load("notifications-read").token(u.bobToken()).id(anns));
        ApiResponse bobDismisses = exchange(
                ApiEvent.load("notifications-dismiss").token(u.bobToken()).id(anns));
        ApiResponse annReads =
                exchange(ApiEvent.load("notifications-read").token(u.annToken()).id(anns));
        ApiResponse bobReadsAll =
                exchange(ApiEvent.load("notifications-read-all").token(u.bobToken()));
        ApiResponse annDismisses = exchange(
                ApiEvent.load("notifications-dismiss").token(u.annToken()).id(anns));
        ApiResponse again = exchange(
                ApiEvent.load("notifications-dismiss").token(u.annToken()).id(anns));

        assertThat(bobReads.status()).isEqualTo(404);
        assertThat(bobReads.problemType()).isEqualTo("not-found");
        assertThat(bobDismisses.status()).isEqualTo(404);
        assertThat(annReads.status()).isEqualTo(200);
        assertThat(annReads.body().path("unread").asBoolean()).isFalse();
        assertThat(annReads.body().has("readAt")).isTrue();
        assertThat(bobReadsAll.body().path("marked").asInt()).isEqualTo(2);
        assertThat(exchange(list(u.bobToken())).body().path("unreadCount").asInt())
                .isZero();
        assertThat(annDismisses.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(404);
        assertThat(ids(exchange(list(u.annToken())))).isEmpty();
    }

    @Test
    void anotherTenant_sameUserId_seesNoneAndChangesNone() {
        Users u = users("ntf-iso");
        UUID anns = notify(u.tenant(), u.ann(), 1).get(0);
        ApiTestStack.TestTenant other = stack.newTenant("ntf-iso-other");
        String sameSubjectElsewhere = stack.token(other, u.ann().toString(), Role.Owner);

        ApiResponse listed = exchange(list(sameSubjectElsewhere));
        ApiResponse read = exchange(
                ApiEvent.load("notifications-read").token(sameSubjectElsewhere).id(anns));
        ApiResponse dismissed = exchange(ApiEvent.load("notifications-dismiss")
                .token(sameSubjectElsewhere)
                .id(anns));
        ApiResponse readAll = exchange(ApiEvent.load("notifications-read-all").token(sameSubjectElsewhere));

        assertThat(ids(listed)).isEmpty();
        assertThat(listed.body().path("unreadCount").asInt()).isZero();
        assertThat(read.status()).isEqualTo(404);
        assertThat(dismissed.status()).isEqualTo(404);
        assertThat(readAll.body().path("marked").asInt()).isZero();
        assertThat(exchange(list(u.annToken())).body().path("unreadCount").asInt())
                .isEqualTo(1);
    }

    @Test
    void badQuery_cursorOrLimitOrSubject_isA400Problem() {
        Users u = users("ntf-bad");
        ApiResponse limit = exchange(list(u.annToken()).query("limit", "0"));
        ApiResponse cursor = exchange(list(u.annToken()).query("cursor", "bm90LWEtY3Vyc29y"));
        ApiResponse service = exchange(list(stack.token(u.tenant(), "service:reporting", Role.Analyst)));
        ApiResponse notAnId = stack.invoke(
                ApiEvent.load("notifications-read").token(u.annToken()).path("/v1/notifications/nope/read"));

        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.problemType()).isEqualTo("invalid-request");
        assertThat(cursor.status()).isEqualTo(400);
        assertThat(cursor.rawBody()).contains("cursor");
        assertThat(service.status()).isEqualTo(400);
        assertThat(service.rawBody()).contains("not a user id");
        assertThat(notAnId.status()).isEqualTo(404);
    }

    @Test
    void preferences_defaultsThenSaved_perUser_withVersionsAndPreciseValidation() {
        Users u = users("ntf-prefs");
        ApiResponse defaults =
                exchange(ApiEvent.load("notification-preferences-get").token(u.annToken()));
        ApiResponse saved =
                exchange(ApiEvent.load("notification-preferences-put").token(u.annToken()));
        ApiResponse stale = exchange(ApiEvent.load("notification-preferences-put")
                .token(u.annToken())
                .header("if-match", "\"0\""));
        ObjectNode bad = ApiEvent.load("notification-preferences-put").bodyJson();
        bad.put("matchThreshold", 1.5);
        bad.putArray("kinds").add("REQUIREMENT_MATCH").add("NOPE");
        bad.remove("dailyDigest");
        ApiResponse invalid = exchange(ApiEvent.load("notification-preferences-put")
                .token(u.annToken())
                .body(bad));
        ApiResponse unknownField = exchange(ApiEvent.load("notification-preferences-put")
                .token(u.annToken())
                .body(ApiEvent.load("notification-preferences-put").bodyJson().put("sms", true)));
        ApiResponse bobs =
                exchange(ApiEvent.load("notification-preferences-get").token(u.bobToken()));

        assertThat(defaults.body().path("version").asInt()).isZero();
        assertThat(defaults.body().path("kinds")).hasSize(NotificationKind.values().length);
        assertThat(defaults.body().path("dailyDigest").asBoolean()).isFalse();
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.header("etag")).isEqualTo("\"1\"");
        assertThat(saved.body().path("matchThreshold").asDouble()).isEqualTo(0.8);
        assertThat(saved.body().path("dailyDigest").asBoolean()).isTrue();
        assertThat(saved.body().path("kinds").toString())
                .isEqualTo("[\"INTERVIEW_TOMORROW\",\"OUTREACH_REPLY\",\"REQUIREMENT_MATCH\"]");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.rawBody()).contains("/matchThreshold", "/kinds/1", "/dailyDigest");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(bobs.body().path("version").asInt()).isZero();
    }

    @Test
    void owner_isAnActiveUserOfTheTenant_andNeedsConsultantWrite() {
        Users u = users("ntf-owner");
        String consultant = exchange(ApiEvent.load("consultants-create").token(u.annToken()))
                .id();
        Users elsewhere = users("ntf-owner-other");

        ApiResponse set = exchange(owner(u.annToken(), consultant, u.bob().toString()));
        ApiResponse stranger =
                exchange(owner(u.annToken(), consultant, elsewhere.ann().toString()));
        ApiResponse notAUuid = exchange(owner(u.annToken(), consultant, "bob"));
        ApiResponse missing = exchange(
                owner(u.annToken(), UUID.randomUUID().toString(), u.bob().toString()));
        ApiResponse readOnly =
                exchange(owner(stack.token(u.tenant(), u.ann().toString(), Role.ReadOnly), consultant, null));
        ApiResponse otherTenant =
                exchange(owner(elsewhere.annToken(), consultant, elsewhere.ann().toString()));
        ApiResponse seen = exchange(ApiEvent.load("consultants-owner-get")
                .token(stack.token(u.tenant(), u.ann().toString(), Role.ReadOnly))
                .id(consultant));
        ApiResponse seenElsewhere = exchange(ApiEvent.load("consultants-owner-get")
                .token(elsewhere.annToken())
                .id(consultant));
        ApiResponse cleared = exchange(owner(u.annToken(), consultant, null));
        ApiResponse seenCleared = exchange(
                ApiEvent.load("consultants-owner-get").token(u.annToken()).id(consultant));

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body().path("ownerUserId").asText()).isEqualTo(u.bob().toString());
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(notAUuid.status()).isEqualTo(422);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(readOnly.status()).isEqualTo(403);
        assertThat(otherTenant.status()).isEqualTo(404);
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.body().has("ownerUserId")).isFalse();
        // GET: the owner by name for every role, and the tenant's active users as the choices
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body().path("ownerUserId").asText()).isEqualTo(u.bob().toString());
        assertThat(seen.body().path("ownerName").asText()).isEqualTo("bob@acme.example");
        List<String> candidates = new ArrayList<>();
        seen.body().path("candidates").forEach(c -> candidates.add(c.path("id").asText()));
        assertThat(candidates).containsExactly(u.ann().toString(), u.bob().toString());
        assertThat(seenElsewhere.status()).isEqualTo(404);
        assertThat(seenCleared.body().has("ownerUserId")).isFalse();
        assertThat(seenCleared.body().has("ownerName")).isFalse();
    }

    private static ApiEvent owner(String token, String consultant, String ownerUserId) {
        ObjectNode body = ApiEvent.load("consultants-owner").bodyJson();
        body.put("ownerUserId", ownerUserId);
        return ApiEvent.load("consultants-owner").token(token).id(consultant).body(body);
    }

    private static ApiEvent list(String token) {
        return ApiEvent.load("notifications-list").token(token);
    }

    private static List<String> ids(ApiResponse r) {
        List<String> out = new ArrayList<>();
        r.body().path("items").forEach(i -> out.add(i.path("id").asText()));
        return out;
    }

    private static ApiResponse exchange(ApiEvent event) {
        ApiResponse r = stack.invoke(event);
        JsonNode e = read(event);
        String method = e.path("requestContext").path("http").path("method").asText();
        String template = DOC.pathTemplateOf(e.path("rawPath").asText()).orElseThrow();
        DOC.assertHttpResponse(method, template, r.status(), r.headers(), r.rawBody());
        return r;
    }

    private static JsonNode read(ApiEvent event) {
        try {
            return ApiEvent.JSON.readTree(event.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
