package com.benchcrm.workauth;

import com.benchcrm.common.Ids;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily job: in every active tenant, each work authorization (the status or the I-94) that ends
 * within the tenant's lead time is announced as {@code WorkAuthorizationExpiring}, once per expiry
 * date and lead time, in the same transaction as its notice row. A rerun the same day, or the next
 * day, announces nothing new; an extension (a new date) or a changed lead time announces again.
 * One tenant failing does not stop the others.
 *
 * <pre>{@code
 * ExpiryAlerts.Report r = new ExpiryAlerts(db.transactions(), db.workAuthorization(), outbox, ids, clock).run();
 * }</pre>
 * Hosted by the work-authorization-alerts function on a daily EventBridge schedule in AWS and by a timer in the
 * embedded stack.
 */
public final class ExpiryAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiryAlerts.class);

    /** The actor of the job's events and audit rows. */
    public static final String SYSTEM_ACTOR = "system:work-authorization";

    /** What a run did. */
    public record Report(int tenants, int announced, List<String> failedTenants) {}

    private final Transactions transactions;
    private final ExpiryRepository repository;
    private final Outbox outbox;
    private final Ids ids;
    private final Clock clock;

    public ExpiryAlerts(Transactions transactions, ExpiryRepository repository, Outbox outbox, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.repository = repository;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
    }

    public Report run() {
        List<TenantId> tenants = transactions.withoutTenant(repository::activeTenants);
        int announced = 0;
        List<String> failed = new ArrayList<>();
        for (TenantId tenant : tenants) {
            try {
                announced += runTenant(tenant);
            } catch (RuntimeException e) {
                LOG.warn("work authorization alerts failed for tenant {}: {}", tenant, e.toString());
                failed.add(tenant.toString());
            }
        }
        return new Report(tenants.size(), announced, failed);
    }

    /** Announces the tenant's authorizations that end within its lead time and were not announced yet; how many. */
    public int runTenant(TenantId tenant) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Caller system = new Caller(tenant, SYSTEM_ACTOR, Set.of(Role.Recruiter), "work-authorization-" + today);
        return transactions.inTenant(tenant, tx -> {
            int lead = repository
                    .settings(tx)
                    .map(ExpiryRepository.Settings::leadDays)
                    .orElse(ExpirySettings.DEFAULT_LEAD_DAYS);
            int n = 0;
            for (ExpiryRepository.Expiring e : repository.expiringBetween(tx, today, today.plusDays(lead))) {
                UUID eventId = ids.next();
                if (!repository.claimNotice(tx, e, lead, eventId, clock.instant())) {
                    continue;
                }
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("consultantId", e.consultantId().toString());
                if (e.workAuthorization() != null) {
                    data.put("workAuthorization", e.workAuthorization().name());
                }
                data.put("document", e.document().name());
                data.put("expiresOn", e.expiresOn().toString());
                data.put("daysLeft", ChronoUnit.DAYS.between(today, e.expiresOn()));
                data.put("leadDays", lead);
                if (e.unemploymentDaysUsed() != null) {
                    data.put("unemploymentDaysUsed", e.unemploymentDaysUsed());
                }
                outbox.append(
                        tx, system, eventId, "WorkAuthorizationExpiring", 1, "consultant", e.consultantId(), data);
                n++;
            }
            return n;
        });
    }
}
