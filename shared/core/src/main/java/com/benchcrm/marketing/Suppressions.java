package com.benchcrm.marketing;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import com.benchcrm.tenancy.TenantId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The tenant's suppression list ({@code /v1/suppressions}): listed with {@code MARKETING_READ},
 * added to and removed from with {@code MARKETING_WRITE} (audited). One-click unsubscribes, bounces
 * and complaints add to it through {@link #suppress} (no caller: the signed token or the mail
 * provider's notification names the tenant). Every send checks it at queueing and again at sending,
 * so an entry is honoured at once.
 */
public final class Suppressions {

    private final Transactions transactions;
    private final SuppressionRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    public Suppressions(Transactions transactions, SuppressionRepository repository, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Suppression> list(Caller caller, Optional<String> after, int limit) {
        caller.require(Permission.MARKETING_READ);
        return transactions.inTenant(caller.tenant(), tx -> repository.list(tx, after, limit));
    }

    public Suppression add(Caller caller, Suppression.Input input) {
        caller.require(Permission.MARKETING_WRITE);
        input.validate();
        String email = Suppression.key(input.email());
        return transactions.inTenant(caller.tenant(), tx -> {
            Suppression s =
                    new Suppression(email, SuppressionReason.MANUAL, input.detail(), caller.userId(), clock.instant());
            if (repository.insertIfAbsent(tx, s)) {
                audit.record(tx, caller, "suppression.added", "suppression", auditId(email), null, s);
            }
            return repository.find(tx, email).orElseThrow();
        });
    }

    public void remove(Caller caller, String email) {
        caller.require(Permission.MARKETING_WRITE);
        String key = Suppression.key(email);
        transactions.inTenant(caller.tenant(), tx -> {
            Suppression before = repository.find(tx, key).orElseThrow(() -> new NotFoundException("suppression", key));
            repository.delete(tx, key);
            audit.record(tx, caller, "suppression.removed", "suppression", auditId(key), before, null);
            return null;
        });
    }

    /** The audit log's id of an address's entry: stable per address, without writing the address itself. */
    static java.util.UUID auditId(String email) {
        return java.util.UUID.nameUUIDFromBytes(
                ("suppression|" + email).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Suppresses {@code email} for {@code tenant} on the system's behalf (an unsubscribe, a bounce, a
     * complaint); a second time changes nothing. True when the address was added now.
     */
    public boolean suppress(TenantId tenant, String email, SuppressionReason reason, String detail, String by) {
        String key = Suppression.key(email);
        return transactions.inTenant(
                tenant, tx -> repository.insertIfAbsent(tx, new Suppression(key, reason, detail, by, clock.instant())));
    }
}
