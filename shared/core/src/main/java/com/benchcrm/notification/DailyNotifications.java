package com.benchcrm.notification;

import com.benchcrm.common.Ids;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.tenancy.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily job, in every active tenant: (1) each scheduled interview that starts tomorrow in its own
 * time zone notifies the submission's creator and the consultant's owner (once per interview and start
 * time: a rerun adds nothing, a reschedule notifies again); (2) each user who asked for the digest
 * and has unread notifications from the last day gets one mail (claimed per user and day before it
 * is sent; a failed send releases the claim so the next run sends it). One tenant failing does not stop
 * the others.
 *
 * <pre>{@code
 * DailyNotifications.Report r = new DailyNotifications(db.transactions(), db.notifications(), mailer,
 *         "https://crm.example.com", ids, clock).run();
 * }</pre>
 * Hosted by the notifications function's {@code notificationsDaily} on an EventBridge Scheduler schedule in
 * AWS and by a timer in the embedded stack.
 */
public final class DailyNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(DailyNotifications.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The most notifications one digest lists. */
    static final int DIGEST_MAX_ITEMS = 100;

    /** What a run did. */
    public record Report(int tenants, int interviewNotifications, int digestsSent, List<String> failedTenants) {}

    private final Transactions transactions;
    private final NotificationRepository repository;
    private final NotificationMailer mailer;
    private final String consoleUrl;
    private final Ids ids;
    private final Clock clock;
    private final boolean digestsOn;

    /** @param digestsOn false when no mailer is configured: no digest is claimed or sent */
    public DailyNotifications(
            Transactions transactions,
            NotificationRepository repository,
            NotificationMailer mailer,
            String consoleUrl,
            Ids ids,
            Clock clock,
            boolean digestsOn) {
        this.transactions = transactions;
        this.repository = repository;
        this.mailer = mailer;
        this.consoleUrl = consoleUrl;
        this.ids = ids;
        this.clock = clock;
        this.digestsOn = digestsOn;
    }

    public Report run() {
        List<TenantId> tenants = transactions.withoutTenant(repository::activeTenants);
        int interviews = 0;
        int digests = 0;
        List<String> failed = new ArrayList<>();
        for (TenantId tenant : tenants) {
            try {
                interviews += interviewsTomorrow(tenant);
                digests += digests(tenant);
            } catch (RuntimeException e) {
                LOG.warn("daily notifications failed for tenant {}: {}", tenant, e.toString());
                failed.add(tenant.toString());
            }
        }
        return new Report(tenants.size(), interviews, digests, failed);
    }

    /** Notifies the tenant's interviews of tomorrow (each in its own time zone); how many notifications. */
    public int interviewsTomorrow(TenantId tenant) {
        Instant now = clock.instant();
        return transactions.inTenant(tenant, tx -> {
            List<NewNotification> candidates = new ArrayList<>();
            for (NotificationRepository.InterviewDue i :
                    repository.interviewsBetween(tx, now, now.plus(Duration.ofHours(50)))) {
                ZoneId zone = zone(i.timeZone());
                LocalDate tomorrow = LocalDate.ofInstant(now, zone).plusDays(1);
                if (!LocalDate.ofInstant(i.startsAt(), zone).equals(tomorrow)) {
                    continue;
                }
                NotificationRepository.SubmissionRef s = i.submission();
                String title = "Interview tomorrow: " + s.consultantName() + ", round " + i.round() + " at "
                        + TIME.format(i.startsAt().atZone(zone)) + " " + zone.getId();
                for (UUID user : s.watchers()) {
                    candidates.add(new NewNotification(
                            user,
                            NotificationKind.INTERVIEW_TOMORROW,
                            title,
                            s.requirementTitle(),
                            "submission",
                            s.submissionId(),
                            "/pipeline?submission=" + s.submissionId(),
                            "interview:" + i.interviewId() + ":" + i.startsAt(),
                            null));
                }
            }
            Set<UUID> users = new HashSet<>();
            candidates.forEach(c -> users.add(c.userId()));
            Map<UUID, NotificationPreferences> prefs = repository.preferencesOf(tx, users);
            int n = 0;
            for (NewNotification c : candidates) {
                if (prefs.getOrDefault(c.userId(), NotificationPreferences.DEFAULT)
                                .wants(c.kind())
                        && repository.insert(tx, ids.next(), c, now)) {
                    n++;
                }
            }
            return n;
        });
    }

    /** Sends the tenant's digests of today that no run sent yet; how many. */
    public int digests(TenantId tenant) {
        if (!digestsOn) {
            return 0;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        record Claimed(NotificationRepository.DigestUser user, List<Notification> items) {}
        List<Claimed> claimed = transactions.inTenant(tenant, tx -> {
            List<Claimed> out = new ArrayList<>();
            for (NotificationRepository.DigestUser u : repository.digestUsers(tx)) {
                List<Notification> items =
                        repository.unreadSince(tx, u.userId(), now.minus(Duration.ofDays(1)), DIGEST_MAX_ITEMS);
                if (!items.isEmpty() && repository.claimDigest(tx, u.userId(), today, items.size(), now)) {
                    out.add(new Claimed(u, items));
                }
            }
            return out;
        });
        int sent = 0;
        for (Claimed c : claimed) {
            try {
                mailer.send(tenant, DigestMail.render(c.user(), c.items(), consoleUrl, today));
                sent++;
            } catch (RuntimeException e) {
                LOG.warn(
                        "digest of user {} not sent, the next run tries again: {}",
                        c.user().userId(),
                        e.toString());
                transactions.inTenant(tenant, tx -> {
                    repository.releaseDigest(tx, c.user().userId(), today);
                    return null;
                });
            }
        }
        return sent;
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
