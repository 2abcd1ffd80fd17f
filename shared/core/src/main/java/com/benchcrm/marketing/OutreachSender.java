package com.benchcrm.marketing;

import com.benchcrm.persistence.Transactions;
import com.benchcrm.tenancy.TenantId;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends one queued message (the queue's worker, ADR 0093). Idempotent per (draft, recipient): under
 * the message's row lock it sends only a {@code QUEUED} message and records it {@code SENT} in the
 * same transaction, so a redelivery or a retry finds it sent and does nothing. It checks again what
 * the approval checked, because time passed: the draft must be {@code APPROVED} (never an unapproved
 * draft), the address must not have been suppressed since (an unsubscribe is honoured at once). Every
 * mail carries RFC 8058 one-click unsubscribe ({@code List-Unsubscribe} with an https and a mailto
 * URI, {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}), the tenant's postal address and
 * its Message-ID. A submission mail (ADR 0101) carries its RTR's recorded document as a
 * {@code text/plain} attachment, and is not sent ({@code FAILED rtr-invalid}) when that RTR no longer
 * covers the submission: revoked or expired since the approval, or consenting to another rate than the
 * submission's bill rate now (the approval's rule, {@link com.benchcrm.rtr.RtrRules}; ADR 0108).
 *
 * <p>A failure of the mail provider throws {@link MailSender.MailSendException}: the transaction
 * rolls back and the message stays {@code QUEUED} for the next attempt (the batch item fails). The
 * window between the provider taking the mail and the commit is the one place a crash can cause a
 * second send.
 */
public final class OutreachSender {

    private final Transactions transactions;
    private final OutreachDraftRepository drafts;
    private final OutreachMessageRepository messages;
    private final SuppressionRepository suppressions;
    private final MarketingSettingsRepository settings;
    private final com.benchcrm.rtr.RtrRepository rtrs;
    private final com.benchcrm.submission.SubmissionRepository submissions;
    private final MailSender sender;
    private final UnsubscribeTokens tokens;
    private final String publicBaseUrl;
    private final String unsubscribeMailbox;
    private final Clock clock;

    /**
     * @param publicBaseUrl      where the public unsubscribe route is reached ({@code https://api.example.com})
     * @param unsubscribeMailbox the mailto target of {@code List-Unsubscribe}; blank: no mailto variant (nothing
     *     reads such a mailbox yet, so none is advertised by default)
     */
    public OutreachSender(
            Transactions transactions,
            OutreachDraftRepository drafts,
            OutreachMessageRepository messages,
            SuppressionRepository suppressions,
            MarketingSettingsRepository settings,
            com.benchcrm.rtr.RtrRepository rtrs,
            com.benchcrm.submission.SubmissionRepository submissions,
            MailSender sender,
            UnsubscribeTokens tokens,
            String publicBaseUrl,
            String unsubscribeMailbox,
            Clock clock) {
        this.transactions = transactions;
        this.drafts = drafts;
        this.messages = messages;
        this.suppressions = suppressions;
        this.settings = settings;
        this.rtrs = rtrs;
        this.submissions = submissions;
        this.sender = sender;
        this.tokens = tokens;
        this.publicBaseUrl =
                publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        this.unsubscribeMailbox = unsubscribeMailbox;
        this.clock = clock;
    }

    /** Sends message {@code id} of {@code tenant} unless it is no longer queued; the status it ends in. */
    public OutreachMessage.Status send(TenantId tenant, UUID id) {
        return transactions.inTenant(tenant, tx -> {
            OutreachMessage m = messages.findForUpdate(tx, id).orElse(null);
            if (m == null || m.status() != OutreachMessage.Status.QUEUED) {
                return m == null ? OutreachMessage.Status.FAILED : m.status();
            }
            OutreachDraft draft = drafts.find(tx, m.draftId()).orElse(null);
            if (draft == null || draft.status() != OutreachDraft.Status.APPROVED) {
                messages.updateOutcome(tx, id, OutreachMessage.Status.FAILED, "draft-not-approved", null, null);
                return OutreachMessage.Status.FAILED;
            }
            if (!suppressions.suppressed(tx, java.util.List.of(m.recipient())).isEmpty()) {
                messages.updateOutcome(tx, id, OutreachMessage.Status.SUPPRESSED, "suppressed", null, null);
                return OutreachMessage.Status.SUPPRESSED;
            }
            MarketingSettings policy = settings.find(tx).orElseGet(MarketingSettings::defaults);
            if (policy.postalAddress() == null) {
                messages.updateOutcome(tx, id, OutreachMessage.Status.FAILED, "postal-address-required", null, null);
                return OutreachMessage.Status.FAILED;
            }
            List<OutboundMail.Attachment> attachments = List.of();
            if (draft.rtrId() != null) {
                SubmissionDrafts.AttachedRtr attached =
                        SubmissionDrafts.attachedRtr(tx, rtrs, submissions, draft, clock.instant());
                com.benchcrm.rtr.Rtr rtr = attached.rtr();
                if (rtr == null || attached.problem() != null) { // a missing RTR has its problem too
                    messages.updateOutcome(
                            tx, id, OutreachMessage.Status.FAILED, "rtr-invalid: " + attached.problem(), null, null);
                    return OutreachMessage.Status.FAILED;
                }
                attachments = List.of(new OutboundMail.Attachment(
                        draft.attachmentName(),
                        "text/plain; charset=UTF-8",
                        rtr.documentText().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            String location = sender.send(tenant, compose(tenant, draft, m, policy, attachments));
            messages.updateOutcome(tx, id, OutreachMessage.Status.SENT, null, clock.instant(), location);
            return OutreachMessage.Status.SENT;
        });
    }

    OutboundMail compose(
            TenantId tenant,
            OutreachDraft draft,
            OutreachMessage m,
            MarketingSettings policy,
            List<OutboundMail.Attachment> attachments) {
        String token = tokens.issue(tenant, m.recipient());
        String url = publicBaseUrl + "/v1/unsubscribe/" + token;
        String sender = policy.senderName() == null ? "BenchCRM" : policy.senderName();
        String text = draft.bodyText() + "\n--\n" + sender + "\n" + policy.postalAddress()
                + "\nYou receive this mail as a vendor contact of " + sender + ". Unsubscribe with one click: "
                + url + "\n";
        String footer = "<hr><p>" + Html.text(sender) + "<br>"
                + Html.text(policy.postalAddress()).replace("\n", "<br>")
                + "</p><p>You receive this mail as a vendor contact of " + Html.text(sender)
                + ". <a href=\"" + Html.text(url) + "\">Unsubscribe</a></p>";
        String html = draft.bodyHtml().contains("</body>")
                ? draft.bodyHtml().replace("</body>", footer + "</body>")
                : draft.bodyHtml() + footer;
        Map<String, String> headers = new LinkedHashMap<>();
        // the mailto variant only where a mailbox is configured and read; the https one-click is RFC 8058's
        headers.put(
                "List-Unsubscribe",
                unsubscribeMailbox.isBlank()
                        ? "<" + url + ">"
                        : "<" + url + ">, <mailto:" + unsubscribeMailbox + "?subject=unsubscribe%20" + token + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        String from = policy.fromAddress() == null ? "bench@" + Outreach.messageIdDomain(policy) : policy.fromAddress();
        return new OutboundMail(
                from, sender, m.recipient(), draft.subject(), text, html, m.messageId(), headers, attachments);
    }
}
