package com.benchcrm.rtr;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.ConflictException;
import com.benchcrm.common.Hashing;
import com.benchcrm.common.Ids;
import com.benchcrm.common.InvalidRequestException;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.parties.Parties;
import com.benchcrm.parties.SubmissionReferences;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Right-to-represent use cases: record one (audited), read, list by consultant or requirement,
 * revoke. Every reference is checked in the caller's tenant first (another tenant's consultant,
 * requirement, vendor or contact is a 422 naming the field), so nothing is written half.
 *
 * <pre>{@code
 * Rtr rtr = rtrs.record(caller, new RtrInput(consultantId, requirementId, vendorId, null, null, null, rate, "rtr.txt", text));
 * rtrs.revoke(caller, rtr.id(), "Consultant took another offer");
 * }</pre>
 */
public final class Rtrs {

    /** The cursor kind of RTR lists. */
    public static final String KIND = "rtr";

    private final Transactions transactions;
    private final RtrRepository repository;
    private final SubmissionReferences references;
    private final AuditLog audit;
    private final Ids ids;
    private final Clock clock;

    public Rtrs(
            Transactions transactions,
            RtrRepository repository,
            SubmissionReferences references,
            AuditLog audit,
            Ids ids,
            Clock clock) {
        this.transactions = transactions;
        this.repository = repository;
        this.references = references;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public Rtr record(Caller caller, RtrInput input) {
        caller.require(Permission.SUBMISSION_WRITE);
        input.validate();
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Instant consented = input.consentedAt() == null ? now : input.consentedAt();
        Instant expires = input.expiresAt() == null ? consented.plus(RtrInput.DEFAULT_VALIDITY) : input.expiresAt();
        if (!expires.isAfter(consented)) {
            throw new com.benchcrm.common.ValidationException(
                    java.util.List.of(new com.benchcrm.common.ValidationException.FieldError(
                            "/expiresAt", "must be after consentedAt (" + consented + ")")));
        }
        return transactions.inTenant(caller.tenant(), tx -> {
            Parties.check(
                    tx,
                    references,
                    input.consultantId(),
                    input.requirementId(),
                    input.vendorCompanyId(),
                    input.vendorContactId());
            Rtr rtr = new Rtr(
                    ids.next(),
                    input.consultantId(),
                    input.requirementId(),
                    input.vendorCompanyId(),
                    input.vendorContactId(),
                    consented,
                    expires,
                    input.rate(),
                    blankToNull(input.documentName()),
                    input.documentText(),
                    Hashing.sha256(input.documentText()),
                    null,
                    null,
                    caller.userId(),
                    now);
            repository.insert(tx, rtr);
            audit.record(
                    tx,
                    caller,
                    "rtr.created",
                    "rtr",
                    rtr.id(),
                    null,
                    rtr,
                    Map.of(
                            "consultantId",
                            rtr.consultantId().toString(),
                            "requirementId",
                            rtr.requirementId().toString(),
                            "vendorCompanyId",
                            rtr.vendorCompanyId().toString(),
                            "documentSha256",
                            rtr.documentSha256()));
            return rtr;
        });
    }

    public Rtr get(Caller caller, UUID id) {
        caller.require(Permission.SUBMISSION_READ);
        return transactions
                .inTenant(caller.tenant(), tx -> repository.find(tx, id))
                .orElseThrow(() -> new NotFoundException("rtr", id));
    }

    public Page<Rtr> list(Caller caller, Optional<UUID> consultantId, Optional<UUID> requirementId, PageRequest page) {
        caller.require(Permission.SUBMISSION_READ);
        var rows = transactions.inTenant(
                caller.tenant(),
                tx -> repository.list(tx, consultantId, requirementId, page.after(), page.limit() + 1));
        return Page.fromOverfetch(rows, page.limit(), KIND, Rtr::id);
    }

    /**
     * Revokes an RTR from now on; a submission already SUBMITTED keeps it as its record.
     *
     * @throws ConflictException {@code rtr-revoked} when it was revoked before
     */
    public Rtr revoke(Caller caller, UUID id, String reason) {
        caller.require(Permission.SUBMISSION_WRITE);
        String why = blankToNull(reason);
        if (why == null) {
            throw new InvalidRequestException("reason", "a revocation needs a reason");
        }
        if (why.length() > 1000) {
            throw new InvalidRequestException("reason", "must be at most 1000 characters");
        }
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return transactions.inTenant(caller.tenant(), tx -> {
            Rtr current = repository.findForUpdate(tx, id).orElseThrow(() -> new NotFoundException("rtr", id));
            if (current.revokedAt() != null) {
                throw new ConflictException("rtr-revoked", "RTR " + id + " was revoked on " + current.revokedAt());
            }
            repository.revoke(tx, id, now, why);
            Rtr revoked = repository.find(tx, id).orElseThrow();
            audit.record(tx, caller, "rtr.revoked", "rtr", id, current, revoked, Map.of("reason", why));
            return revoked;
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
