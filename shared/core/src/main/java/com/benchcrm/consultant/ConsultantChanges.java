package com.benchcrm.consultant;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.ConflictException;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Json;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.common.SkillNames;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * Changes to an existing consultant that unauthenticated input proposes (a resume attached to
 * inbound mail, whose sender anyone can forge): held as a {@link PendingChange} until a recruiter
 * approves it (then applied like the resume import's own merge: only fields the profile lacks, and
 * skills it does not list) or rejects it. Proposal, approval and rejection are audited; an approval
 * also audits the consultant's update and announces it, as any update.
 *
 * <pre>{@code
 * Optional<PendingChange> c = changes.propose(mailCaller, consultantId, current, merged, "EMAIL", blobKey);
 * changes.approve(recruiter, consultantId, changeId);
 * }</pre>
 */
public final class ConsultantChanges {

    static final String KIND = "consultant-change";
    /** The fields a proposal may carry ({@code addedSkills}: skills to add). */
    public static final List<String> FIELDS = List.of("email", "phone", "title", "summary", "location", "workAuthorization",
            "yearsExperience", "addedSkills");

    private final Transactions transactions;
    private final PendingChangeRepository changes;
    private final Consultants consultants;
    private final AuditLog audit;
    private final Ids ids;
    private final Clock clock;

    public ConsultantChanges(Transactions transactions, PendingChangeRepository changes, Consultants consultants, AuditLog audit, Ids ids,
                             Clock clock) {
        this.transactions = transactions;
        this.changes = changes;
        this.consultants = consultants;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Proposes what {@code merged} adds to {@code current} (the consultant's version {@code baseVersion});
     * nothing when it adds nothing.
     */
    public java.util.Optional<PendingChange> propose(Caller caller, UUID consultantId, long baseVersion, ConsultantInput current,
                                                     ConsultantInput merged, String source, String sourceRef) {
        caller.require(Permission.CONSULTANT_WRITE);
        ObjectNode proposed = Json.canonical().createObjectNode();
        List<String> fields = new ArrayList<>();
        ObjectNode before = Json.canonical().valueToTree(current);
        ObjectNode after = Json.canonical().valueToTree(merged);
        for (String f : FIELDS) {
            if (f.equals("addedSkills")) {
                continue;
            }
            JsonNode a = after.get(f);
            if (a != null && !a.isNull() && !Objects.equals(a, before.get(f))) {
                proposed.set(f, a);
                fields.add(f);
            }
        }
        Set<String> known = new HashSet<>();
        current.skills().forEach(s -> known.add(SkillNames.key(s.name())));
        ArrayNode added = Json.canonical().createArrayNode();
        for (ConsultantSkill s : merged.skills()) {
            if (!known.contains(SkillNames.key(s.name()))) {
                added.add(Json.canonical().valueToTree(s));
            }
        }
        if (!added.isEmpty()) {
            proposed.set("addedSkills", added);
            fields.add("addedSkills");
        }
        if (fields.isEmpty()) {
            return java.util.Optional.empty();
        }
        PendingChange change = new PendingChange(ids.next(), consultantId, source, sourceRef, baseVersion, proposed, fields,
                PendingChangeStatus.PENDING, caller.userId(), clock.instant(), null, null, null);
        transactions.inTenant(caller.tenant(), tx -> {
            changes.insert(tx, change);
            audit.record(tx, caller, "consultant.change-proposed", "consultant", consultantId, null, change,
                    Map.<String, Object>of("changeId", change.id().toString(), "fields", fields, "source", source));
            return null;
        });
        return java.util.Optional.of(change);
    }

    public List<PendingChange> list(Caller caller, UUID consultantId) {
        caller.require(Permission.CONSULTANT_READ);
        consultants.get(caller, consultantId); // NotFoundException for an unknown (or another tenant's) consultant
        return transactions.inTenant(caller.tenant(), tx -> changes.list(tx, consultantId, 100));
    }

    /**
     * Applies the change to the consultant as it is now (fields it still lacks, skills it does not list)
     * and marks it approved.
     *
     * @throws ConflictException {@code change-decided} when it was approved or rejected already
     */
    public Consultant approve(Caller caller, UUID consultantId, UUID changeId) {
        caller.require(Permission.CONSULTANT_WRITE);
        PendingChange change = transactions.inTenant(caller.tenant(), tx -> pending(tx, consultantId, changeId));
        Consultant updated = consultants.patch(caller, consultantId, current -> apply(current, change.proposed()), OptionalLong.empty());
        transactions.inTenant(caller.tenant(), tx -> {
            if (!changes.decide(tx, changeId, PendingChangeStatus.APPROVED, caller.userId(), clock.instant(), null)) {
                throw decided();
            }
            audit.record(tx, caller, "consultant.change-approved", "consultant", consultantId, null, null,
                    Map.<String, Object>of("changeId", changeId.toString(), "version", updated.version()));
            return null;
        });
        return updated;
    }

    /** Marks the change rejected (the consultant stays as it is). */
    public PendingChange reject(Caller caller, UUID consultantId, UUID changeId, String reason) {
        caller.require(Permission.CONSULTANT_WRITE);
        String why = reason == null ? null : reason.strip().isEmpty() ? null : reason.strip();
        if (why != null && why.length() > 1000) {
            throw new com.benchcrm.common.ValidationException(List.of(new com.benchcrm.common.ValidationException.FieldError("/reason",
                    "must be at most 1000 characters")));
        }
        Instant now = clock.instant();
        return transactions.inTenant(caller.tenant(), tx -> {
            PendingChange c = pending(tx, consultantId, changeId);
            changes.decide(tx, changeId, PendingChangeStatus.REJECTED, caller.userId(), now, why);
            audit.record(tx, caller, "consultant.change-rejected", "consultant", consultantId, null, null,
                    why == null ? Map.<String, Object>of("changeId", changeId.toString())
                            : Map.<String, Object>of("changeId", changeId.toString(), "reason", why));
            return new PendingChange(c.id(), c.consultantId(), c.source(), c.sourceRef(), c.baseVersion(), c.proposed(), c.changedFields(),
                    PendingChangeStatus.REJECTED, c.proposedBy(), c.createdAt(), caller.userId(), now, why);
        });
    }

    private PendingChange pending(com.benchcrm.persistence.Tx tx, UUID consultantId, UUID changeId) {
        PendingChange c = changes.lock(tx, consultantId, changeId).orElseThrow(() -> new NotFoundException(KIND, changeId));
        if (c.status() != PendingChangeStatus.PENDING) {
            throw decided();
        }
        return c;
    }

    private static ConflictException decided() {
        return new ConflictException("change-decided", "this change was approved or rejected already");
    }

    /** The proposal on top of the consultant as it is now: only fields still empty, and skills not yet listed. */
    static ConsultantInput apply(ConsultantInput current, JsonNode proposed) {
        ObjectNode now = Json.canonical().valueToTree(current);
        proposed.fieldNames().forEachRemaining(f -> {
            if (f.equals("addedSkills")) {
                ArrayNode skills = now.withArray("skills");
                Set<String> known = new HashSet<>();
                current.skills().forEach(s -> known.add(SkillNames.key(s.name())));
                for (JsonNode s : proposed.get(f)) {
                    if (skills.size() < ConsultantInput.MAX_SKILLS && known.add(SkillNames.key(s.path("name").asText()))) {
                        skills.add(s);
                    }
                }
            } else if (!now.hasNonNull(f)) {
                now.set(f, proposed.get(f));
            }
        });
        try {
            return Json.canonical().treeToValue(now, ConsultantInput.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a pending change does not fit the consultant's fields", e);
        }
    }
}
