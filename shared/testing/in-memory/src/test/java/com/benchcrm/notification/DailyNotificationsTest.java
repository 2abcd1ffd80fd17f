package com.benchcrm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Ids;
import com.benchcrm.persistence.Tx;
import com.benchcrm.submission.Interview;
import com.benchcrm.submission.InterviewMode;
import com.benchcrm.submission.InterviewOutcome;
import com.benchcrm.submission.Submission;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.contract.Samples;
import com.benchcrm.testing.memory.InMemoryPersistence;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The daily job against the in-memory store: interviews tomorrow in their own zone, and the digest, once a day. */
class DailyNotificationsTest {

    static final String BODY = String.join(" ", "Body", "<b>");

    // 15:00 UTC on 1 December: 09:00 in Chicago, 02:00 on 2 December in Sydney
    final Clock clock = Clock.fixed(Instant.parse("2026-12-01T15:00:00Z"), ZoneOffset.UTC);
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final TenantId tenant = new TenantId(UUID.randomUUID());
    final NotificationTestData data = new NotificationTestData(db, tenant, clock.instant());
    final List<DigestMail> sent = new ArrayList<>();
    final AtomicBoolean mailDown = new AtomicBoolean();
    final NotificationMailer mailer = (t, mail) -> {
        if (mailDown.get()) {
            throw new NotificationMailer.MailNotSentException("SES is down", null);
        }
        sent.add(mail);
    };
    final DailyNotifications daily = new DailyNotifications(
            db.transactions(), db.notifications(), mailer, "https://crm.example.com/", new Ids(clock), clock, true);

    UUID interview(Submission s, String startsAt, String zone, InterviewOutcome outcome) {
        UUID id = Samples.id();
        db.transactions().inTenant(tenant, (Tx tx) -> {
            db.submissions()
                    .insertInterview(
                            tx,
                            new Interview(
                                    id,
                                    s.id(),
                                    db.submissions().interviews(tx, s.id()).size() + 1,
                                    Instant.parse(startsAt),
                                    zone,
                                    45,
                                    InterviewMode.VIDEO,
                                    null,
                                    null,
                                    outcome,
                                    null,
                                    1,
                                    "u",
                                    clock.instant(),
                                    clock.instant()));
            return null;
        });
        return id;
    }

    @Test
    void interviewsTomorrow_inTheInterviewsOwnZone_notifyItsWatchers_onceAcrossReruns() {
        UUID ann = data.user("ann@acme.example");
        UUID bob = data.user("bob@acme.example");
        Submission chicago =
                data.submission(data.consultant("Asha Rao", bob), data.requirement("QA Lead"), ann.toString());
        Submission sydney =
                data.submission(data.consultant("Ben Low", null), data.requirement("Go Dev"), ann.toString());
        Submission later = data.submission(data.consultant("Cy Mid", null), data.requirement("PM"), ann.toString());
        // 2 December 10:00 in Chicago: tomorrow there
        interview(chicago, "2026-12-02T16:00:00Z", "America/Chicago", InterviewOutcome.SCHEDULED);
        // 2 December 20:00 UTC is 3 December 07:00 in Sydney, where today is already 2 December: tomorrow there
        interview(sydney, "2026-12-02T20:00:00Z", "Australia/Sydney", InterviewOutcome.SCHEDULED);
        // the day after tomorrow, and a cancelled one tomorrow: nobody
        interview(later, "2026-12-03T16:00:00Z", "America/Chicago", InterviewOutcome.SCHEDULED);
        interview(later, "2026-12-02T17:00:00Z", "America/Chicago", InterviewOutcome.CANCELLED);

        int first = daily.interviewsTomorrow(tenant);
        int rerun = daily.interviewsTomorrow(tenant);

        assertThat(first).isEqualTo(3);
        assertThat(rerun).isZero();
        assertThat(data.of(ann))
                .extracting(Notification::title)
                .containsExactlyInAnyOrder(
                        "Interview tomorrow: Asha Rao, round 1 at 10:00 America/Chicago",
                        "Interview tomorrow: Ben Low, round 1 at 07:00 Australia/Sydney");
        assertThat(data.of(bob)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.INTERVIEW_TOMORROW);
            assertThat(n.link()).isEqualTo("/pipeline?submission=" + chicago.id());
        });
    }

    private void note(UUID user, String title) {
        db.transactions()
                .inTenant(
                        tenant,
                        (Tx tx) -> db.notifications()
                                .insert(
                                        tx,
                                        Samples.id(),
                                        new NewNotification(
                                                user,
                                                NotificationKind.OUTREACH_REPLY,
                                                title,
                                                BODY,
                                                "hot-list",
                                                UUID.randomUUID(),
                                                "/hot-lists/x",
                                                "k:" + title,
                                                null),
                                        clock.instant()));
    }

    @Test
    void digest_goesOnceADay_toUsersWhoAskedForIt_withTheirUnreadNotifications() {
        UUID ann = data.user("ann@acme.example");
        UUID bob = data.user("bob@acme.example");
        data.prefs(ann, 0.7, EnumSet.allOf(NotificationKind.class), true);
        data.prefs(bob, 0.7, EnumSet.allOf(NotificationKind.class), false);
        note(ann, "Reply from a@vendor.example");
        note(ann, "Reply from b@vendor.example");
        note(bob, "Reply to bob");

        int first = daily.digests(tenant);
        int rerun = daily.digests(tenant);

        assertThat(first).isEqualTo(1);
        assertThat(rerun).isZero();
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("ann@acme.example");
            assertThat(m.subject()).isEqualTo("BenchCRM: 2 notifications for 2026-12-01");
            assertThat(m.text())
                    .contains("Reply from a@vendor.example", "Reply from b@vendor.example")
                    .contains("https://crm.example.com/hot-lists/x")
                    .doesNotContain("Reply to bob");
            assertThat(m.html()).contains("Body &lt;b&gt;").doesNotContain("Body <b>");
        });
    }

    @Test
    void digest_thatCouldNotBeSent_isSentByTheNextRun() {
        UUID ann = data.user("ann@acme.example");
        data.prefs(ann, 0.7, EnumSet.allOf(NotificationKind.class), true);
        note(ann, "Reply from a@vendor.example");

        mailDown.set(true);
        int failed = daily.digests(tenant);
        mailDown.set(false);
        int retried = daily.digests(tenant);

        assertThat(failed).isZero();
        assertThat(retried).isEqualTo(1);
        assertThat(sent).hasSize(1);
    }

    @Test
    void run_visitsEveryTenant_andReportsWhatItDid() {
        UUID ann = data.user("ann@acme.example");
        data.prefs(ann, 0.7, EnumSet.allOf(NotificationKind.class), true);
        Submission s = data.submission(data.consultant("Asha Rao", ann), data.requirement("QA Lead"), "service:x");
        interview(s, "2026-12-02T16:00:00Z", "America/Chicago", InterviewOutcome.SCHEDULED);

        DailyNotifications.Report r = daily.run();

        assertThat(r.tenants()).isEqualTo(1);
        assertThat(r.interviewNotifications()).isEqualTo(1);
        assertThat(r.digestsSent()).isEqualTo(1);
        assertThat(r.failedTenants()).isEmpty();
    }
}
