package com.benchcrm.marketing;

import com.benchcrm.activity.Activity;
import com.benchcrm.activity.ActivityKind;
import com.benchcrm.activity.ActivityRepository;
import com.benchcrm.common.Ids;
import com.benchcrm.mail.ParsedMail;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replies come back (issue 15 item 4, ADR 0094): a mail arriving at the tenant's ingest address whose
 * {@code In-Reply-To} or {@code References} names the Message-ID of a mail BenchCRM sent is threaded
 * to it: an {@code EMAIL} activity on the hot list (or the submission) the mail was about, and the
 * domain event {@code OutreachReplyReceived}. The mail is still ingested as usual afterwards, so a
 * reply that carries a requirement becomes one.
 *
 * <pre>{@code
 * Optional<OutreachReplies.Reply> r = replies.thread(caller, parsedMail, receivedAt);
 * }</pre>
 */
public final class OutreachReplies {

    /** The event type. */
    public static final String EVENT = "OutreachReplyReceived";

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,250}>");

    /** A reply threaded to the outbound mail it answers. */
    public record Reply(
            String outboundMessageId,
            UUID draftId,
            OutreachDraft.Kind kind,
            UUID subjectId,
            String from,
            Instant receivedAt) {}

    private final Transactions transactions;
    private final OutreachMessageRepository messages;
    private final OutreachDraftRepository drafts;
    private final ActivityRepository activities;
    private final Outbox outbox;
    private final Ids ids;
    private final Clock clock;

    public OutreachReplies(
            Transactions transactions,
            OutreachMessageRepository messages,
            OutreachDraftRepository drafts,
            ActivityRepository activities,
            Outbox outbox,
            Ids ids,
            Clock clock) {
        this.transactions = transactions;
        this.messages = messages;
        this.drafts = drafts;
        this.activities = activities;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
    }

    /** The Message-IDs a mail answers: {@code In-Reply-To} first, then {@code References} newest first. */
    public static List<String> answered(ParsedMail mail) {
        List<String> out = new ArrayList<>();
        add(out, mail.headers().get("in-reply-to"));
        List<String> refs = new ArrayList<>();
        add(refs, mail.headers().get("references"));
        for (int i = refs.size() - 1; i >= 0; i--) {
            if (!out.contains(refs.get(i))) {
                out.add(refs.get(i));
            }
        }
        return out;
    }

    private static void add(List<String> out, String header) {
        if (header == null) {
            return;
        }
        Matcher m = MESSAGE_ID.matcher(header);
        while (m.find() && out.size() < 50) {
            out.add(m.group());
        }
    }

    /** Threads {@code mail} in the caller's tenant when it answers one of its outbound mails; empty otherwise. */
    public Optional<Reply> thread(Caller caller, ParsedMail mail, Instant receivedAt) {
        List<String> ids = answered(mail);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return transactions.inTenant(caller.tenant(), tx -> {
            for (String id : ids) {
                Optional<OutreachMessage> sent = messages.findByMessageId(tx, id);
                if (sent.isPresent()) {
                    return drafts.find(tx, sent.get().draftId())
                            .map(d -> record(tx, caller, mail, sent.get(), d, receivedAt));
                }
            }
            return Optional.<Reply>empty();
        });
    }

    private Reply record(
            Tx tx, Caller caller, ParsedMail mail, OutreachMessage sent, OutreachDraft draft, Instant receivedAt) {
        boolean hotList = draft.kind() == OutreachDraft.Kind.HOT_LIST;
        UUID subjectId = hotList ? draft.hotListId() : draft.submissionId();
        String from = mail.from() == null ? "" : mail.from().email();
        Instant now = clock.instant();
        String body = mail.newText() == null || mail.newText().isBlank() ? mail.text() : mail.newText();
        activities.insert(
                tx,
                new Activity(
                        this.ids.next(),
                        hotList ? "hot_list" : "submission",
                        subjectId,
                        ActivityKind.EMAIL,
                        truncate("Reply from " + from + ": " + (mail.subject() == null ? "" : mail.subject()), 300),
                        body == null ? null : truncate(body, 20_000),
                        sent.contactId(),
                        receivedAt,
                        caller.userId(),
                        now));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("outboundMessageId", sent.messageId());
        data.put("draftId", draft.id().toString());
        data.put("kind", draft.kind().name());
        data.put(hotList ? "hotListId" : "submissionId", subjectId.toString());
        data.put("from", from);
        data.put("receivedAt", receivedAt.toString());
        outbox.append(tx, caller, EVENT, 1, "outreach_draft", draft.id(), data);
        return new Reply(sent.messageId(), draft.id(), draft.kind(), subjectId, from, receivedAt);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
