package com.benchcrm.requirement;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.lifecycle.EntityService;
import com.benchcrm.lifecycle.EntitySpec;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import com.benchcrm.tenancy.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Requirement use cases, each audited and announced ({@code RequirementImported},
 * {@code RequirementUpdated}, {@code RequirementDeleted}), and the import of extracted requirements
 * with dedupe across vendors.
 *
 * <pre>{@code
 * Requirements requirements = new Requirements(transactions, persistence.requirements(), audit, outbox, idempotency, ids, clock);
 * }</pre>
 */
public final class Requirements extends EntityService<Requirement, RequirementInput> {

    public static final EntitySpec<Requirement, RequirementInput> SPEC = new EntitySpec<>(
            "requirement",
            Requirement.class,
            Permission.REQUIREMENT_READ,
            Permission.REQUIREMENT_WRITE,
            "RequirementImported",
            "RequirementUpdated",
            "RequirementDeleted",
            RequirementInput::of,
            Map.of(RequirementRepository.EXTERNAL_REF_KEY, "another requirement already has this externalRef"));

    /** The longest source subject kept. */
    static final int MAX_SUBJECT = 500;

    private final RequirementRepository repository;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Ids ids;
    private final Clock clock;
    private final ChainCheck chainCheck;

    /** Requirements that refuse links to companies ({@link #NO_LINKS}): for tests and tools that write no chains. */
    public Requirements(
            Transactions transactions,
            RequirementRepository repository,
            AuditLog audit,
            Outbox outbox,
            Idempotency idempotency,
            Ids ids,
            Clock clock) {
        this(transactions, repository, audit, outbox, idempotency, ids, clock, NO_LINKS);
    }

    /** @param chainCheck checks each chain written ({@code new ChainLinks(persistence.companies(), persistence.contacts())}) */
    public Requirements(
            Transactions transactions,
            RequirementRepository repository,
            AuditLog audit,
            Outbox outbox,
            Idempotency idempotency,
            Ids ids,
            Clock clock,
            ChainCheck chainCheck) {
        super(SPEC, transactions, repository, audit, outbox, idempotency, ids, clock);
        this.chainCheck = chainCheck;
        this.repository = repository;
        this.audit = audit;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * The requirements among {@code ids} that exist and have one of {@code statuses}, by id, read for
     * the system (matching) in a transaction of {@code tenant}.
     */
    public Map<UUID, Requirement> findAll(TenantId tenant, Collection<UUID> ids, Set<RequirementStatus> statuses) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return byId(transactions().inTenant(tenant, tx -> repository.findMany(tx, ids, statuses)));
    }

    /**
     * Imports one extracted requirement inside the caller's open transaction (an inbox import is
     * one transaction for all the requirements of a mail): the same requirement already open in the
     * tenant (same normalized title and client, overlapping places) gets this vendor as another
     * source; otherwise a new requirement is created, audited, and announced with
     * {@code RequirementImported}. Concurrent imports of the same title and client are serialized
     * ({@link RequirementRepository#lockFingerprint}), so three vendors mailing at once still make
     * one requirement.
     *
     * @param details what made it (engine, model, message), kept in the audit entry
     */
    public ImportedRequirement importInto(
            Tx tx,
            Caller caller,
            RequirementInput input,
            RequirementFingerprint fingerprint,
            RequirementSource source,
            Map<String, Object> details) {
        caller.require(Permission.REQUIREMENT_WRITE);
        input.validate();
        RequirementSource src = stored(source);
        repository.lockFingerprint(tx, fingerprint);
        for (RequirementRepository.FingerprintMatch c : repository.openWithSameTitleAndClient(tx, fingerprint)) {
            if (RequirementFingerprint.overlaps(c.locationKeys(), fingerprint.locationKeys())) {
                UUID id = c.requirementId();
                boolean added = repository.addSource(tx, ids.next(), id, src);
                if (added) {
                    LinkedHashSet<String> union = new LinkedHashSet<>(c.locationKeys());
                    union.addAll(fingerprint.locationKeys());
                    repository.updateFingerprintLocations(tx, id, List.copyOf(union));
                    Map<String, Object> d = new LinkedHashMap<>(details);
                    d.put("vendor", src.vendorKey());
                    audit.record(tx, caller, SPEC.name() + ".source-added", SPEC.name(), id, null, null, d);
                }
                Requirement current = repository.find(tx, id).orElseThrow();
                RequirementChain merged = current.chainOrEmpty().orElse(input.chain());
                if (!merged.equals(current.chainOrEmpty())) {
                    // a later vendor's mail names what earlier ones did not (the end client, the partner): link it
                    chainCheck.check(tx, merged);
                    repository.update(tx, current, RequirementInput.of(current).withChain(merged), clock.instant());
                    Requirement linked = repository.find(tx, id).orElseThrow();
                    audit.record(tx, caller, SPEC.name() + ".chain-linked", SPEC.name(), id, current, linked, details);
                    outbox.append(
                            tx,
                            caller,
                            SPEC.updatedEvent(),
                            1,
                            SPEC.name(),
                            id,
                            Map.of("id", id.toString(), "version", linked.version()));
                    current = linked;
                }
                return new ImportedRequirement(id, current.title(), false, added, repository.countSources(tx, id));
            }
        }
        UUID id = ids.next();
        Instant now = clock.instant();
        chainCheck.check(tx, input.chainOrEmpty());
        repository.insert(tx, id, input, now);
        repository.claimDedupeKey(tx, id, fingerprint.dedupeKey());
        repository.insertFingerprint(tx, id, fingerprint);
        repository.addSource(tx, ids.next(), id, src);
        Requirement created = repository.find(tx, id).orElseThrow();
        audit.record(tx, caller, SPEC.name() + ".created", SPEC.name(), id, null, created, details);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id.toString());
        event.put("version", created.version());
        event.put("source", "inbox");
        if (source.inboundMessageId() != null) {
            event.put("inboundMessageId", source.inboundMessageId().toString());
        }
        outbox.append(tx, caller, SPEC.createdEvent(), 1, SPEC.name(), id, event);
        return new ImportedRequirement(id, created.title(), true, true, 1);
    }

    /** The vendors a requirement came from, first first. */
    public List<RequirementSource> sources(Caller caller, UUID id) {
        caller.require(Permission.REQUIREMENT_READ);
        return transactions().inTenant(caller.tenant(), tx -> repository.sources(tx, id));
    }

    /** A page of the tenant's requirements, newest first, carrying {@code tag} when given. */
    public com.benchcrm.common.Page<Requirement> list(
            Caller caller, com.benchcrm.common.PageRequest page, java.util.Optional<String> tag) {
        return list(caller, page, (tx, before, limit) -> repository.list(tx, tag, before, limit));
    }

    /**
     * Replaces the requirement's tags ({@link com.benchcrm.common.Tags#normalize}): a new version,
     * audited as {@code requirement.tagged} and announced as {@code RequirementUpdated}.
     */
    public Requirement setTags(Caller caller, UUID id, List<String> tags, java.util.OptionalLong ifMatch) {
        caller.require(Permission.REQUIREMENT_WRITE);
        List<String> normalized = com.benchcrm.common.Tags.normalize(tags);
        return change(
                caller,
                id,
                ifMatch,
                "tagged",
                (tx, current) -> repository.setTags(tx, id, normalized, clock.instant()),
                Map.of("tags", normalized));
    }

    /**
     * Where a requirement came from: every vendor mail that carried it, first first, each with the
     * company and contact it was filed under, the rate offered and the chain it stated.
     *
     * @throws com.benchcrm.common.NotFoundException when the tenant has no such requirement
     */
    public Provenance provenance(Caller caller, UUID id) {
        caller.require(Permission.REQUIREMENT_READ);
        return transactions().inTenant(caller.tenant(), tx -> {
            Requirement r = repository
                    .find(tx, id)
                    .orElseThrow(() -> new com.benchcrm.common.NotFoundException(SPEC.name(), id));
            return new Provenance(r, repository.sources(tx, id));
        });
    }

    /**
     * A requirement and its sources.
     *
     * @param sources every vendor mail that carried it, in the order received
     */
    public record Provenance(Requirement requirement, List<RequirementSource> sources) {

        public Provenance {
            sources = List.copyOf(sources);
        }
    }

    @Override
    protected void checkReferences(Tx tx, Caller caller, UUID id, RequirementInput input) {
        chainCheck.check(tx, input.chainOrEmpty());
    }

    /**
     * Checks a chain's links inside the write's transaction: each named company and the contact
     * exist in the tenant, and the contact works for the vendor company. Supplied by the composition
     * root ({@link com.benchcrm.company.ChainLinks}), so requirements need not know companies' storage.
     */
    @FunctionalInterface
    public interface ChainCheck {
        void check(Tx tx, RequirementChain chain);
    }

    /** For tests and tools that write no chains: a chain with any link is refused (422), never half-checked. */
    public static final ChainCheck NO_LINKS = (tx, chain) -> {
        if (!chain.isEmpty()) {
            throw new com.benchcrm.common.ValidationException(
                    List.of(new com.benchcrm.common.ValidationException.FieldError(
                            "/chain", "links to companies are not available here")));
        }
    };

    /** The source as it is kept: the subject cut to {@value #MAX_SUBJECT} characters, a receipt time. */
    private RequirementSource stored(RequirementSource s) {
        String subject = s.subject() == null || s.subject().length() <= MAX_SUBJECT
                ? s.subject()
                : s.subject().substring(0, MAX_SUBJECT);
        return new RequirementSource(
                s.vendorKey(),
                s.vendorEmail(),
                s.vendorName(),
                s.vendorCompany(),
                s.vendorPhone(),
                s.inboundMessageId(),
                s.messageId(),
                subject,
                s.locations(),
                s.receivedAt() == null ? clock.instant() : s.receivedAt(),
                s.vendorCompanyId(),
                s.vendorContactId(),
                s.rateOffered(),
                s.implementationPartner(),
                s.primeVendor(),
                s.endClient(),
                s.chainDepth());
    }
}
