package com.benchcrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.matching.MatchRunRepository;
import com.benchcrm.matching.MatchTrigger;
import com.benchcrm.notification.NewNotification;
import com.benchcrm.notification.Notification;
import com.benchcrm.notification.NotificationKind;
import com.benchcrm.notification.NotificationPreferences;
import com.benchcrm.notification.NotificationRepository;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Role;
import com.benchcrm.submission.Interview;
import com.benchcrm.submission.InterviewMode;
import com.benchcrm.submission.InterviewOutcome;
import com.benchcrm.submission.Submission;
import com.benchcrm.submission.SubmissionStatus;
import com.benchcrm.tenancy.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link NotificationRepository} does, PostgreSQL or in memory. */
public abstract class NotificationRepositoryContract {

    protected abstract Stores stores();

    static final Instant T = Instant.parse("2026-12-01T09:00:00Z");

    private <X> X in(TenantId tenant, Function<Tx, X> work) {
        return stores().transactions().inTenant(tenant, work::apply);
    }

    private NotificationRepository repo() {
        return stores().notifications();
    }

    private UUID user(TenantId tenant, String email) {
        return in(tenant, (Tx tx) -> stores().users().ensure(tx, Samples.id(), email, Set.of(Role.Recruiter)));
    }

    private static NewNotification note(UUID user, String key) {
        return new NewNotification(
                user,
                NotificationKind.SUBMISSION_STATUS_CHANGED,
                "Title " + key,
                "Body",
                "submission",
                UUID.randomUUID(),
                "/submissions/x",
                key,
                null);
    }

    private UUID store(TenantId tenant, NewNotification n, Instant at) {
        UUID id = Samples.id();
        assertThat(in(tenant, (Tx tx) -> repo().insert(tx, id, n, at))).isTrue();
        return id;
    }

    @Test
    void insert_sameDedupeKeyForTheSameUser_storesOnce_butAnotherUserGetsItsOwn() {
        TenantId tenant = stores().newTenant();
        UUID ann = user(tenant, "ann@example.com");
        UUID bob = user(tenant, "bob@example.com");

        store(tenant, note(ann, "event:1"), T);
        boolean again = in(tenant, (Tx tx) -> repo().insert(tx, Samples.id(), note(ann, "event:1"), T));
        store(tenant, note(bob, "event:1"), T);

        assertThat(again).isFalse();
        assertThat(in(tenant, (Tx tx) -> repo().page(tx, ann, null, 10))).hasSize(1);
        assertThat(in(tenant, (Tx tx) -> repo().page(tx, bob, null, 10))).hasSize(1);
    }

    @Test
    void page_listsUnreadFirst_newestFirstInEachPart_andCursorsWalkBoth() {
        TenantId tenant = stores().newTenant();
        UUID ann = user(tenant, "ann@example.com");
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(store(tenant, note(ann, "k" + i), T.plusSeconds(i)));
        }
        // read the two newest: the three older unread come first
        in(tenant, (Tx tx) -> repo().markRead(tx, ann, ids.get(4), T) && repo().markRead(tx, ann, ids.get(3), T));

        List<UUID> all = in(tenant, (Tx tx) -> repo().page(tx, ann, null, 10)).stream()
                .map(Notification::id)
                .toList();
        List<Notification> first = in(tenant, (Tx tx) -> repo().page(tx, ann, null, 2));
        List<Notification> second = in(
                tenant,
                (Tx tx) -> repo().page(
                                tx,
                                ann,
                                new NotificationRepository.Position(
                                        true, first.get(1).id()),
                                2));
        List<Notification> third = in(
                tenant,
                (Tx tx) -> repo().page(
                                tx,
                                ann,
                                new NotificationRepository.Position(
                                        false, second.get(1).id()),
                                2));

        assertThat(all).containsExactly(ids.get(2), ids.get(1), ids.get(0), ids.get(4), ids.get(3));
        assertThat(first).extracting(Notification::id).containsExactly(ids.get(2), ids.get(1));
        assertThat(second).extracting(Notification::id).containsExactly(ids.get(0), ids.get(4));
        assertThat(third).extracting(Notification::id).containsExactly(ids.get(3));
        assertThat(in(tenant, (Tx tx) -> repo().unreadCount(tx, ann))).isEqualTo(3);
    }

    @Test
    void readAndDismiss_touchOnlyTheUsersOwn_andDismissedAreNeverListed() {
        TenantId tenant = stores().newTenant();
        UUID ann = user(tenant, "ann@example.com");
        UUID bob = user(tenant, "bob@example.com");
        UUID annsNote = store(tenant, note(ann, "a"), T);
        UUID bobsNote = store(tenant, note(bob, "b"), T);

        assertThat(in(tenant, (Tx tx) -> repo().markRead(tx, ann, bobsNote, T))).isFalse();
        assertThat(in(tenant, (Tx tx) -> repo().dismiss(tx, ann, bobsNote, T))).isFalse();
        assertThat(in(tenant, (Tx tx) -> repo().find(tx, ann, bobsNote))).isEmpty();
        assertThat(in(tenant, (Tx tx) -> repo().markAllRead(tx, ann, T.plusSeconds(5))))
                .isEqualTo(1);
        assertThat(in(tenant, (Tx tx) -> repo().find(tx, ann, annsNote))
                        .orElseThrow()
                        .readAt())
                .isEqualTo(T.plusSeconds(5));
        assertThat(in(tenant, (Tx tx) -> repo().unreadCount(tx, bob))).isEqualTo(1);

        assertThat(in(tenant, (Tx tx) -> repo().dismiss(tx, ann, annsNote, T))).isTrue();
        assertThat(in(tenant, (Tx tx) -> repo().dismiss(tx, ann, annsNote, T))).isFalse();
        assertThat(in(tenant, (Tx tx) -> repo().page(tx, ann, null, 10))).isEmpty();
        // a dismissed notification keeps its dedupe key: a rerun does not bring it back
        assertThat(in(tenant, (Tx tx) -> repo().insert(tx, Samples.id(), note(ann, "a"), T)))
                .isFalse();
    }

    @Test
    void anotherTenant_seesNoneOfTheNotificationsOrPreferences() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        UUID ann = user(tenant, "ann@example.com");
        UUID id = store(tenant, note(ann, "a"), T);
        in(
                tenant,
                (Tx tx) -> repo().savePreferences(
                                tx, ann, new NotificationPreferences(0.5, Set.of(), true, 0, null), null, T));

        assertThat(in(other, (Tx tx) -> repo().page(tx, ann, null, 10))).isEmpty();
        assertThat(in(other, (Tx tx) -> repo().find(tx, ann, id))).isEmpty();
        assertThat(in(other, (Tx tx) -> repo().markRead(tx, ann, id, T))).isFalse();
        assertThat(in(other, (Tx tx) -> repo().dismiss(tx, ann, id, T))).isFalse();
        assertThat(in(other, (Tx tx) -> repo().preferences(tx, ann))).isEmpty();
        assertThat(in(tenant, (Tx tx) -> repo().unreadCount(tx, ann))).isEqualTo(1);
    }

    @Test
    void preferences_saveCountsVersions_andRefusesAStaleVersion() {
        TenantId tenant = stores().newTenant();
        UUID ann = user(tenant, "ann@example.com");
        NotificationPreferences p = new NotificationPreferences(
                0.82, EnumSet.of(NotificationKind.REQUIREMENT_MATCH, NotificationKind.OUTREACH_REPLY), true, 0, null);

        NotificationPreferences first =
                in(tenant, (Tx tx) -> repo().savePreferences(tx, ann, p, 0L, T)).orElseThrow();
        NotificationPreferences second = in(
                        tenant,
                        (Tx tx) -> repo().savePreferences(
                                        tx,
                                        ann,
                                        new NotificationPreferences(0.6, Set.of(), false, 0, null),
                                        1L,
                                        T.plusSeconds(1)))
                .orElseThrow();
        boolean stale =
                in(tenant, (Tx tx) -> repo().savePreferences(tx, ann, p, 1L, T)).isPresent();

        assertThat(first.matchThreshold()).isEqualTo(0.82);
        assertThat(first.kinds())
                .containsExactlyInAnyOrder(NotificationKind.REQUIREMENT_MATCH, NotificationKind.OUTREACH_REPLY);
        assertThat(first.dailyDigest()).isTrue();
        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.kinds()).isEmpty();
        assertThat(stale).isFalse();
        assertThat(in(tenant, (Tx tx) -> repo().preferencesOf(tx, Set.of(ann, UUID.randomUUID()))))
                .containsOnlyKeys(ann);
    }

    @Test
    void matchHits_areTheRunsRecommendationsOfOwnedConsultants_bestFirst() {
        TenantId tenant = stores().newTenant();
        UUID ann = user(tenant, "ann@example.com");
        UUID requirement = PipelineSamples.requirement(stores(), tenant, "Java Lead", "Acme", T);
        UUID owned = PipelineSamples.consultant(stores(), tenant, "Owned One", T);
        UUID ownedToo = PipelineSamples.consultant(stores(), tenant, "Owned Two", T);
        UUID nobodys = PipelineSamples.consultant(stores(), tenant, "Nobodys", T);
        in(tenant, (Tx tx) -> repo().setOwner(tx, owned, ann) && repo().setOwner(tx, ownedToo, ann));
        UUID run = Samples.id();
        in(tenant, (Tx tx) -> {
            stores().matchRuns()
                    .insert(
                            tx,
                            new MatchRunRepository.NewRun(
                                    run,
                                    requirement,
                                    1,
                                    MatchTrigger.REQUIREMENT_IMPORTED,
                                    null,
                                    10,
                                    3,
                                    3,
                                    0,
                                    Map.of(),
                                    "test",
                                    "default",
                                    "none",
                                    Map.of(),
                                    "",
                                    T,
                                    List.of(rec(1, nobodys, 0.95), rec(2, ownedToo, 0.9), rec(3, owned, 0.6))));
            return null;
        });

        List<NotificationRepository.MatchHit> hits = in(tenant, (Tx tx) -> repo().matchHits(tx, run));

        assertThat(hits)
                .extracting(NotificationRepository.MatchHit::consultantId)
                .containsExactly(ownedToo, owned);
        assertThat(hits.get(0).ownerUserId()).isEqualTo(ann);
        assertThat(hits.get(0).consultantName()).isEqualTo("Owned Two");
        assertThat(hits.get(0).requirementTitle()).isEqualTo("Java Lead");
        assertThat(hits.get(0).matchScore()).isEqualTo(0.9);
        assertThat(in(tenant, (Tx tx) -> repo().consultant(tx, owned))
                        .orElseThrow()
                        .ownerUserId())
                .isEqualTo(ann);
        assertThat(in(tenant, (Tx tx) -> repo().setOwner(tx, UUID.randomUUID(), ann)))
                .isFalse();
    }

    private static MatchRunRepository.NewRecommendation rec(int rank, UUID consultant, double score) {
        return new MatchRunRepository.NewRecommendation(
                Samples.id(), rank, consultant, score, 0.5, false, List.of(), List.of(), List.of(), "test");
    }

    @Test
    void submissionAndInterviews_carryTheCreatorAndTheOwnerAsWatchers() {
        TenantId tenant = stores().newTenant();
        UUID ann = user(tenant, "ann@example.com");
        UUID bob = user(tenant, "bob@example.com");
        PipelineSamples.Pair pair = PipelineSamples.pair(stores(), tenant, "Dev One", "Java Lead", "Acme", T);
        in(tenant, (Tx tx) -> repo().setOwner(tx, pair.consultantId(), bob));
        Submission s = PipelineSamples.submission(
                pair.consultantId(),
                pair.requirementId(),
                null,
                SubmissionStatus.INTERVIEWING,
                ann.toString(),
                PipelineSamples.stages(T, null, T, null, null, null),
                T);
        Instant starts = T.plus(Duration.ofHours(30));
        UUID interview = Samples.id();
        in(tenant, (Tx tx) -> {
            stores().submissions().insert(tx, s);
            stores().submissions()
                    .insertInterview(
                            tx,
                            new Interview(
                                    interview,
                                    s.id(),
                                    1,
                                    starts,
                                    "America/Chicago",
                                    45,
                                    InterviewMode.VIDEO,
                                    null,
                                    null,
                                    InterviewOutcome.SCHEDULED,
                                    null,
                                    1,
                                    ann.toString(),
                                    T,
                                    T));
            return null;
        });

        NotificationRepository.SubmissionRef ref =
                in(tenant, (Tx tx) -> repo().submission(tx, s.id())).orElseThrow();
        List<NotificationRepository.InterviewDue> due =
                in(tenant, (Tx tx) -> repo().interviewsBetween(tx, T, T.plus(Duration.ofHours(48))));
        List<NotificationRepository.InterviewDue> later =
                in(tenant, (Tx tx) -> repo().interviewsBetween(tx, T, T.plus(Duration.ofHours(12))));

        assertThat(ref.watchers()).containsExactlyInAnyOrder(ann, bob);
        assertThat(ref.consultantName()).isEqualTo("Dev One");
        assertThat(ref.requirementTitle()).isEqualTo("Java Lead");
        assertThat(due).singleElement().satisfies(d -> {
            assertThat(d.interviewId()).isEqualTo(interview);
            assertThat(d.startsAt()).isEqualTo(starts.truncatedTo(ChronoUnit.MICROS));
            assertThat(d.timeZone()).isEqualTo("America/Chicago");
            assertThat(d.submission().watchers()).containsExactlyInAnyOrder(ann, bob);
        });
        assertThat(later).isEmpty();
        assertThat(in(tenant, (Tx tx) -> repo().activeUsers(tx))).containsExactlyInAnyOrder(ann, bob);
        // by name (no display name: the e-mail address), the choices of a consultant's owner
        assertThat(in(tenant, (Tx tx) -> repo().activeUserRefs(tx)))
                .containsExactly(
                        new NotificationRepository.UserRef(ann, "ann@example.com"),
                        new NotificationRepository.UserRef(bob, "bob@example.com"));
        TenantId other = stores().newTenant();
        assertThat(in(other, (Tx tx) -> repo().activeUserRefs(tx))).isEmpty();
    }

    @Test
    void digest_usersWhoAskedForIt_claimOncePerDay_andAReleaseAllowsAnotherClaim() {
        TenantId tenant = stores().newTenant();
        UUID ann = user(tenant, "ann@example.com");
        UUID bob = user(tenant, "bob@example.com");
        in(
                tenant,
                (Tx tx) -> repo().savePreferences(
                                tx,
                                ann,
                                new NotificationPreferences(0.7, EnumSet.allOf(NotificationKind.class), true, 0, null),
                                null,
                                T));
        in(
                tenant,
                (Tx tx) -> repo().savePreferences(
                                tx,
                                bob,
                                new NotificationPreferences(0.7, EnumSet.allOf(NotificationKind.class), false, 0, null),
                                null,
                                T));
        LocalDate day = LocalDate.parse("2026-12-01");
        UUID old = store(tenant, note(ann, "old"), T.minus(Duration.ofDays(2)));
        UUID fresh = store(tenant, note(ann, "fresh"), T);

        assertThat(in(tenant, (Tx tx) -> repo().digestUsers(tx)))
                .extracting(NotificationRepository.DigestUser::email)
                .containsExactly("ann@example.com");
        assertThat(in(tenant, (Tx tx) -> repo().unreadSince(tx, ann, T.minus(Duration.ofDays(1)), 10)))
                .extracting(Notification::id)
                .containsExactly(fresh)
                .doesNotContain(old);
        assertThat(in(tenant, (Tx tx) -> repo().claimDigest(tx, ann, day, 1, T)))
                .isTrue();
        assertThat(in(tenant, (Tx tx) -> repo().claimDigest(tx, ann, day, 1, T)))
                .isFalse();
        in(tenant, (Tx tx) -> {
            repo().releaseDigest(tx, ann, day);
            return null;
        });
        assertThat(in(tenant, (Tx tx) -> repo().claimDigest(tx, ann, day, 1, T)))
                .isTrue();
    }
}
