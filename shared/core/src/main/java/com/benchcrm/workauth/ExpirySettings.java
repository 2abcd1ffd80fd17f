package com.benchcrm.workauth;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Validator;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import java.time.Clock;
import java.util.Map;

/**
 * The tenant's lead time for {@code WorkAuthorizationExpiring}: how many days before an
 * authorization ends it is announced (default {@value #DEFAULT_LEAD_DAYS}, 1 to 365). Read by every
 * role that reads consultants; changed by Owner and Admin ({@code settings:manage}), audited.
 */
public final class ExpirySettings {

    public static final int DEFAULT_LEAD_DAYS = 60;

    /** The settings as the API shows them; {@code version} 0 and no author while the default applies. */
    public record View(int leadDays, long version, String updatedBy, java.time.Instant updatedAt) {}

    private final Transactions transactions;
    private final ExpiryRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    public ExpirySettings(Transactions transactions, ExpiryRepository repository, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    public View get(Caller caller) {
        caller.require(Permission.CONSULTANT_READ);
        return transactions.inTenant(
                caller.tenant(),
                tx -> repository
                        .settings(tx)
                        .map(s -> new View(s.leadDays(), s.version(), s.updatedBy(), s.updatedAt()))
                        .orElse(new View(DEFAULT_LEAD_DAYS, 0, null, null)));
    }

    public View set(Caller caller, Integer leadDays) {
        caller.require(Permission.SETTINGS_MANAGE);
        Validator v = new Validator();
        v.check(leadDays != null && leadDays >= 1 && leadDays <= 365, "/leadDays", "is required, between 1 and 365");
        v.throwIfInvalid();
        return transactions.inTenant(caller.tenant(), tx -> {
            var before = repository.settings(tx).orElse(null);
            repository.saveSettings(tx, leadDays, caller.userId(), clock.instant());
            var after = repository.settings(tx).orElseThrow();
            audit.record(
                    tx,
                    caller,
                    "settings.work-authorization.updated",
                    "settings",
                    null,
                    before,
                    after,
                    Map.of("leadDays", leadDays));
            return new View(after.leadDays(), after.version(), after.updatedBy(), after.updatedAt());
        });
    }
}
