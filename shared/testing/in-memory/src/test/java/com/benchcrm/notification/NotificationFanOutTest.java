package com.benchcrm.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.common.Ids;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.EventCatalog;
import com.benchcrm.events.MalformedEventException;
import com.benchcrm.events.ProcessedEvents;
import com.benchcrm.submission.Submission;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.memory.InMemoryPersistence;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Events to notifications against the in-memory store: who is told, above which score, once per event. */
class NotificationFanOutTest {

    final Clock clock = Clock.fixed(Instant.parse("2026-12-01T15:00:00Z"), ZoneOffset.UTC);
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final NotificationFanOut fanOut = new NotificationFanOut(
            db.transactions(),
            db.notifications(),
            new ProcessedEvents(db.processedEvents(), clock),
            new Ids(clock),
            clock);
    final TenantId tenant = new TenantId(UUID.randomUUID());
    final NotificationTestData data = new NotificationTestData(db, tenant, clock.instant());

    @Test
    void recommendationsReady_notifiesEachOwnerOfMatchesAtOrAboveTheOwnersThreshold_onceAcrossRedelivery() {
        UUID ann = data.user("ann@acme.example");
        UUID bob = data.user("bob@acme.example");
        UUID carl = data.user("carl@acme.example");
        data.prefs(ann, 0.8, EnumSet.allOf(NotificationKind.class), false);
        data.prefs(carl, 0.1, EnumSet.of(NotificationKind.INTERVIEW_TOMORROW), false);
        UUID annsBest = data.consultant("Asha Rao", ann);
        UUID annsWeak = data.consultant("Ben Low", ann);
        UUID bobs = data.consultant("Cy Mid", bob);
        UUID carls = data.consultant("Di Top", carl);
        UUID nobodys = data.consultant("Ed None", null);
        UUID requirement = data.requirement("Senior Java Developer");
        UUID run =
                data.run(requirement, Map.of(annsBest, 0.86, annsWeak, 0.75, bobs, 0.71, carls, 0.99, nobodys, 0.99));
        DomainEvent event = data.event(
                EventCatalog.RECOMMENDATIONS_READY,
                1,
                NotificationTestData.data()
                        .put("requirementId", requirement.toString())
                        .put("requirementVersion", 1)
                        .put("matchRunId", run.toString())
                        .put("count", 5));

        int first = fanOut.handle(event);
        int redelivered = fanOut.handle(event);

        assertThat(first).isEqualTo(2);
        assertThat(redelivered).isZero();
        assertThat(data.of(ann)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REQUIREMENT_MATCH);
            assertThat(n.title()).isEqualTo("Senior Java Developer matches Asha Rao (86%)");
            assertThat(n.body()).doesNotContain("Ben Low");
            assertThat(n.link()).isEqualTo("/inbox/" + requirement);
        });
        assertThat(data.of(bob))
                .singleElement()
                .satisfies(n -> assertThat(n.title()).contains("Cy Mid (71%)"));
        assertThat(data.of(carl)).isEmpty();
    }

    @Test
    void recommendationsReady_manyMatchesOfOneOwner_areOneNotificationNamingTheBest() {
        UUID ann = data.user("ann@acme.example");
        UUID requirement = data.requirement("Data Engineer");
        Map<UUID, Double> scores = new java.util.HashMap<>();
        for (int i = 0; i < 7; i++) {
            scores.put(data.consultant("Dev " + i, ann), 0.9 - i * 0.01);
        }
        UUID run = data.run(requirement, scores);

        fanOut.handle(data.event(
                EventCatalog.RECOMMENDATIONS_READY,
                1,
                NotificationTestData.data()
                        .put("requirementId", requirement.toString())
                        .put("requirementVersion", 1)
                        .put("matchRunId", run.toString())
                        .put("count", 7)));

        assertThat(data.of(ann)).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("Data Engineer matches 7 of your consultants");
            assertThat(n.body()).startsWith("Dev 0 90%, Dev 1 89%").endsWith(" and 2 more");
        });
    }

    @Test
    void submissionStatusChanged_notifiesTheCreatorAndTheOwner_butANewDraftNobody() {
        UUID ann = data.user("ann@acme.example");
        UUID bob = data.user("bob@acme.example");
        UUID consultant = data.consultant("Asha Rao", bob);
        Submission s = data.submission(consultant, data.requirement("QA Lead"), ann.toString());

        int created = fanOut.handle(statusChanged(s, null, "DRAFT"));
        int moved = fanOut.handle(statusChanged(s, "SUBMITTED", "INTERVIEWING"));

        assertThat(created).isZero();
        assertThat(moved).isEqualTo(2);
        assertThat(data.of(ann)).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("Asha Rao: Submitted → Interviewing");
            assertThat(n.body()).isEqualTo("QA Lead");
            assertThat(n.link()).isEqualTo("/pipeline?submission=" + s.id());
        });
        assertThat(data.of(bob)).hasSize(1);
    }

    private DomainEvent statusChanged(Submission s, String from, String to) {
        var d = NotificationTestData.data()
                .put("id", s.id().toString())
                .put("version", 2)
                .put("consultantId", s.consultantId().toString())
                .put("requirementId", s.requirementId().toString())
                .put("to", to);
        if (from != null) {
            d.put("from", from);
        }
        return data.event(EventCatalog.SUBMISSION_STATUS_CHANGED, 2, d);
    }

    @Test
    void workAuthorizationExpiring_notifiesTheOwner_andAConsultantWithoutOwnerNobody() {
        UUID ann = data.user("ann@acme.example");
        UUID owned = data.consultant("Asha Rao", ann);
        UUID unowned = data.consultant("Ed None", null);

        int n = fanOut.handle(expiring(owned, 12));
        int none = fanOut.handle(expiring(unowned, 12));

        assertThat(n).isEqualTo(1);
        assertThat(none).isZero();
        assertThat(data.of(ann)).singleElement().satisfies(x -> {
            assertThat(x.title()).isEqualTo("Asha Rao's work authorization ends in 12 days");
            assertThat(x.body()).isEqualTo("Valid until 2026-12-13.");
            assertThat(x.kind()).isEqualTo(NotificationKind.WORK_AUTHORIZATION_EXPIRING);
        });
    }

    private DomainEvent expiring(UUID consultant, int days) {
        return data.event(
                EventCatalog.WORK_AUTHORIZATION_EXPIRING,
                1,
                NotificationTestData.data()
                        .put("consultantId", consultant.toString())
                        .put("workAuthorization", "H1B")
                        .put("document", "STATUS")
                        .put("expiresOn", "2026-12-13")
                        .put("daysLeft", days)
                        .put("leadDays", 60));
    }

    @Test
    void outreachReply_toASubmissionItsWatchers_toAHotListWithoutAUserSenderEveryUserWhoWantsReplies() {
        UUID ann = data.user("ann@acme.example");
        UUID bob = data.user("bob@acme.example");
        UUID quiet = data.user("quiet@acme.example");
        data.prefs(quiet, 0.7, Set.of(), false);
        Submission s = data.submission(data.consultant("Asha Rao", null), data.requirement("QA Lead"), ann.toString());
        UUID hotList = UUID.randomUUID();

        int submissionReply = fanOut.handle(reply("SUBMISSION", "submissionId", s.id()));
        int hotListReply = fanOut.handle(reply("HOT_LIST", "hotListId", hotList));

        assertThat(submissionReply).isEqualTo(1);
        assertThat(hotListReply).isEqualTo(2);
        assertThat(data.of(ann))
                .extracting(Notification::title)
                .containsExactlyInAnyOrder(
                        "Reply from recruiter@vendor.example about Asha Rao",
                        "Reply to a hot list from recruiter@vendor.example");
        assertThat(data.of(bob))
                .extracting(Notification::link)
                .containsExactly("/marketing?tab=hot-lists&hotList=" + hotList);
        assertThat(data.of(quiet)).isEmpty();
    }

    @Test
    void outreachReply_toAHotList_goesToWhoDraftedAndApprovedIt_notToEveryUser() {
        UUID ann = data.user("ann@acme.example");
        UUID bob = data.user("bob@acme.example");
        UUID carl = data.user("carl@acme.example");
        UUID hotList = UUID.randomUUID();
        UUID draftedByAnn = draft(hotList, ann.toString(), bob.toString());
        UUID byAService = draft(hotList, "service:scheduler", "service:scheduler");

        int toSenders = fanOut.handle(reply("HOT_LIST", "hotListId", hotList, draftedByAnn));
        int toEveryone = fanOut.handle(reply("HOT_LIST", "hotListId", hotList, byAService));

        assertThat(toSenders).isEqualTo(2);
        assertThat(toEveryone).isEqualTo(3);
        assertThat(data.of(ann)).hasSize(2);
        assertThat(data.of(bob)).hasSize(2);
        assertThat(data.of(carl))
                .singleElement()
                .satisfies(n -> assertThat(n.entityId()).isEqualTo(hotList));
    }

    private UUID draft(UUID hotList, String createdBy, String approvedBy) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        db.transactions().inTenant(tenant, tx -> {
            db.outreachDrafts()
                    .insert(
                            tx,
                            new com.benchcrm.marketing.OutreachDraft(
                                    id,
                                    com.benchcrm.marketing.OutreachDraft.Kind.HOT_LIST,
                                    hotList,
                                    UUID.randomUUID(),
                                    null,
                                    null,
                                    "Hot list",
                                    "text",
                                    "<p>html</p>",
                                    com.benchcrm.marketing.OutreachDraft.Generator.TEMPLATE,
                                    com.benchcrm.marketing.OutreachDraft.Status.APPROVED,
                                    approvedBy,
                                    now,
                                    createdBy,
                                    2,
                                    now,
                                    now,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null));
            return null;
        });
        return id;
    }

    private DomainEvent reply(String kind, String field, UUID id, UUID draftId) {
        return data.event(
                NotificationFanOut.OUTREACH_REPLY_RECEIVED,
                1,
                NotificationTestData.data()
                        .put("outboundMessageId", UUID.randomUUID().toString())
                        .put("draftId", draftId.toString())
                        .put("kind", kind)
                        .put(field, id.toString())
                        .put("from", "recruiter@vendor.example")
                        .put("receivedAt", "2026-12-01T14:59:00Z"));
    }

    private DomainEvent reply(String kind, String field, UUID id) {
        return data.event(
                NotificationFanOut.OUTREACH_REPLY_RECEIVED,
                1,
                NotificationTestData.data()
                        .put("outboundMessageId", UUID.randomUUID().toString())
                        .put("draftId", UUID.randomUUID().toString())
                        .put("kind", kind)
                        .put(field, id.toString())
                        .put("from", "recruiter@vendor.example")
                        .put("receivedAt", "2026-12-01T14:59:00Z"));
    }

    @Test
    void anEventOfAnotherType_orWithoutWhatItNeeds_isMalformed_andRecordsNothing() {
        UUID ann = data.user("ann@acme.example");
        DomainEvent other = data.event(
                EventCatalog.CONSULTANT_UPSERTED, 1, NotificationTestData.data().put("id", "x"));
        DomainEvent noRun = data.event(
                EventCatalog.RECOMMENDATIONS_READY,
                1,
                NotificationTestData.data()
                        .put("requirementId", UUID.randomUUID().toString()));
        DomainEvent badKind = data.event(
                NotificationFanOut.OUTREACH_REPLY_RECEIVED,
                1,
                NotificationTestData.data().put("kind", "FAX"));

        assertThatThrownBy(() -> fanOut.handle(other)).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> fanOut.handle(noRun))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("matchRunId");
        assertThatThrownBy(() -> fanOut.handle(badKind))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("FAX");
        assertThat(data.of(ann)).isEmpty();
    }
}
