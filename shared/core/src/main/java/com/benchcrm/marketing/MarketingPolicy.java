package com.benchcrm.marketing;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.VersionMismatchException;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import java.time.Clock;
import java.util.OptionalLong;

/**
 * The tenant's marketing policy ({@code GET|PUT /v1/settings/marketing}): read with
 * {@code MARKETING_READ}, replaced with {@code SETTINGS_MANAGE} (Owner, Admin), audited
 * ({@code marketing_settings.updated}), optimistic with {@code If-Match}. The daily cap never exceeds the
 * deployment's ceiling for the tenant (the tenants file's {@code marketing.dailySendCap}, ADR 0100): a higher
 * value is refused (400), and a cap stored before the ceiling was lowered is held to it when read.
 */
public final class MarketingPolicy {

    private final Transactions transactions;
    private final MarketingSettingsRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    public MarketingPolicy(
            Transactions transactions, MarketingSettingsRepository repository, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    public MarketingSettings get(Caller caller) {
        caller.require(Permission.MARKETING_READ);
        return transactions.inTenant(caller.tenant(), this::current);
    }

    /** The policy in force, inside a transaction of the tenant (the cap held to the deployment's ceiling). */
    public MarketingSettings current(Tx tx) {
        return MarketingSettings.inForce(repository, tx);
    }

    public MarketingSettings put(Caller caller, MarketingSettings.Input input, OptionalLong ifMatch) {
        caller.require(Permission.SETTINGS_MANAGE);
        input.validate();
        return transactions.inTenant(caller.tenant(), tx -> {
            java.util.OptionalInt ceiling = repository.dailySendCapCeiling(tx);
            if (ceiling.isPresent() && input.dailySendCap() > ceiling.getAsInt()) {
                new com.benchcrm.common.Validator()
                        .check(
                                false,
                                "/dailySendCap",
                                "must be at most " + ceiling.getAsInt()
                                        + ", this tenant's ceiling in the deployment's tenants file")
                        .throwIfInvalid();
            }
            MarketingSettings before = current(tx);
            if (ifMatch.isPresent() && ifMatch.getAsLong() != before.version()) {
                throw new VersionMismatchException("marketing_settings", ifMatch.getAsLong(), before.version());
            }
            MarketingSettings after = new MarketingSettings(
                    input.showRate(),
                    blankToNull(input.postalAddress()),
                    blankToNull(input.senderName()),
                    blankToNull(input.fromAddress()),
                    input.dailySendCap(),
                    before.version() + 1,
                    caller.userId(),
                    clock.instant());
            repository.upsert(tx, after);
            audit.record(
                    tx,
                    caller,
                    "marketing_settings.updated",
                    "marketing_settings",
                    tx.tenant().value(),
                    before,
                    after);
            return after;
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
