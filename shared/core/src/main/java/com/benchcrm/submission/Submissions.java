package com.benchcrm.submission;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.ConflictException;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Json;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.common.Rate;
import com.benchcrm.common.ValidationException;
import com.benchcrm.common.VersionMismatchException;
import com.benchcrm.events.EventCatalog;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.idempotency.IdempotencyKey;
import com.benchcrm.lifecycle.Created;
import com.benchcrm.margin.Margin;
import com.benchcrm.margin.Margins;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.parties.Parties;
import com.benchcrm.parties.SubmissionReferences;
import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.RequirementRepository;
import com.benchcrm.requirement.RequirementSource;
import com.benchcrm.rtr.Rtr;
import com.benchcrm.rtr.RtrRepository;
import com.benchcrm.rtr.RtrRules;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import com.benchcrm.workflow.WorkflowPolicy;
import com.benchcrm.workflow.WorkflowSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The submission pipeline's use cases, each one transaction: create (from scratch or from a
 * recommendation, idempotent with a key), read, list, change a draft, move through the
 * {@link SubmissionStateMachine}, schedule and record interviews, make offers, place.
 *
 * <p>Every move is checked before anything is written: the state machine (409 naming the allowed
 * moves), and on the way to SUBMITTED the vendor and rates being there, a valid RTR when the tenant
 * requires one ({@link RtrRequiredException}), the {@link DuplicateGuard} and the margin floor
 * (each overridable with a reason by an Admin or Owner, audited). Every move appends to the
 * history, writes an audit row and emits {@code SubmissionStatusChanged}; a scheduled interview
 * emits {@code InterviewScheduled}, a placement {@code PlacementStarted}.
 *
 * <pre>{@code
 * SubmissionDetails d = submissions.create(caller, new SubmissionInput(consultant, requirement, null, vendor, null,
 *         billRate, payRate, "Strong Kafka", true, null), Optional.empty()).value();
 * submissions.transition(caller, d.submission().id(), new TransitionInput(CLIENT_SUBMITTED, null, null), OptionalLong.empty());
 * Interview i = submissions.scheduleInterview(caller, d.submission().id(), interviewInput);   // -> INTERVIEWING
 * }</pre>
 */
public final class Submissions {

    /** The cursor kind of submission lists. */
    public static final String KIND = "submission";

    private final Transactions transactions;
    private final SubmissionRepository repository;
    private final SubmissionReferences references;
    private final RequirementRepository requirements;
    private final RtrRepository rtrs;
    private final WorkflowPolicy policy;
    private final com.benchcrm.consultant.Bench bench;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Idempotency idempotency;
    private final Ids ids;
    private final Clock clock;

    public Submissions(
            Transactions transactions,
            SubmissionRepository repository,
            SubmissionReferences references,
            RequirementRepository requirements,
            RtrRepository rtrs,
            WorkflowPolicy policy,
            com.benchcrm.consultant.Bench bench,
            AuditLog audit,
            Outbox outbox,
            Idempotency idempotency,
            Ids ids,
            Clock clock) {
        this.bench = bench;
        this.transactions = transactions;
        this.repository = repository;
        this.references = references;
        this.requirements = requirements;
        this.rtrs = rtrs;
        this.policy = policy;
        this.audit = audit;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.ids = ids;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------ create, read

    /**
     * Creates a DRAFT (and submits it at once with {@code submit: true}).
     *
     * @throws ValidationException          a field or a reference that does not hold (another tenant's record is none)
     * @throws ConflictException            {@code duplicate-submission} when this consultant already has a submission to this requirement
     * @throws DuplicateSubmissionException when submitting now collides with an earlier submission (409)
     */
    public Created<SubmissionDetails> create(Caller caller, SubmissionInput input, Optional<IdempotencyKey> key) {
        caller.require(Permission.SUBMISSION_WRITE);
        input.validate();
        return mapped(() -> transactions.inTenant(caller.tenant(), tx -> {
            if (key.isPresent()) {
                Optional<String> replay = idempotency.claim(tx, caller, key.get(), "submission.create", input);
                if (replay.isPresent()) {
                    UUID id = Json.read(replay.get(), Submission.class).id();
                    return new Created<>(
                            details(tx, repository.find(tx, id).orElseThrow(() -> new NotFoundException(KIND, id))),
                            true);
                }
            }
            Submission created = insert(tx, caller, input);
            key.ifPresent(k -> idempotency.complete(tx, caller, k, created.id(), Json.write(created)));
            return new Created<>(details(tx, created), false);
        }));
    }

    /**
     * Creates a submission from a recommendation: its consultant and requirement (and scores), and
     * the recommendation recorded as the submission's origin (what the recommendation's outcome is
     * read from).
     *
     * @throws NotFoundException   when there is no such recommendation in the tenant
     * @throws ValidationException when the body names another consultant or requirement than the recommendation's
     */
    public Created<SubmissionDetails> createFromRecommendation(
            Caller caller, UUID recommendationId, SubmissionInput body, Optional<IdempotencyKey> key) {
        caller.require(Permission.SUBMISSION_WRITE);
        SubmissionReferences.RecommendationRef rec = transactions
                .inTenant(caller.tenant(), tx -> references.recommendation(tx, recommendationId))
                .orElseThrow(() -> new NotFoundException("recommendation", recommendationId));
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (body.consultantId() != null && !body.consultantId().equals(rec.consultantId())) {
            errors.add(new ValidationException.FieldError(
                    "/consultantId",
                    "recommendation " + recommendationId + " is about consultant " + rec.consultantId()));
        }
        if (body.requirementId() != null && !body.requirementId().equals(rec.requirementId())) {
            errors.add(new ValidationException.FieldError(
                    "/requirementId",
                    "recommendation " + recommendationId + " is about requirement " + rec.requirementId()));
        }
        if (body.recommendationId() != null && !body.recommendationId().equals(recommendationId)) {
            errors.add(new ValidationException.FieldError(
                    "/recommendationId", "must be " + recommendationId + " or absent"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return create(
                caller,
                new SubmissionInput(
                        rec.consultantId(),
                        rec.requirementId(),
                        recommendationId,
                        body.vendorCompanyId(),
                        body.vendorContactId(),
                        body.billRate(),
                        body.payRate(),
                        body.notes(),
                        body.submit(),
                        body.override()),
                key);
    }

    public SubmissionDetails get(Caller caller, UUID id) {
        caller.require(Permission.SUBMISSION_READ);
        return transactions.inTenant(
                caller.tenant(),
                tx -> details(tx, repository.find(tx, id).orElseThrow(() -> new NotFoundException(KIND, id))));
    }

    public Page<Submission> list(Caller caller, SubmissionRepository.Query query, PageRequest page) {
        caller.require(Permission.SUBMISSION_READ);
        var rows = transactions.inTenant(
                caller.tenant(), tx -> repository.list(tx, query, page.after(), page.limit() + 1));
        return Page.fromOverfetch(rows, page.limit(), KIND, Submission::id);
    }

    // ----------------------------------------------------------------------------------- change

    /**
     * Changes a submission's vendor, rates or notes (a merge patch over {@link SubmissionChange#of});
     * only the notes once it has been sent.
     *
     * @throws ConflictException {@code submission-sent} when the vendor or a rate changes after DRAFT
     */
    public SubmissionDetails update(
            Caller caller, UUID id, UnaryOperator<SubmissionChange> change, OptionalLong ifMatch) {
        caller.require(Permission.SUBMISSION_WRITE);
        return transactions.inTenant(caller.tenant(), tx -> {
            Submission current = lock(tx, id, ifMatch);
            SubmissionChange before = SubmissionChange.of(current);
            SubmissionChange after = change.apply(before);
            after.validate();
            boolean terms = !java.util.Objects.equals(before.vendorCompanyId(), after.vendorCompanyId())
                    || !java.util.Objects.equals(before.vendorContactId(), after.vendorContactId())
                    || !sameTerms(before.billRate(), after.billRate())
                    || !sameTerms(before.payRate(), after.payRate());
            if (terms && current.status() != SubmissionStatus.DRAFT) {
                throw new ConflictException(
                        "submission-sent",
                        "submission " + id + " is " + current.status()
                                + ": its vendor and rates are what was sent; only the notes can change");
            }
            UUID vendor = Parties.check(tx, references, null, null, after.vendorCompanyId(), after.vendorContactId());
            WorkflowSettings settings = policy.current(tx);
            Margin margin = margin(after.billRate(), after.payRate(), settings);
            Instant now = now();
            Submission updated = new Submission(
                    id,
                    current.consultantId(),
                    current.requirementId(),
                    vendor,
                    after.vendorContactId(),
                    current.recommendationId(),
                    current.status(),
                    current.heldFrom(),
                    current.statusReason(),
                    after.billRate(),
                    after.payRate(),
                    blankToNull(after.notes()),
                    current.matchScore(),
                    current.successProbability(),
                    margin == null ? null : margin.marginHourly(),
                    margin == null ? null : margin.marginPercent(),
                    current.rtrId(),
                    current.duplicateOverride(),
                    current.marginOverride(),
                    current.createdBy(),
                    current.stages(),
                    current.version() + 1,
                    current.createdAt(),
                    now);
            repository.update(tx, updated);
            audit.record(tx, caller, "submission.updated", KIND, id, current, updated);
            return details(tx, updated);
        });
    }

    /**
     * Moves a submission to another status (not OFFERED or PLACED: {@link #makeOffer} and {@link #place} carry their details).
     *
     * @throws IllegalTransitionException  (409) naming the allowed moves
     * @throws RtrRequiredException        (422) when the tenant requires an RTR and none is valid
     * @throws DuplicateSubmissionException (409) when an earlier submission collides and no override was given
     * @throws MarginBelowFloorException   (422) below the floor without an override
     */
    public SubmissionDetails transition(Caller caller, UUID id, TransitionInput input, OptionalLong ifMatch) {
        caller.require(Permission.SUBMISSION_WRITE);
        input.validate();
        return mapped(() -> transactions.inTenant(caller.tenant(), tx -> {
            Submission current = lock(tx, id, ifMatch);
            SubmissionStateMachine.check(current.status(), current.heldFrom(), input.to());
            if (input.to() == SubmissionStatus.OFFERED || input.to() == SubmissionStatus.PLACED) {
                String route = input.to() == SubmissionStatus.OFFERED
                        ? "POST /v1/submissions/" + id + "/offers"
                        : "POST /v1/submissions/" + id + "/placement";
                throw new ValidationException(List.of(new ValidationException.FieldError(
                        "/to", input.to() + " needs its details: record it with " + route)));
            }
            Submission moved =
                    move(tx, caller, current, input.to(), input.reason(), OverrideInput.orNone(input.override()));
            return details(tx, moved);
        }));
    }

    // ------------------------------------------------------------------------------- interviews

    /**
     * Schedules an interview round; a CLIENT_SUBMITTED submission moves to INTERVIEWING. Emits
     * {@code InterviewScheduled}.
     *
     * @throws IllegalTransitionException when the submission is neither CLIENT_SUBMITTED nor INTERVIEWING
     * @throws ConflictException          {@code duplicate} when the round is taken
     */
    public Interview scheduleInterview(Caller caller, UUID submissionId, InterviewInput input) {
        caller.require(Permission.SUBMISSION_WRITE);
        input.validate();
        return mapped(() -> transactions.inTenant(caller.tenant(), tx -> {
            Submission current = lock(tx, submissionId, OptionalLong.empty());
            if (current.status() != SubmissionStatus.INTERVIEWING) {
                SubmissionStateMachine.check(current.status(), current.heldFrom(), SubmissionStatus.INTERVIEWING);
            }
            List<Interview> existing = repository.interviews(tx, submissionId);
            int round = input.round() != null
                    ? input.round()
                    : existing.stream().mapToInt(Interview::round).max().orElse(0) + 1;
            Instant now = now();
            Interview interview = new Interview(
                    ids.next(),
                    submissionId,
                    round,
                    startInstant(input),
                    input.timeZone().trim(),
                    input.duration(),
                    input.mode(),
                    blankToNull(input.interviewer()),
                    blankToNull(input.location()),
                    input.outcome() == null ? InterviewOutcome.SCHEDULED : input.outcome(),
                    blankToNull(input.feedback()),
                    1,
                    caller.userId(),
                    now,
                    now);
            repository.insertInterview(tx, interview);
            if (current.status() != SubmissionStatus.INTERVIEWING) {
                move(tx, caller, current, SubmissionStatus.INTERVIEWING, null, OverrideInput.NONE);
            }
            audit.record(
                    tx,
                    caller,
                    "interview.scheduled",
                    "interview",
                    interview.id(),
                    null,
                    interview,
                    Map.of("submissionId", submissionId.toString(), "round", round));
            outbox.append(
                    tx,
                    caller,
                    EventCatalog.INTERVIEW_SCHEDULED,
                    EventCatalog.currentVersion(EventCatalog.INTERVIEW_SCHEDULED),
                    "interview",
                    interview.id(),
                    interviewEvent(current, interview));
            return interview;
        }));
    }

    public Interview interview(Caller caller, UUID id) {
        caller.require(Permission.SUBMISSION_READ);
        return transactions
                .inTenant(caller.tenant(), tx -> repository.findInterview(tx, id))
                .orElseThrow(() -> new NotFoundException("interview", id));
    }

    /** The interview as a calendar entry: with the consultant's name, the requirement's title and client, and the vendor. */
    public InterviewCalendar.Entry calendarEntry(Caller caller, UUID id) {
        caller.require(Permission.SUBMISSION_READ);
        return transactions.inTenant(caller.tenant(), tx -> {
            Interview interview =
                    repository.findInterview(tx, id).orElseThrow(() -> new NotFoundException("interview", id));
            Submission s = repository.find(tx, interview.submissionId()).orElseThrow();
            Optional<Requirement> requirement = requirements.find(tx, s.requirementId());
            String vendor = s.vendorCompanyId() == null
                    ? null
                    : references
                            .company(tx, s.vendorCompanyId())
                            .map(SubmissionReferences.CompanyRef::name)
                            .orElse(null);
            return new InterviewCalendar.Entry(
                    interview,
                    references.consultantName(tx, s.consultantId()).orElse("Consultant"),
                    requirement.map(Requirement::title).orElse("Requirement"),
                    requirement.map(Requirement::clientName).orElse(null),
                    vendor);
        });
    }

    /**
     * Changes an interview (a merge patch over {@link InterviewInput#of}): reschedule it, record the
     * outcome and the feedback. A rescheduled interview is announced again ({@code InterviewScheduled}).
     */
    public Interview updateInterview(
            Caller caller, UUID id, UnaryOperator<InterviewInput> change, OptionalLong ifMatch) {
        caller.require(Permission.SUBMISSION_WRITE);
        return mapped(() -> transactions.inTenant(caller.tenant(), tx -> {
            Interview current =
                    repository.findInterviewForUpdate(tx, id).orElseThrow(() -> new NotFoundException("interview", id));
            if (ifMatch.isPresent() && ifMatch.getAsLong() != current.version()) {
                throw new VersionMismatchException("interview", ifMatch.getAsLong(), current.version());
            }
            InterviewInput in = change.apply(InterviewInput.of(current));
            in.validate();
            Instant now = now();
            Interview updated = new Interview(
                    id,
                    current.submissionId(),
                    in.round() == null ? current.round() : in.round(),
                    startInstant(in),
                    in.timeZone().trim(),
                    in.duration(),
                    in.mode(),
                    blankToNull(in.interviewer()),
                    blankToNull(in.location()),
                    in.outcome() == null ? InterviewOutcome.SCHEDULED : in.outcome(),
                    blankToNull(in.feedback()),
                    current.version() + 1,
                    current.createdBy(),
                    current.createdAt(),
                    now);
            repository.updateInterview(tx, updated);
            audit.record(
                    tx,
                    caller,
                    "interview.updated",
                    "interview",
                    id,
                    current,
                    updated,
                    Map.of(
                            "submissionId",
                            current.submissionId().toString(),
                            "outcome",
                            updated.outcome().name()));
            if (!updated.startsAt().equals(current.startsAt())
                    || updated.outcome() == InterviewOutcome.CANCELLED
                            && current.outcome() != InterviewOutcome.CANCELLED) {
                Submission s = repository.find(tx, current.submissionId()).orElseThrow();
                outbox.append(
                        tx,
                        caller,
                        EventCatalog.INTERVIEW_SCHEDULED,
                        EventCatalog.currentVersion(EventCatalog.INTERVIEW_SCHEDULED),
                        "interview",
                        id,
                        interviewEvent(s, updated));
            }
            return updated;
        }));
    }

    // ------------------------------------------------------------------------ offers, placement

    /**
     * Records an offer; an INTERVIEWING submission moves to OFFERED (an OFFERED one gets a revised offer).
     *
     * @throws ValidationException when the offer's currency is not the submission's bill currency
     */
    public Offer makeOffer(Caller caller, UUID submissionId, OfferInput input) {
        caller.require(Permission.SUBMISSION_WRITE);
        input.validate(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        return transactions.inTenant(caller.tenant(), tx -> {
            Submission current = lock(tx, submissionId, OptionalLong.empty());
            if (current.status() != SubmissionStatus.OFFERED) {
                SubmissionStateMachine.check(current.status(), current.heldFrom(), SubmissionStatus.OFFERED);
            }
            if (current.billRate() != null
                    && !current.billRate().currency().equals(input.rate().currency())) {
                throw new ValidationException(List.of(new ValidationException.FieldError(
                        "/rate/currency",
                        "must be the submission's bill currency ("
                                + current.billRate().currency() + ")")));
            }
            Offer offer = new Offer(
                    ids.next(),
                    submissionId,
                    input.rate(),
                    input.startDate(),
                    input.expiresOn(),
                    OfferStatus.EXTENDED,
                    blankToNull(input.notes()),
                    caller.userId(),
                    now());
            repository.insertOffer(tx, offer);
            audit.record(
                    tx,
                    caller,
                    "offer.created",
                    "offer",
                    offer.id(),
                    null,
                    offer,
                    Map.of("submissionId", submissionId.toString()));
            if (current.status() != SubmissionStatus.OFFERED) {
                move(tx, caller, current, SubmissionStatus.OFFERED, null, OverrideInput.NONE);
            }
            return offer;
        });
    }

    /**
     * Places an OFFERED submission: the placement (rates defaulting to the latest offer's bill rate
     * and the submission's pay rate, the start to the offer's), the offer ACCEPTED, the submission
     * PLACED. Emits {@code PlacementStarted}. Below the margin floor it needs an override.
     */
    public Placement place(Caller caller, UUID submissionId, PlacementInput input) {
        caller.require(Permission.SUBMISSION_WRITE);
        input.validate();
        return mapped(() -> transactions.inTenant(caller.tenant(), tx -> {
            Submission current = lock(tx, submissionId, OptionalLong.empty());
            SubmissionStateMachine.check(current.status(), current.heldFrom(), SubmissionStatus.PLACED);
            List<Offer> offers = repository.offers(tx, submissionId);
            Optional<Offer> offer = offers.isEmpty() ? Optional.empty() : Optional.of(offers.get(offers.size() - 1));
            Rate bill = input.billRate() != null
                    ? input.billRate()
                    : offer.map(o -> new Rate(
                                    o.rate().amount(),
                                    o.rate().currency(),
                                    o.rate().unit(),
                                    null))
                            .orElse(current.billRate());
            Rate pay = input.payRate() != null ? input.payRate() : current.payRate();
            LocalDate start = input.startDate() != null
                    ? input.startDate()
                    : offer.map(Offer::startDate).orElse(null);
            List<ValidationException.FieldError> errors = new ArrayList<>();
            if (bill == null) {
                errors.add(new ValidationException.FieldError(
                        "/billRate", "is required: the submission has no offer and no bill rate"));
            }
            if (pay == null) {
                errors.add(
                        new ValidationException.FieldError("/payRate", "is required: the submission has no pay rate"));
            }
            if (start == null) {
                errors.add(
                        new ValidationException.FieldError("/startDate", "is required: no offer names a start date"));
            }
            if (start != null && input.endDate() != null && input.endDate().isBefore(start)) {
                errors.add(new ValidationException.FieldError(
                        "/endDate", "must not be before the start date (" + start + ")"));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            if (pay.employmentType() == null) {
                pay = new Rate(pay.amount(), pay.currency(), pay.unit(), com.benchcrm.common.EmploymentType.C2C);
            }
            WorkflowSettings settings = policy.current(tx);
            Margin margin = Margins.of(bill, pay, settings.w2BurdenPercent());
            OverrideInput override = OverrideInput.orNone(input.override());
            String marginReason = null;
            if (margin.below(settings.marginFloorPercent())) {
                marginReason = requireOverride(
                        caller,
                        override.margin(),
                        () -> new MarginBelowFloorException(margin, settings.marginFloorPercent()));
            }
            Placement placement = new Placement(
                    ids.next(),
                    submissionId,
                    current.consultantId(),
                    current.requirementId(),
                    start,
                    input.endDate(),
                    bill,
                    pay,
                    margin,
                    marginReason,
                    caller.userId(),
                    now());
            repository.insertPlacement(tx, placement);
            offer.filter(o -> o.status() == OfferStatus.EXTENDED)
                    .ifPresent(o -> repository.setOfferStatus(tx, o.id(), OfferStatus.ACCEPTED));
            if (marginReason != null) {
                audit.record(
                        tx,
                        caller,
                        "placement.margin_override",
                        "placement",
                        placement.id(),
                        null,
                        null,
                        Map.of(
                                "reason",
                                marginReason,
                                "marginPercent",
                                margin.marginPercent().toPlainString(),
                                "floorPercent",
                                settings.marginFloorPercent().toPlainString()));
            }
            audit.record(
                    tx,
                    caller,
                    "placement.created",
                    "placement",
                    placement.id(),
                    null,
                    placement,
                    Map.of("submissionId", submissionId.toString()));
            move(tx, caller, current, SubmissionStatus.PLACED, null, OverrideInput.NONE);
            // placed is sold: off the bench now, even when the project starts later (the placement is the record of
            // the change; the bench update is the user's, with the consultant write that placing implies)
            bench.placed(
                    tx,
                    new Caller(
                            caller.tenant(),
                            caller.userId(),
                            java.util.Set.of(com.benchcrm.security.Role.Recruiter),
                            caller.traceId()),
                    current.consultantId());
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", placement.id().toString());
            data.put("submissionId", submissionId.toString());
            data.put("consultantId", current.consultantId().toString());
            data.put("requirementId", current.requirementId().toString());
            data.put("startDate", start.toString());
            if (input.endDate() != null) {
                data.put("endDate", input.endDate().toString());
            }
            outbox.append(
                    tx,
                    caller,
                    EventCatalog.PLACEMENT_STARTED,
                    EventCatalog.currentVersion(EventCatalog.PLACEMENT_STARTED),
                    "placement",
                    placement.id(),
                    data);
            return placement;
        }));
    }

    // ---------------------------------------------------------------------------------- internal

    private Submission insert(Tx tx, Caller caller, SubmissionInput input) {
        UUID vendor = Parties.check(
                tx,
                references,
                input.consultantId(),
                input.requirementId(),
                input.vendorCompanyId(),
                input.vendorContactId());
        Double score = null;
        Double probability = null;
        if (input.recommendationId() != null) {
            var rec = references
                    .recommendation(tx, input.recommendationId())
                    .orElseThrow(() -> new ValidationException(List.of(new ValidationException.FieldError(
                            "/recommendationId",
                            "no recommendation " + input.recommendationId() + " in your organization"))));
            if (!rec.consultantId().equals(input.consultantId())
                    || !rec.requirementId().equals(input.requirementId())) {
                throw new ValidationException(List.of(new ValidationException.FieldError(
                        "/recommendationId",
                        "recommendation " + rec.id() + " is about consultant " + rec.consultantId()
                                + " for requirement " + rec.requirementId())));
            }
            score = rec.matchScore();
            probability = rec.successProbability();
        }
        Optional<Submission> pair = repository.findByPair(tx, input.consultantId(), input.requirementId());
        if (pair.isPresent()) {
            throw new ConflictException(
                    "duplicate-submission",
                    "consultant " + input.consultantId() + " already has submission "
                            + pair.get().id() + " (" + pair.get().status() + ") to requirement " + input.requirementId()
                            + "; a consultant is submitted to a requirement once");
        }
        WorkflowSettings settings = policy.current(tx);
        Margin margin = margin(input.billRate(), input.payRate(), settings);
        Instant now = now();
        Submission draft = new Submission(
                ids.next(),
                input.consultantId(),
                input.requirementId(),
                vendor,
                input.vendorContactId(),
                input.recommendationId(),
                SubmissionStatus.DRAFT,
                null,
                null,
                input.billRate(),
                input.payRate(),
                blankToNull(input.notes()),
                score,
                probability,
                margin == null ? null : margin.marginHourly(),
                margin == null ? null : margin.marginPercent(),
                null,
                null,
                null,
                caller.userId(),
                new Submission.Stages(null, null, null, null, null, null, now),
                1,
                now,
                now);
        repository.insert(tx, draft);
        repository.appendStatusChange(
                tx, new StatusChange(ids.next(), draft.id(), null, SubmissionStatus.DRAFT, null, caller.userId(), now));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("consultantId", draft.consultantId().toString());
        details.put("requirementId", draft.requirementId().toString());
        if (draft.recommendationId() != null) {
            details.put("recommendationId", draft.recommendationId().toString());
        }
        audit.record(tx, caller, "submission.created", KIND, draft.id(), null, draft, details);
        outbox.append(
                tx,
                caller,
                EventCatalog.SUBMISSION_STATUS_CHANGED,
                EventCatalog.currentVersion(EventCatalog.SUBMISSION_STATUS_CHANGED),
                KIND,
                draft.id(),
                statusEvent(draft, null));
        if (input.submitNow()) {
            return move(tx, caller, draft, SubmissionStatus.SUBMITTED, null, OverrideInput.orNone(input.override()));
        }
        return draft;
    }

    /** The checks of {@code to}, then the move: update, history, audit, event. */
    private Submission move(
            Tx tx, Caller caller, Submission current, SubmissionStatus to, String reason, OverrideInput override) {
        SubmissionStateMachine.check(current.status(), current.heldFrom(), to);
        Instant now = now();
        Submission checked = current;
        Map<String, Object> details = new LinkedHashMap<>();
        if (to == SubmissionStatus.SUBMITTED && current.status() == SubmissionStatus.DRAFT) {
            checked = checkSubmit(tx, caller, current, override, now, details);
        }
        SubmissionStatus held = to == SubmissionStatus.ON_HOLD ? current.status() : null;
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        Submission moved = checked.moved(to, held, why, now);
        repository.update(tx, moved);
        repository.appendStatusChange(
                tx, new StatusChange(ids.next(), current.id(), current.status(), to, why, caller.userId(), now));
        if (current.status() == SubmissionStatus.OFFERED
                && (to == SubmissionStatus.REJECTED || to == SubmissionStatus.WITHDRAWN)) {
            for (Offer o : repository.offers(tx, current.id())) {
                if (o.status() == OfferStatus.EXTENDED) {
                    repository.setOfferStatus(tx, o.id(), OfferStatus.DECLINED);
                }
            }
        }
        details.put("from", current.status().name());
        details.put("to", to.name());
        if (why != null) {
            details.put("reason", why);
        }
        audit.record(tx, caller, "submission.status_changed", KIND, current.id(), current, moved, details);
        outbox.append(
                tx,
                caller,
                EventCatalog.SUBMISSION_STATUS_CHANGED,
                EventCatalog.currentVersion(EventCatalog.SUBMISSION_STATUS_CHANGED),
                KIND,
                current.id(),
                statusEvent(moved, current.status()));
        return moved;
    }

    /** What must hold before a DRAFT is sent; returns the submission with its RTR and override reasons. */
    private Submission checkSubmit(
            Tx tx, Caller caller, Submission s, OverrideInput override, Instant now, Map<String, Object> details) {
        List<ValidationException.FieldError> missing = new ArrayList<>();
        if (s.vendorCompanyId() == null) {
            missing.add(new ValidationException.FieldError(
                    "/vendorCompanyId", "is required to submit: the vendor it goes to"));
        }
        if (s.billRate() == null) {
            missing.add(new ValidationException.FieldError(
                    "/billRate", "is required to submit: the rate offered to the vendor"));
        }
        if (s.payRate() == null) {
            missing.add(
                    new ValidationException.FieldError("/payRate", "is required to submit: the consultant's pay rate"));
        }
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
        WorkflowSettings settings = policy.current(tx);
        UUID rtrId = null;
        if (settings.rtrRequired()) {
            rtrId = validRtr(tx, s, now).id();
            details.put("rtrId", rtrId.toString());
        }
        String duplicateReason = null;
        if (settings.duplicateWindowDays() > 0) {
            List<DuplicateGuard.Conflict> conflicts = duplicates(tx, s, settings, now);
            if (!conflicts.isEmpty()) {
                duplicateReason = requireOverride(
                        caller,
                        override.duplicate(),
                        () -> new DuplicateSubmissionException(conflicts, settings.duplicateWindowDays()));
                audit.record(
                        tx,
                        caller,
                        "submission.duplicate_override",
                        KIND,
                        s.id(),
                        null,
                        null,
                        Map.of(
                                "reason",
                                duplicateReason,
                                "earlierSubmissionIds",
                                String.join(
                                        ",",
                                        conflicts.stream()
                                                .map(c -> c.submissionId().toString())
                                                .toList())));
            }
        }
        Margin margin = Margins.of(s.billRate(), s.payRate(), settings.w2BurdenPercent());
        String marginReason = null;
        if (margin.below(settings.marginFloorPercent())) {
            marginReason = requireOverride(
                    caller,
                    override.margin(),
                    () -> new MarginBelowFloorException(margin, settings.marginFloorPercent()));
            audit.record(
                    tx,
                    caller,
                    "submission.margin_override",
                    KIND,
                    s.id(),
                    null,
                    null,
                    Map.of(
                            "reason",
                            marginReason,
                            "marginPercent",
                            margin.marginPercent().toPlainString(),
                            "floorPercent",
                            settings.marginFloorPercent().toPlainString()));
        }
        return s.withChecks(rtrId, duplicateReason, marginReason);
    }

    /** The RTR that covers the submission now ({@link RtrRules}: valid, consenting to the bill rate), else 422. */
    private Rtr validRtr(Tx tx, Submission s, Instant now) {
        RtrRules.Cover cover = RtrRules.cover(
                rtrs.forSubmission(tx, s.consultantId(), s.requirementId(), s.vendorCompanyId()), s.billRate(), now);
        if (!cover.covered()) {
            throw new RtrRequiredException(s.consultantId(), s.requirementId(), s.vendorCompanyId(), cover.problems());
        }
        return cover.rtr();
    }

    /** The same rate, whatever the scale of its amount (85 and 85.00 are one rate). */
    private static boolean sameTerms(Rate a, Rate b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.amount().compareTo(b.amount()) == 0
                && a.currency().equals(b.currency())
                && a.unit() == b.unit()
                && a.employmentType() == b.employmentType();
    }

    private List<DuplicateGuard.Conflict> duplicates(Tx tx, Submission s, WorkflowSettings settings, Instant now) {
        List<Submission> sent =
                repository.sentSince(tx, s.consultantId(), now.minus(Duration.ofDays(settings.duplicateWindowDays())));
        if (sent.stream().allMatch(x -> x.id().equals(s.id()))) {
            return List.of();
        }
        Set<UUID> requirementIds = new HashSet<>();
        requirementIds.add(s.requirementId());
        Set<UUID> vendorIds = new HashSet<>();
        for (Submission x : sent) {
            requirementIds.add(x.requirementId());
            if (x.vendorCompanyId() != null) {
                vendorIds.add(x.vendorCompanyId());
            }
        }
        Map<UUID, Requirement> byId = new java.util.HashMap<>();
        for (Requirement r : requirements.findMany(tx, requirementIds)) {
            byId.put(r.id(), r);
        }
        Requirement target = byId.get(s.requirementId());
        if (target == null) {
            throw new NotFoundException("requirement", s.requirementId());
        }
        Map<UUID, String> names = new java.util.HashMap<>();
        references.companies(tx, vendorIds).forEach((id, c) -> names.put(id, c.name()));
        return DuplicateGuard.conflicts(s.id(), target, sent, byId, names);
    }

    private static String requireOverride(Caller caller, String reason, Supplier<RuntimeException> refusal) {
        if (reason == null) {
            throw refusal.get();
        }
        caller.require(Permission.SUBMISSION_OVERRIDE);
        return reason;
    }

    private static Margin margin(Rate bill, Rate pay, WorkflowSettings settings) {
        return bill == null || pay == null ? null : Margins.of(bill, pay, settings.w2BurdenPercent());
    }

    private Submission lock(Tx tx, UUID id, OptionalLong ifMatch) {
        Submission current = repository.findForUpdate(tx, id).orElseThrow(() -> new NotFoundException(KIND, id));
        if (ifMatch.isPresent() && ifMatch.getAsLong() != current.version()) {
            throw new VersionMismatchException(KIND, ifMatch.getAsLong(), current.version());
        }
        return current;
    }

    private SubmissionDetails details(Tx tx, Submission s) {
        String vendorName = s.vendorCompanyId() == null
                ? null
                : references
                        .company(tx, s.vendorCompanyId())
                        .map(SubmissionReferences.CompanyRef::name)
                        .orElse(null);
        List<SubmissionDetails.VendorOption> vendors = new ArrayList<>();
        for (RequirementSource src : requirements.sources(tx, s.requirementId())) {
            vendors.add(new SubmissionDetails.VendorOption(
                    src.vendorKey(),
                    src.vendorCompanyId(),
                    src.vendorCompany(),
                    src.vendorEmail(),
                    src.rateOffered(),
                    src.chainDepth(),
                    src.receivedAt()));
        }
        return new SubmissionDetails(
                s,
                vendorName,
                repository.statusChanges(tx, s.id()),
                repository.interviews(tx, s.id()),
                repository.offers(tx, s.id()),
                repository.placement(tx, s.id()).orElse(null),
                vendors);
    }

    private static Instant startInstant(InterviewInput in) {
        return ZonedDateTime.of(in.startsAt(), ZoneId.of(in.timeZone().trim())).toInstant();
    }

    private static Map<String, Object> statusEvent(Submission s, SubmissionStatus from) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", s.id().toString());
        data.put("version", s.version());
        data.put("consultantId", s.consultantId().toString());
        data.put("requirementId", s.requirementId().toString());
        if (s.vendorCompanyId() != null) {
            data.put("vendorCompanyId", s.vendorCompanyId().toString());
        }
        if (s.recommendationId() != null) {
            data.put("recommendationId", s.recommendationId().toString());
        }
        if (from != null) {
            data.put("from", from.name());
        }
        data.put("to", s.status().name());
        return data;
    }

    private static Map<String, Object> interviewEvent(Submission s, Interview i) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", i.id().toString());
        data.put("version", i.version());
        data.put("submissionId", s.id().toString());
        data.put("consultantId", s.consultantId().toString());
        data.put("requirementId", s.requirementId().toString());
        data.put("round", i.round());
        data.put("startsAt", i.startsAt().toString());
        data.put("timeZone", i.timeZone());
        data.put("durationMinutes", i.durationMinutes());
        data.put("mode", i.mode().name());
        data.put("outcome", i.outcome().name());
        return data;
    }

    private <R> R mapped(Supplier<R> work) {
        try {
            return work.get();
        } catch (DuplicateKeyException e) {
            if (SubmissionRepository.PAIR_KEY.equals(e.key())) {
                throw new ConflictException(
                        "duplicate-submission", "this consultant already has a submission to this requirement");
            }
            if (SubmissionRepository.INTERVIEW_ROUND_KEY.equals(e.key())) {
                throw new ConflictException("duplicate", "this submission already has an interview of that round");
            }
            if (SubmissionRepository.PLACEMENT_KEY.equals(e.key())) {
                throw new ConflictException("duplicate", "this submission is placed already");
            }
            throw e;
        }
    }

    /** Now, at the database's precision (microseconds), so what a call returns is what a later read returns. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
