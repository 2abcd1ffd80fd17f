package com.benchcrm.marketing;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.ConflictException;
import com.benchcrm.common.Hashing;
import com.benchcrm.common.Ids;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.common.Validator;
import com.benchcrm.common.VersionMismatchException;
import com.benchcrm.company.Contact;
import com.benchcrm.company.ContactRepository;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * Drafted outreach a person approves (issue 15 item 3, ADR 0092). {@link #draftHotList} renders a hot
 * list for a distribution list with the deterministic template and stores it as a {@code DRAFT};
 * nothing is sent until {@link #approve} (Recruiter and above), which in one transaction freezes
 * the text, audits it ({@code outreach_draft.approved} with the subject and plain text), checks the
 * tenant's rules and queues one message per recipient. Recipients without consent or suppressed are
 * recorded {@code SUPPRESSED} and never mailed; when nobody is left, or the daily cap would be
 * passed, or the tenant has no postal address, the approval is refused (422) and nothing is queued.
 * A {@code SUBMISSION} draft ({@link SubmissionDrafts}, ADR 0101) has one recipient, the vendor
 * contact: no consent is asked (a one-to-one transactional mail), but a suppressed address, a
 * contact without one, or an attached RTR that no longer covers the submission (no longer valid, or
 * consenting to another rate than the submission's bill rate now; ADR 0108) refuses the approval.
 *
 * <pre>{@code
 * OutreachDraft d = outreach.draftHotList(caller, new Outreach.HotListDraftRequest(hotListId, listId));
 * Outreach.Approval a = outreach.approve(caller, d.id()); // queued to a.queued() recipients
 * }</pre>
 */
public final class Outreach {

    /** The body of {@code POST /v1/outreach/drafts}: a hot list to a distribution list. */
    public record HotListDraftRequest(UUID hotListId, UUID distributionListId) {
        void validate() {
            new Validator()
                    .required("/hotListId", hotListId)
                    .required("/distributionListId", distributionListId)
                    .throwIfInvalid();
        }
    }

    /** What an approval did: the approved draft, how many messages were queued, and who was left out and why. */
    public record Approval(OutreachDraft draft, int queued, List<Skipped> skipped) {}

    /** A contact of the list left out: {@code no-email}, {@code no-consent} or {@code suppressed}. */
    public record Skipped(UUID contactId, String reason) {}

    private final Transactions transactions;
    private final OutreachDraftRepository drafts;
    private final OutreachMessageRepository messages;
    private final HotLists hotLists;
    private final DistributionListRepository lists;
    private final ContactRepository contacts;
    private final ContactConsentRepository consents;
    private final SuppressionRepository suppressions;
    private final MarketingSettingsRepository settings;
    private final com.benchcrm.rtr.RtrRepository rtrs;
    private final com.benchcrm.submission.SubmissionRepository submissions;
    private final OutreachQueue queue;
    private final AuditLog audit;
    private final Ids ids;
    private final Clock clock;

    public Outreach(
            Transactions transactions,
            OutreachDraftRepository drafts,
            OutreachMessageRepository messages,
            HotLists hotLists,
            DistributionListRepository lists,
            ContactRepository contacts,
            ContactConsentRepository consents,
            SuppressionRepository suppressions,
            MarketingSettingsRepository settings,
            com.benchcrm.rtr.RtrRepository rtrs,
            com.benchcrm.submission.SubmissionRepository submissions,
            OutreachQueue queue,
            AuditLog audit,
            Ids ids,
            Clock clock) {
        this.transactions = transactions;
        this.drafts = drafts;
        this.messages = messages;
        this.hotLists = hotLists;
        this.lists = lists;
        this.contacts = contacts;
        this.consents = consents;
        this.suppressions = suppressions;
        this.settings = settings;
        this.rtrs = rtrs;
        this.submissions = submissions;
        this.queue = queue;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public OutreachDraft draftHotList(Caller caller, HotListDraftRequest request) {
        caller.require(Permission.MARKETING_WRITE);
        request.validate();
        return transactions.inTenant(caller.tenant(), tx -> {
            Validator v = new Validator();
            v.check(
                    lists.find(tx, request.distributionListId()).isPresent(),
                    "/distributionListId",
                    "no such distribution list");
            v.throwIfInvalid();
            RenderedHotList r;
            try {
                r = hotLists.render(tx, caller.tenant(), request.hotListId());
            } catch (NotFoundException e) {
                v.add("/hotListId", "no such hot list");
                v.throwIfInvalid();
                throw e;
            }
            Instant now = clock.instant();
            OutreachDraft draft = new OutreachDraft(
                    ids.next(),
                    OutreachDraft.Kind.HOT_LIST,
                    request.hotListId(),
                    request.distributionListId(),
                    null,
                    null,
                    r.subject(),
                    r.text(),
                    r.html(),
                    OutreachDraft.Generator.TEMPLATE,
                    OutreachDraft.Status.DRAFT,
                    null,
                    null,
                    caller.userId(),
                    1,
                    now,
                    now,
                    null,
                    null,
                    null,
                    null,
                    null);
            drafts.insert(tx, draft);
            audit.record(tx, caller, "outreach_draft.created", "outreach_draft", draft.id(), null, draft);
            return drafts.find(tx, draft.id()).orElseThrow();
        });
    }

    public OutreachDraft get(Caller caller, UUID id) {
        caller.require(Permission.MARKETING_READ);
        return transactions
                .inTenant(caller.tenant(), tx -> drafts.find(tx, id))
                .orElseThrow(() -> new NotFoundException("outreach_draft", id));
    }

    public Page<OutreachDraft> list(Caller caller, Optional<OutreachDraft.Status> status, PageRequest page) {
        caller.require(Permission.MARKETING_READ);
        var rows =
                transactions.inTenant(caller.tenant(), tx -> drafts.list(tx, status, page.after(), page.limit() + 1));
        return Page.fromOverfetch(rows, page.limit(), "outreach_draft", OutreachDraft::id);
    }

    public Page<OutreachMessage> sent(Caller caller, PageRequest page) {
        caller.require(Permission.MARKETING_READ);
        var rows = transactions.inTenant(caller.tenant(), tx -> messages.listSent(tx, page.after(), page.limit() + 1));
        return Page.fromOverfetch(rows, page.limit(), "outreach_message", OutreachMessage::id);
    }

    /** Every message of a draft, every status, in id order (tools and tests; the API pages). */
    public List<OutreachMessage> messages(Caller caller, UUID draftId) {
        caller.require(Permission.MARKETING_READ);
        return transactions.inTenant(caller.tenant(), tx -> {
            if (drafts.find(tx, draftId).isEmpty()) {
                throw new NotFoundException("outreach_draft", draftId);
            }
            return messages.listByDraft(tx, draftId, Optional.empty());
        });
    }

    /**
     * One page of a draft's messages in {@code status} (every status when empty), in id order, for the recruiter to
     * see who got it and who was left out.
     */
    public Page<OutreachMessage> messages(
            Caller caller, UUID draftId, Optional<OutreachMessage.Status> status, PageRequest page) {
        caller.require(Permission.MARKETING_READ);
        var rows = transactions.inTenant(caller.tenant(), tx -> {
            if (drafts.find(tx, draftId).isEmpty()) {
                throw new NotFoundException("outreach_draft", draftId);
            }
            return messages.listByDraftPage(tx, draftId, status, page.after(), page.limit() + 1);
        });
        return Page.fromOverfetch(rows, page.limit(), "outreach_message", OutreachMessage::id);
    }

    /**
     * Edits a draft's subject and text before approval (ADR 0105; {@link DraftEdit} says how the HTML
     * follows). Only a {@code DRAFT} can be edited (409 {@code draft-not-pending}); with {@code ifMatch}, only
     * that version (412). An edit that changes nothing returns the draft as it is. Audited as
     * {@code outreach_draft.edited} with the fields changed and the new subject and text.
     */
    public OutreachDraft edit(Caller caller, UUID id, DraftEdit edit, OptionalLong ifMatch) {
        caller.require(Permission.MARKETING_WRITE);
        return transactions.inTenant(caller.tenant(), tx -> {
            OutreachDraft draft =
                    drafts.findForUpdate(tx, id).orElseThrow(() -> new NotFoundException("outreach_draft", id));
            if (ifMatch.isPresent() && ifMatch.getAsLong() != draft.version()) {
                throw new VersionMismatchException("outreach_draft", ifMatch.getAsLong(), draft.version());
            }
            if (draft.status() != OutreachDraft.Status.DRAFT) {
                throw new ConflictException(
                        "draft-not-pending", "draft " + id + " is " + draft.status() + "; only a DRAFT can be edited");
            }
            DraftEdit.Text text = edit.applyTo(draft);
            if (text.changed().isEmpty()) {
                return draft;
            }
            OutreachDraft edited =
                    draft.edited(text.subject(), text.bodyText(), text.bodyHtml(), caller.userId(), clock.instant());
            drafts.updateText(tx, edited);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("changed", String.join(",", text.changed()));
            details.put("subject", edited.subject());
            details.put("text", edited.bodyText());
            details.put("textSha256Before", Hashing.sha256(draft.bodyText()));
            audit.record(tx, caller, "outreach_draft.edited", "outreach_draft", id, draft, edited, details);
            return drafts.find(tx, id).orElseThrow();
        });
    }

    public Approval approve(Caller caller, UUID id) {
        caller.require(Permission.OUTREACH_APPROVE);
        Approval approval = transactions.inTenant(caller.tenant(), tx -> {
            OutreachDraft draft =
                    drafts.findForUpdate(tx, id).orElseThrow(() -> new NotFoundException("outreach_draft", id));
            if (draft.status() != OutreachDraft.Status.DRAFT) {
                throw new ConflictException(
                        "draft-not-pending",
                        "draft " + id + " is " + draft.status() + "; only a DRAFT can be approved");
            }
            MarketingSettings policy = MarketingSettings.inForce(settings, tx);
            if (policy.postalAddress() == null) {
                throw new OutreachRefusedException(
                        "postal-address-required",
                        "every marketing mail carries the sender's postal address; set postalAddress in"
                                + " /v1/settings/marketing first");
            }
            Instant now = clock.instant();
            String domain = messageIdDomain(policy);
            List<OutreachMessage> rows = new ArrayList<>();
            List<Skipped> skipped = new ArrayList<>();
            int eligible;
            if (draft.kind() == OutreachDraft.Kind.SUBMISSION) {
                rows.add(submissionRecipient(tx, draft, now, domain));
                eligible = 1;
            } else {
                eligible = listRecipients(tx, draft, now, domain, rows, skipped);
            }
            Instant dayStart = LocalDate.ofInstant(now, ZoneOffset.UTC)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
            int today = messages.countQueuedSince(tx, dayStart);
            if (today + eligible > policy.dailySendCap()) {
                throw new OutreachRefusedException(
                        "daily-send-cap",
                        "sending to " + eligible + " recipients would pass the daily cap of " + policy.dailySendCap()
                                + " (" + today + " queued today)");
            }
            OutreachDraft approved = draft.approved(caller.userId(), now);
            drafts.updateStatus(tx, approved);
            messages.insertAllIfAbsent(tx, rows);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("subject", approved.subject());
            details.put("text", approved.bodyText());
            details.put("htmlSha256", Hashing.sha256(approved.bodyHtml()));
            details.put("recipients", eligible);
            details.put("skipped", skipped.size());
            if (draft.rtrId() != null) {
                details.put("attachment", draft.attachmentName());
                details.put("rtrId", draft.rtrId().toString());
            }
            audit.record(tx, caller, "outreach_draft.approved", "outreach_draft", id, draft, approved, details);
            return new Approval(approved, eligible, List.copyOf(skipped));
        });
        List<UUID> queued = transactions.inTenant(
                caller.tenant(),
                tx -> messages.listByDraft(tx, id, Optional.of(OutreachMessage.Status.QUEUED)).stream()
                        .map(OutreachMessage::id)
                        .toList());
        queue.enqueue(caller.tenant(), queued);
        return approval;
    }

    /** The list's recipients as message rows (the skipped ones {@code SUPPRESSED}); how many may be mailed. */
    private int listRecipients(
            Tx tx, OutreachDraft draft, Instant now, String domain, List<OutreachMessage> rows, List<Skipped> skipped) {
        DistributionList list = lists.find(tx, draft.distributionListId())
                .orElseThrow(() ->
                        new OutreachRefusedException("no-consent", "the draft's distribution list no longer exists"));
        Map<UUID, Contact> byId = new LinkedHashMap<>();
        contacts.findMany(tx, list.contactIds()).forEach(c -> byId.put(c.id(), c));
        Map<UUID, ContactConsent> consented = consents.findMany(tx, byId.keySet());
        List<String> addresses = byId.values().stream()
                .filter(c -> c.email() != null)
                .map(c -> Suppression.key(c.email()))
                .toList();
        Set<String> suppressed = suppressions.suppressed(tx, addresses);
        Set<String> seen = new java.util.HashSet<>();
        int eligible = 0;
        int withConsent = 0;
        for (UUID contactId : list.contactIds()) {
            Contact c = byId.get(contactId);
            if (c == null) {
                continue;
            }
            if (c.email() == null) {
                skipped.add(new Skipped(contactId, "no-email"));
                continue;
            }
            String email = Suppression.key(c.email());
            if (!seen.add(email)) {
                continue;
            }
            if (!consented.containsKey(contactId)) {
                skipped.add(new Skipped(contactId, "no-consent"));
                rows.add(
                        message(draft, email, contactId, domain, OutreachMessage.Status.SUPPRESSED, "no consent", now));
                continue;
            }
            withConsent++;
            if (suppressed.contains(email)) {
                skipped.add(new Skipped(contactId, "suppressed"));
                rows.add(
                        message(draft, email, contactId, domain, OutreachMessage.Status.SUPPRESSED, "suppressed", now));
                continue;
            }
            eligible++;
            rows.add(message(draft, email, contactId, domain, OutreachMessage.Status.QUEUED, null, now));
        }
        if (withConsent == 0) {
            throw new OutreachRefusedException(
                    "no-consent",
                    "no contact of distribution list " + list.id() + " has consent on record (" + byId.size()
                            + " contacts); record consent at /v1/contacts/{id}/consent first");
        }
        if (eligible == 0) {
            throw new OutreachRefusedException(
                    "recipient-suppressed",
                    "every consenting contact of distribution list " + list.id() + " is on the suppression list");
        }
        return eligible;
    }

    /**
     * A submission mail's one recipient (ADR 0101): the vendor contact, with an address, not
     * suppressed. Consent is not asked: the mail is a one-to-one transactional mail to the vendor the
     * consultant is submitted to, not marketing. The attached RTR must still cover the submission as it
     * is now ({@link com.benchcrm.rtr.RtrRules}: valid, and consenting to the submission's current bill rate,
     * which may have changed since the draft was made; ADR 0108).
     */
    private OutreachMessage submissionRecipient(Tx tx, OutreachDraft draft, Instant now, String domain) {
        SubmissionDrafts.AttachedRtr attached = SubmissionDrafts.attachedRtr(tx, rtrs, submissions, draft, now);
        com.benchcrm.rtr.Rtr rtr = attached.rtr();
        if (rtr == null) {
            throw new OutreachRefusedException("rtr-required", attached.problem());
        }
        if (attached.problem() != null) {
            throw new com.benchcrm.submission.RtrRequiredException(
                    rtr.consultantId(), rtr.requirementId(), rtr.vendorCompanyId(), List.of(attached.problem()));
        }
        Contact c = draft.contactId() == null
                ? null
                : contacts.find(tx, draft.contactId()).orElse(null);
        if (c == null || c.email() == null || c.email().isBlank()) {
            throw new OutreachRefusedException(
                    "no-recipient", "the draft's vendor contact no longer exists or has no e-mail address");
        }
        String email = Suppression.key(c.email());
        if (!suppressions.suppressed(tx, List.of(email)).isEmpty()) {
            throw new OutreachRefusedException(
                    "recipient-suppressed", "the vendor contact's address is on the suppression list");
        }
        return message(draft, email, c.id(), domain, OutreachMessage.Status.QUEUED, null, now);
    }

    /** A recipient's row: a fresh id that also names its Message-ID at the tenant's domain. */
    private OutreachMessage message(
            OutreachDraft draft,
            String email,
            UUID contactId,
            String domain,
            OutreachMessage.Status status,
            @org.jspecify.annotations.Nullable String reason,
            Instant now) {
        UUID rowId = ids.next();
        return new OutreachMessage(
                rowId, draft.id(), email, contactId, "<" + rowId + "@" + domain + ">", status, reason, now, null, null);
    }

    static String messageIdDomain(MarketingSettings policy) {
        String from = policy.fromAddress();
        if (from != null && from.indexOf('@') > 0) {
            return from.substring(from.indexOf('@') + 1).toLowerCase(java.util.Locale.ROOT);
        }
        return "benchcrm.local";
    }
}
