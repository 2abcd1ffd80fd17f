package com.benchcrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.company.ContactInput;
import com.benchcrm.marketing.ConsentBasis;
import com.benchcrm.marketing.ContactConsent;
import com.benchcrm.marketing.DistributionList;
import com.benchcrm.marketing.DistributionListInput;
import com.benchcrm.marketing.DistributionTier;
import com.benchcrm.marketing.OutreachDraft;
import com.benchcrm.marketing.OutreachMessage;
import com.benchcrm.marketing.Suppression;
import com.benchcrm.marketing.SuppressionReason;
import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What every distribution list, consent, suppression, draft and message repository does, PostgreSQL
 * or in memory: the keys that make sends idempotent, the counts the daily cap reads, and that no
 * tenant sees or changes another's rows.
 */
public abstract class OutreachRepositoryContract {

    static final Instant NOW = Instant.parse("2026-12-06T10:00:00.123456Z");

    protected abstract Stores stores();

    private <T> T in(TenantId tenant, Function<Tx, T> work) {
        return stores().transactions().inTenant(tenant, work);
    }

    private UUID contact(TenantId tenant, String email) {
        UUID id = Samples.id();
        in(tenant, (Tx t) -> {
            stores().contacts().insert(t, id, new ContactInput(null, "Pat " + email, email, null, null, null), NOW);
            return null;
        });
        return id;
    }

    private UUID list(TenantId tenant, List<UUID> contacts) {
        UUID id = Samples.id();
        in(tenant, (Tx t) -> {
            stores().distributionLists()
                    .insert(
                            t,
                            id,
                            new DistributionListInput(
                                    " Java vendors ",
                                    List.of("Java", "AWS"),
                                    "Texas",
                                    DistributionTier.TIER_1,
                                    contacts),
                            NOW);
            return null;
        });
        return id;
    }

    private OutreachDraft draft(TenantId tenant, UUID listId) {
        OutreachDraft d = new OutreachDraft(
                Samples.id(),
                OutreachDraft.Kind.HOT_LIST,
                Samples.id(),
                listId,
                null,
                null,
                "Hot list: Java (2)",
                "text body",
                "<p>html body</p>",
                OutreachDraft.Generator.TEMPLATE,
                OutreachDraft.Status.DRAFT,
                null,
                null,
                "u1",
                1,
                NOW,
                NOW,
                null,
                null,
                null,
                null,
                null);
        in(tenant, (Tx t) -> {
            stores().outreachDrafts().insert(t, d);
            return null;
        });
        return d;
    }

    private static OutreachMessage message(UUID draft, String to, OutreachMessage.Status status, Instant at) {
        UUID id = Samples.id();
        return new OutreachMessage(id, draft, to, null, "<" + id + "@acme.example>", status, null, at, null, null);
    }

    @Test
    void distributionList_roundTrip_andInvisibleToAnotherTenant() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        UUID a = contact(tenant, "a@vendor.example");
        UUID b = contact(tenant, "b@vendor.example");
        UUID id = list(tenant, List.of(b, a));

        DistributionList d =
                in(tenant, (Tx t) -> stores().distributionLists().find(t, id)).orElseThrow();
        assertThat(d.name()).isEqualTo("Java vendors");
        assertThat(d.skillFocus()).containsExactly("Java", "AWS");
        assertThat(d.region()).isEqualTo("Texas");
        assertThat(d.tier()).isEqualTo(DistributionTier.TIER_1);
        assertThat(d.contactIds()).containsExactly(b, a);
        in(tenant, (Tx t) -> {
            stores().distributionLists()
                    .update(
                            t,
                            d,
                            new DistributionListInput("Renamed", null, null, null, List.of(a)),
                            NOW.plusSeconds(1));
            return null;
        });
        DistributionList u =
                in(tenant, (Tx t) -> stores().distributionLists().find(t, id)).orElseThrow();
        assertThat(u.contactIds()).containsExactly(a);
        assertThat(u.tier()).isNull();
        assertThat(u.version()).isEqualTo(2);

        assertThat(in(other, (Tx t) -> stores().distributionLists().find(t, id)))
                .isEmpty();
        assertThat(in(other, (Tx t) -> stores().distributionLists().list(t, Optional.empty(), 10)))
                .isEmpty();
    }

    @Test
    void consent_upsertFindManyAndCascade_perTenant() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        UUID a = contact(tenant, "c@vendor.example");
        UUID b = contact(tenant, "d@vendor.example");
        ContactConsent ca = new ContactConsent(a, ConsentBasis.OPT_IN, NOW.minusSeconds(86_400), "web form", "u1", NOW);
        in(tenant, (Tx t) -> {
            stores().consents()
                    .upsert(t, new ContactConsent(a, ConsentBasis.LEGITIMATE_INTEREST, NOW, null, "u0", NOW));
            stores().consents().upsert(t, ca);
            return null;
        });
        assertThat(in(tenant, (Tx t) -> stores().consents().findMany(t, Set.of(a, b))))
                .containsOnlyKeys(a)
                .containsEntry(a, ca);
        assertThat(in(other, (Tx t) -> stores().consents().find(t, a))).isEmpty();

        in(tenant, (Tx t) -> {
            stores().contacts().delete(t, a);
            return null;
        });
        assertThat(in(tenant, (Tx t) -> stores().consents().find(t, a))).isEmpty();
    }

    @Test
    void suppression_firstReasonStays_caseInsensitive_orderedAndPerTenant() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        boolean first = in(
                tenant,
                (Tx t) -> stores().suppressions()
                        .insertIfAbsent(
                                t,
                                new Suppression(
                                        "Bounce@Vendor.example", SuppressionReason.BOUNCED, "Bounce m1", "ses", NOW)));
        boolean second = in(
                tenant,
                (Tx t) -> stores().suppressions()
                        .insertIfAbsent(
                                t,
                                new Suppression("bounce@vendor.example", SuppressionReason.MANUAL, null, "u1", NOW)));
        in(
                tenant,
                (Tx t) -> stores().suppressions()
                        .insertIfAbsent(
                                t,
                                new Suppression(
                                        "a@vendor.example", SuppressionReason.UNSUBSCRIBED, null, "link", NOW)));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(in(tenant, (Tx t) -> stores().suppressions().find(t, "BOUNCE@vendor.example")))
                .map(Suppression::reason)
                .contains(SuppressionReason.BOUNCED);
        assertThat(in(
                        tenant,
                        (Tx t) -> stores().suppressions()
                                .suppressed(
                                        t,
                                        List.of("Bounce@vendor.example", "fresh@vendor.example", "a@vendor.example"))))
                .containsExactlyInAnyOrder("bounce@vendor.example", "a@vendor.example");
        assertThat(in(tenant, (Tx t) -> stores().suppressions().list(t, Optional.empty(), 10)))
                .extracting(Suppression::email)
                .containsExactly("a@vendor.example", "bounce@vendor.example");
        assertThat(in(tenant, (Tx t) -> stores().suppressions().list(t, Optional.of("a@vendor.example"), 10)))
                .extracting(Suppression::email)
                .containsExactly("bounce@vendor.example");
        assertThat(in(other, (Tx t) -> stores().suppressions().suppressed(t, List.of("a@vendor.example"))))
                .isEmpty();
        assertThat(in(other, (Tx t) -> stores().suppressions().delete(t, "a@vendor.example")))
                .isFalse();
        assertThat(in(tenant, (Tx t) -> stores().suppressions().delete(t, "A@vendor.example")))
                .isTrue();
        assertThat(in(tenant, (Tx t) -> stores().suppressions().find(t, "a@vendor.example")))
                .isEmpty();
    }

    @Test
    void submissionDraft_keepsItsRtrAttachmentAndGeneratorNote_throughApproval_andIsInvisibleToAnotherTenant() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        UUID contact = contact(tenant, "bea@vendor.example");
        UUID rtr = Samples.id();
        OutreachDraft d = new OutreachDraft(
                Samples.id(),
                OutreachDraft.Kind.SUBMISSION,
                null,
                null,
                Samples.id(),
                contact,
                "Submission: Avery Example for Java Developer",
                "text body",
                "<p>html body</p>",
                OutreachDraft.Generator.TEMPLATE,
                OutreachDraft.Status.DRAFT,
                null,
                null,
                "u1",
                1,
                NOW,
                NOW,
                rtr,
                "RTR Avery.txt",
                "invalid-output: the model wrote nothing; written from the template instead",
                null,
                null);
        in(tenant, (Tx t) -> {
            stores().outreachDrafts().insert(t, d);
            stores().outreachDrafts().updateStatus(t, d.approved("u2", NOW.plusSeconds(5)));
            return null;
        });

        OutreachDraft read =
                in(tenant, (Tx t) -> stores().outreachDrafts().find(t, d.id())).orElseThrow();
        assertThat(read.kind()).isEqualTo(OutreachDraft.Kind.SUBMISSION);
        assertThat(read.submissionId()).isEqualTo(d.submissionId());
        assertThat(read.contactId()).isEqualTo(contact);
        assertThat(read.rtrId()).isEqualTo(rtr);
        assertThat(read.attachmentName()).isEqualTo("RTR Avery.txt");
        assertThat(read.generatorNote()).startsWith("invalid-output: the model wrote nothing");
        assertThat(read.status()).isEqualTo(OutreachDraft.Status.APPROVED);
        assertThat(in(other, (Tx t) -> stores().outreachDrafts().find(t, d.id())))
                .isEmpty();
    }

    @Test
    void draft_insertListAndApprove_keepsTheTextAndFiltersByStatus() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        OutreachDraft d = draft(tenant, Samples.id());
        OutreachDraft kept = draft(tenant, Samples.id());
        OutreachDraft approved = d.approved("u2", NOW.plusSeconds(60));
        in(tenant, (Tx t) -> {
            stores().outreachDrafts().updateStatus(t, approved);
            return null;
        });

        OutreachDraft read =
                in(tenant, (Tx t) -> stores().outreachDrafts().find(t, d.id())).orElseThrow();
        assertThat(read).isEqualTo(approved);
        assertThat(read.bodyText()).isEqualTo("text body");
        assertThat(in(
                        tenant,
                        (Tx t) -> stores().outreachDrafts()
                                .list(t, Optional.of(OutreachDraft.Status.DRAFT), Optional.empty(), 10)))
                .extracting(OutreachDraft::id)
                .containsExactly(kept.id());
        assertThat(in(tenant, (Tx t) -> stores().outreachDrafts().list(t, Optional.empty(), Optional.empty(), 10)))
                .extracting(OutreachDraft::id)
                .containsExactly(kept.id(), d.id());
        assertThat(in(other, (Tx t) -> stores().outreachDrafts().find(t, d.id())))
                .isEmpty();
    }

    @Test
    void draft_editedText_isStoredWithItsMarker_onlyWhileADraft_andOnlyInItsTenant() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        OutreachDraft d = draft(tenant, Samples.id());
        OutreachDraft edited = d.edited("Java leads", "new text\n", "<p>new text</p>", "u3", NOW.plusSeconds(30));
        in(other, (Tx t) -> {
            stores().outreachDrafts().updateText(t, edited);
            return null;
        });
        assertThat(in(tenant, (Tx t) -> stores().outreachDrafts().find(t, d.id())))
                .as("another tenant's update reaches nothing")
                .contains(d);

        in(tenant, (Tx t) -> {
            stores().outreachDrafts().updateText(t, edited);
            return null;
        });
        OutreachDraft read =
                in(tenant, (Tx t) -> stores().outreachDrafts().find(t, d.id())).orElseThrow();
        assertThat(read).isEqualTo(edited);
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.editedBy()).isEqualTo("u3");
        assertThat(read.editedAt()).isEqualTo(NOW.plusSeconds(30));

        OutreachDraft approved = read.approved("u2", NOW.plusSeconds(60));
        in(tenant, (Tx t) -> {
            stores().outreachDrafts().updateStatus(t, approved);
            stores().outreachDrafts()
                    .updateText(t, approved.edited("late", "late text\n", "<p>late</p>", "u3", NOW.plusSeconds(90)));
            return null;
        });
        OutreachDraft after =
                in(tenant, (Tx t) -> stores().outreachDrafts().find(t, d.id())).orElseThrow();
        assertThat(after.subject()).as("an approved draft's text is frozen").isEqualTo("Java leads");
        assertThat(after.bodyText()).isEqualTo("new text\n");
        assertThat(after.status()).isEqualTo(OutreachDraft.Status.APPROVED);
    }

    @Test
    void messages_uniquePerDraftAndRecipient_countedAndSentOnce() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        OutreachDraft d = draft(tenant, Samples.id());
        OutreachMessage a = message(d.id(), "a@vendor.example", OutreachMessage.Status.QUEUED, NOW);
        OutreachMessage b = message(d.id(), "b@vendor.example", OutreachMessage.Status.QUEUED, NOW);
        OutreachMessage s = message(d.id(), "s@vendor.example", OutreachMessage.Status.SUPPRESSED, NOW);
        OutreachMessage yesterday = message(
                draft(tenant, Samples.id()).id(),
                "y@vendor.example",
                OutreachMessage.Status.QUEUED,
                NOW.minusSeconds(86_400));

        int stored =
                in(tenant, (Tx t) -> stores().outreachMessages().insertAllIfAbsent(t, List.of(a, b, s, yesterday)));
        int again = in(
                tenant,
                (Tx t) -> stores().outreachMessages()
                        .insertAllIfAbsent(
                                t, List.of(message(d.id(), "a@vendor.example", OutreachMessage.Status.QUEUED, NOW))));

        assertThat(stored).isEqualTo(4);
        assertThat(again).isZero();
        assertThat(in(tenant, (Tx t) -> stores().outreachMessages().countQueuedSince(t, NOW.minusSeconds(60))))
                .isEqualTo(2);
        assertThat(in(
                        tenant,
                        (Tx t) -> stores().outreachMessages()
                                .listByDraft(t, d.id(), Optional.of(OutreachMessage.Status.QUEUED))))
                .extracting(OutreachMessage::recipient)
                .containsExactlyInAnyOrder("a@vendor.example", "b@vendor.example");

        List<OutreachMessage> inIdOrder = java.util.stream.Stream.of(a, b, s)
                .sorted(java.util.Comparator.comparing(OutreachMessage::id, com.benchcrm.testing.memory.Uuids.ORDER))
                .toList();
        List<OutreachMessage> page1 = in(
                tenant,
                (Tx t) ->
                        stores().outreachMessages().listByDraftPage(t, d.id(), Optional.empty(), Optional.empty(), 2));
        assertThat(page1)
                .extracting(OutreachMessage::id)
                .containsExactly(inIdOrder.get(0).id(), inIdOrder.get(1).id());
        assertThat(in(
                        tenant,
                        (Tx t) -> stores().outreachMessages()
                                .listByDraftPage(
                                        t,
                                        d.id(),
                                        Optional.empty(),
                                        Optional.of(page1.get(1).id()),
                                        2)))
                .extracting(OutreachMessage::id)
                .as("the page after the cursor, the other draft's message left out")
                .containsExactly(inIdOrder.get(2).id());
        assertThat(in(
                        tenant,
                        (Tx t) -> stores().outreachMessages()
                                .listByDraftPage(
                                        t,
                                        d.id(),
                                        Optional.of(OutreachMessage.Status.SUPPRESSED),
                                        Optional.empty(),
                                        10)))
                .extracting(OutreachMessage::id)
                .containsExactly(s.id());
        assertThat(in(
                        other,
                        (Tx t) -> stores().outreachMessages()
                                .listByDraftPage(t, d.id(), Optional.empty(), Optional.empty(), 10)))
                .isEmpty();

        in(tenant, (Tx t) -> {
            stores().outreachMessages()
                    .updateOutcome(t, a.id(), OutreachMessage.Status.SENT, null, NOW.plusSeconds(5), "a.eml");
            return null;
        });
        OutreachMessage sent = in(tenant, (Tx t) -> stores().outreachMessages().findByMessageId(t, a.messageId()))
                .orElseThrow();
        assertThat(sent.status()).isEqualTo(OutreachMessage.Status.SENT);
        assertThat(sent.sentAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(sent.location()).isEqualTo("a.eml");
        assertThat(in(tenant, (Tx t) -> stores().outreachMessages().listSent(t, Optional.empty(), 10)))
                .extracting(OutreachMessage::id)
                .containsExactly(a.id());

        assertThat(in(other, (Tx t) -> stores().outreachMessages().findByMessageId(t, a.messageId())))
                .isEmpty();
        assertThat(in(other, (Tx t) -> stores().outreachMessages().listSent(t, Optional.empty(), 10)))
                .isEmpty();
        assertThat(in(other, (Tx t) -> stores().outreachMessages().countQueuedSince(t, NOW.minusSeconds(60))))
                .isZero();
    }

    @Test
    void messages_queuedBetween_onlyStillQueuedInTheWindow_oldestFirst_perTenant() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        OutreachDraft d = draft(tenant, Samples.id());
        OutreachMessage hourOld =
                message(d.id(), "h@vendor.example", OutreachMessage.Status.QUEUED, NOW.minusSeconds(3600));
        OutreachMessage twoHoursOld =
                message(d.id(), "t@vendor.example", OutreachMessage.Status.QUEUED, NOW.minusSeconds(7200));
        OutreachMessage fresh =
                message(d.id(), "f@vendor.example", OutreachMessage.Status.QUEUED, NOW.minusSeconds(60));
        OutreachMessage twoDaysOld =
                message(d.id(), "o@vendor.example", OutreachMessage.Status.QUEUED, NOW.minusSeconds(172_800));
        OutreachMessage sent = message(d.id(), "s@vendor.example", OutreachMessage.Status.SENT, NOW.minusSeconds(3600));
        in(
                tenant,
                (Tx t) -> stores().outreachMessages()
                        .insertAllIfAbsent(t, List.of(hourOld, twoHoursOld, fresh, twoDaysOld, sent)));
        Instant from = NOW.minusSeconds(86_400);
        Instant to = NOW.minusSeconds(1800);

        assertThat(in(tenant, (Tx t) -> stores().outreachMessages().listQueuedBetween(t, from, to, 10)))
                .containsExactly(twoHoursOld.id(), hourOld.id());
        assertThat(in(tenant, (Tx t) -> stores().outreachMessages().listQueuedBetween(t, from, to, 1)))
                .containsExactly(twoHoursOld.id());
        assertThat(in(other, (Tx t) -> stores().outreachMessages().listQueuedBetween(t, from, to, 10)))
                .isEmpty();
        assertThat(stores().transactions().withoutTenant(stores().outreachMessages()::activeTenants))
                .contains(tenant);
    }
}
