package com.benchcrm.consultant;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The bench, as placements move consultants on and off it: a placement that starts takes the
 * consultant off the bench ({@code onBenchSince} null), one that ends puts them back from its end
 * date. Runs inside the caller's transaction, so the placement and the bench change commit together;
 * each change bumps the consultant's version, is audited and announced ({@code ConsultantUpserted}).
 *
 * <pre>{@code
 * transactions.inTenant(caller.tenant(), tx -> {
 *     placements.insert(tx, placement);
 *     bench.placed(tx, caller, placement.consultantId());
 *     return placement;
 * });
 * }</pre>
 */
public final class Bench {

    private final ConsultantRepository consultants;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;

    public Bench(ConsultantRepository consultants, AuditLog audit, Outbox outbox, Clock clock) {
        this.consultants = consultants;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The consultant started a placement: off the bench. Nothing changes when already off it. */
    public void placed(Tx tx, Caller caller, UUID consultantId) {
        set(tx, caller, consultantId, null, "consultant.placed");
    }

    /** The consultant is back on the bench since {@code since} (a placement ended, an offer fell through). */
    public void backOnBench(Tx tx, Caller caller, UUID consultantId, LocalDate since) {
        set(tx, caller, consultantId, since, "consultant.back-on-bench");
    }

    private void set(Tx tx, Caller caller, UUID id, LocalDate since, String action) {
        caller.require(Permission.CONSULTANT_WRITE);
        Consultant current =
                consultants.findForUpdate(tx, id).orElseThrow(() -> new NotFoundException("consultant", id));
        if (java.util.Objects.equals(current.onBenchSince(), since)) {
            return;
        }
        consultants.setOnBenchSince(tx, id, since, clock.instant());
        Consultant updated = consultants.find(tx, id).orElseThrow();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("onBenchSince", since == null ? "placed" : since.toString());
        audit.record(tx, caller, action, "consultant", id, current, updated, details);
        outbox.append(
                tx,
                caller,
                "ConsultantUpserted",
                1,
                "consultant",
                id,
                Map.of("id", id.toString(), "version", updated.version()));
    }
}
