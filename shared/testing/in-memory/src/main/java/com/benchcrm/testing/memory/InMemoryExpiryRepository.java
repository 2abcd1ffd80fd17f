package com.benchcrm.testing.memory;

import com.benchcrm.consultant.Consultant;
import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.workauth.ExpiryRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link ExpiryRepository} in memory: the consultants' dates from the in-memory consultants, the
 * notices keyed as PostgreSQL keys them, the tenants those that have any stored row here or a consultant.
 */
public final class InMemoryExpiryRepository implements ExpiryRepository {

    private final InMemoryConsultantRepository consultants;
    private final Table<String, Instant> notices;
    private final Table<String, Settings> settings;

    InMemoryExpiryRepository(InMemoryTransactions store, InMemoryConsultantRepository consultants) {
        this.consultants = consultants;
        this.notices = store.table(Comparator.naturalOrder());
        this.settings = store.table(Comparator.naturalOrder());
    }

    @Override
    public List<TenantId> activeTenants(Tx tx) {
        return consultants.tenants(tx);
    }

    @Override
    public List<Expiring> expiringBetween(Tx tx, LocalDate from, LocalDate until) {
        List<Expiring> out = new ArrayList<>();
        for (Consultant c : consultants.all(tx)) {
            var v = c.workAuthorizationValidity();
            if (v == null) {
                continue;
            }
            if (v.validUntil() != null
                    && !v.validUntil().isBefore(from)
                    && !v.validUntil().isAfter(until)) {
                out.add(new Expiring(
                        c.id(), c.workAuthorization(), Document.STATUS, v.validUntil(), v.unemploymentDaysUsed()));
            }
            if (v.i94ValidUntil() != null
                    && !v.i94ValidUntil().isBefore(from)
                    && !v.i94ValidUntil().isAfter(until)) {
                out.add(new Expiring(
                        c.id(), c.workAuthorization(), Document.I94, v.i94ValidUntil(), v.unemploymentDaysUsed()));
            }
        }
        out.sort(Comparator.comparing(Expiring::expiresOn).thenComparing(Expiring::consultantId));
        return out;
    }

    @Override
    public boolean claimNotice(Tx tx, Expiring e, int leadDays, UUID eventId, Instant now) {
        String key = e.consultantId() + "|" + e.document() + "|" + e.expiresOn() + "|" + leadDays;
        return notices.rows(tx).putIfAbsent(key, now.truncatedTo(ChronoUnit.MICROS)) == null;
    }

    @Override
    public Optional<Settings> settings(Tx tx) {
        return Optional.ofNullable(settings.rows(tx).get("settings"));
    }

    @Override
    public void saveSettings(Tx tx, int leadDays, String updatedBy, Instant now) {
        settings.rows(tx)
                .merge(
                        "settings",
                        new Settings(leadDays, 1, updatedBy, now.truncatedTo(ChronoUnit.MICROS)),
                        (old, x) -> new Settings(leadDays, old.version() + 1, updatedBy, x.updatedAt()));
    }
}
