package com.benchcrm.notification;

import com.benchcrm.common.Ids;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.EventCatalog;
import com.benchcrm.events.MalformedEventException;
import com.benchcrm.events.ProcessedEvents;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One domain event to the notifications of the users it concerns, in one transaction with the
 * record that the event was handled ({@link ProcessedEvents}, consumer {@value #CONSUMER}): a
 * redelivered event notifies nobody twice, and each notification's dedupe key holds even if the
 * processed-event row were lost.
 *
 * <table>
 *   <caption>What notifies whom</caption>
 *   <tr><td>{@code RecommendationsReady}</td><td>each owner of a recommended consultant scored at or above
 *       the owner's threshold: one notification per owner and requirement (the first run that qualifies; re-ranks do
 *       not notify again), naming the best of the owner's matches</td></tr>
 *   <tr><td>{@code WorkAuthorizationExpiring}</td><td>the consultant's owner</td></tr>
 *   <tr><td>{@code SubmissionStatusChanged}</td><td>the submission's creator and the consultant's owner
 *       (a new draft is no change of status: nobody)</td></tr>
 *   <tr><td>{@code OutreachReplyReceived}</td><td>SUBMISSION: as a submission change; HOT_LIST: who sent the mail
 *       it answers, the draft's creator and approver (active users only); when neither is (a service, or
 *       deactivated), every active user who wants outreach replies (ADR 0103)</td></tr>
 * </table>
 * Users who turned a kind off are skipped.
 *
 * <pre>{@code
 * int created = fanOut.handle(DomainEvent.fromNode(detail));
 * }</pre>
 */
public final class NotificationFanOut {

    /** The consumer name in processed_event. */
    public static final String CONSUMER = "notify";

    /** The marketing work's reply event (issue 15 item 4). */
    public static final String OUTREACH_REPLY_RECEIVED = EventCatalog.OUTREACH_REPLY_RECEIVED;

    /** The event types this fan-out turns into notifications (the routing rule's detail-types). */
    public static final Set<String> TYPES = Set.of(
            EventCatalog.RECOMMENDATIONS_READY,
            EventCatalog.WORK_AUTHORIZATION_EXPIRING,
            EventCatalog.SUBMISSION_STATUS_CHANGED,
            OUTREACH_REPLY_RECEIVED);

    /** How many matched consultants a requirement-match notification names. */
    static final int NAMED_MATCHES = 5;

    private final Transactions transactions;
    private final NotificationRepository repository;
    private final ProcessedEvents processed;
    private final Ids ids;
    private final Clock clock;

    public NotificationFanOut(
            Transactions transactions,
            NotificationRepository repository,
            ProcessedEvents processed,
            Ids ids,
            Clock clock) {
        this.transactions = transactions;
        this.repository = repository;
        this.processed = processed;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Writes the event's notifications; how many (0 when the event was handled before).
     *
     * @throws MalformedEventException when the type is not one of {@link #TYPES} or its data lacks what it needs
     */
    public int handle(DomainEvent event) {
        if (!TYPES.contains(event.type())) {
            throw new MalformedEventException("notifications are made from "
                    + String.join(", ", TYPES.stream().sorted().toList()) + ", not " + event.type());
        }
        return transactions.inTenant(event.tenant(), tx -> {
            if (!processed.firstTime(tx, CONSUMER, event)) {
                return 0;
            }
            List<NewNotification> candidates = switch (event.type()) {
                case EventCatalog.RECOMMENDATIONS_READY -> matches(tx, event);
                case EventCatalog.WORK_AUTHORIZATION_EXPIRING -> expiring(tx, event);
                case EventCatalog.SUBMISSION_STATUS_CHANGED -> statusChanged(tx, event);
                default -> reply(tx, event);
            };
            return store(tx, candidates);
        });
    }

    private int store(Tx tx, List<NewNotification> candidates) {
        if (candidates.isEmpty()) {
            return 0;
        }
        Set<UUID> users = new HashSet<>();
        candidates.forEach(c -> users.add(c.userId()));
        Map<UUID, NotificationPreferences> prefs = repository.preferencesOf(tx, users);
        Instant now = clock.instant();
        int n = 0;
        for (NewNotification c : candidates) {
            if (prefs.getOrDefault(c.userId(), NotificationPreferences.DEFAULT).wants(c.kind())
                    && repository.insert(tx, ids.next(), c, now)) {
                n++;
            }
        }
        return n;
    }

    private List<NewNotification> matches(Tx tx, DomainEvent event) {
        UUID run = uuid(event, "matchRunId");
        UUID requirement = uuid(event, "requirementId");
        Map<UUID, List<NotificationRepository.MatchHit>> byOwner = new LinkedHashMap<>();
        for (NotificationRepository.MatchHit h : repository.matchHits(tx, run)) {
            byOwner.computeIfAbsent(h.ownerUserId(), k -> new ArrayList<>()).add(h);
        }
        if (byOwner.isEmpty()) {
            return List.of();
        }
        Map<UUID, NotificationPreferences> prefs = repository.preferencesOf(tx, byOwner.keySet());
        List<NewNotification> out = new ArrayList<>();
        byOwner.forEach((owner, hits) -> {
            double threshold =
                    prefs.getOrDefault(owner, NotificationPreferences.DEFAULT).matchThreshold();
            List<NotificationRepository.MatchHit> above =
                    hits.stream().filter(h -> h.matchScore() >= threshold).toList();
            if (above.isEmpty()) {
                return;
            }
            NotificationRepository.MatchHit best = above.get(0);
            String what = best.requirementTitle() == null ? "A new requirement" : best.requirementTitle();
            String title = above.size() == 1
                    ? what + " matches " + best.consultantName() + " (" + percent(best.matchScore()) + ")"
                    : what + " matches " + above.size() + " of your consultants";
            StringBuilder body = new StringBuilder();
            above.stream()
                    .limit(NAMED_MATCHES)
                    .forEach(h -> body.append(body.isEmpty() ? "" : ", ")
                            .append(h.consultantName())
                            .append(" ")
                            .append(percent(h.matchScore())));
            if (above.size() > NAMED_MATCHES) {
                body.append(" and ").append(above.size() - NAMED_MATCHES).append(" more");
            }
            out.add(new NewNotification(
                    owner,
                    NotificationKind.REQUIREMENT_MATCH,
                    title,
                    body.toString(),
                    "requirement",
                    requirement,
                    "/inbox/" + requirement,
                    // once per requirement and owner: a re-rank of the same requirement does not notify again
                    "match:" + requirement,
                    event.id()));
        });
        return out;
    }

    private List<NewNotification> expiring(Tx tx, DomainEvent event) {
        UUID consultantId = uuid(event, "consultantId");
        String expiresOn = text(event, "expiresOn");
        long daysLeft = event.data().path("daysLeft").asLong(-1);
        String document = event.data().path("document").asText("STATUS");
        return repository
                .consultant(tx, consultantId)
                .filter(c -> c.ownerUserId() != null)
                .map(c -> List.of(new NewNotification(
                        c.ownerUserId(),
                        NotificationKind.WORK_AUTHORIZATION_EXPIRING,
                        c.name()
                                + ("I94".equals(document) ? "'s I-94 ends " : "'s work authorization ends ")
                                + (daysLeft == 0 ? "today" : daysLeft == 1 ? "tomorrow" : "in " + daysLeft + " days"),
                        "Valid until " + expiresOn + ".",
                        "consultant",
                        consultantId,
                        "/bench/" + consultantId,
                        "event:" + event.id() + ":" + consultantId,
                        event.id())))
                .orElse(List.of());
    }

    private List<NewNotification> statusChanged(Tx tx, DomainEvent event) {
        UUID submissionId = uuid(event, "id");
        String to = text(event, "to");
        JsonNode from = event.data().get("from");
        if (from == null || from.isNull()) {
            return List.of(); // a new draft: nothing moved yet
        }
        return repository
                .submission(tx, submissionId)
                .map(s -> forWatchers(
                        s,
                        NotificationKind.SUBMISSION_STATUS_CHANGED,
                        s.consultantName() + ": " + label(from.asText()) + " → " + label(to),
                        s.requirementTitle(),
                        "submission",
                        submissionId,
                        "/pipeline?submission=" + submissionId,
                        event))
                .orElse(List.of());
    }

    private List<NewNotification> reply(Tx tx, DomainEvent event) {
        String kind = text(event, "kind");
        String from = event.data().path("from").asText("a vendor");
        switch (kind) {
            case "SUBMISSION" -> {
                UUID submissionId = uuid(event, "submissionId");
                return repository
                        .submission(tx, submissionId)
                        .map(s -> forWatchers(
                                s,
                                NotificationKind.OUTREACH_REPLY,
                                "Reply from " + from + " about " + s.consultantName(),
                                s.requirementTitle(),
                                "submission",
                                submissionId,
                                "/pipeline?submission=" + submissionId,
                                event))
                        .orElse(List.of());
            }
            case "HOT_LIST" -> {
                UUID hotList = uuid(event, "hotListId");
                JsonNode draft = event.data().get("draftId");
                Set<UUID> senders = draft == null || draft.isNull()
                        ? Set.of()
                        : repository.draftSenders(tx, uuid(event, "draftId"));
                List<NewNotification> out = new ArrayList<>();
                for (UUID user : senders.isEmpty() ? repository.activeUsers(tx) : senders) {
                    out.add(new NewNotification(
                            user,
                            NotificationKind.OUTREACH_REPLY,
                            "Reply to a hot list from " + from,
                            null,
                            "hot-list",
                            hotList,
                            "/marketing?tab=hot-lists&hotList=" + hotList,
                            "event:" + event.id() + ":" + hotList,
                            event.id()));
                }
                return out;
            }
            default ->
                throw new MalformedEventException(event.type() + " with kind " + kind + ", not HOT_LIST or SUBMISSION");
        }
    }

    private static List<NewNotification> forWatchers(
            NotificationRepository.SubmissionRef s,
            NotificationKind kind,
            String title,
            @org.jspecify.annotations.Nullable String body,
            String entity,
            UUID entityId,
            String link,
            DomainEvent event) {
        List<NewNotification> out = new ArrayList<>();
        for (UUID user : s.watchers()) {
            out.add(new NewNotification(
                    user,
                    kind,
                    title,
                    body,
                    entity,
                    entityId,
                    link,
                    "event:" + event.id() + ":" + entityId,
                    event.id()));
        }
        return out;
    }

    static String percent(double score) {
        return Math.round(score * 100) + "%";
    }

    static String label(String status) {
        String s = status.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static UUID uuid(DomainEvent event, String field) {
        try {
            return UUID.fromString(event.data().path(field).asText(""));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(event.type() + " without a valid data." + field);
        }
    }

    private static String text(DomainEvent event, String field) {
        String v = event.data().path(field).asText("");
        if (v.isBlank()) {
            throw new MalformedEventException(event.type() + " without data." + field);
        }
        return v;
    }
}
