package com.benchcrm.testing.memory;

import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.persistence.Tx;
import com.benchcrm.submission.Interview;
import com.benchcrm.submission.Offer;
import com.benchcrm.submission.OfferStatus;
import com.benchcrm.submission.Placement;
import com.benchcrm.submission.StatusChange;
import com.benchcrm.submission.Submission;
import com.benchcrm.submission.SubmissionRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link SubmissionRepository} in memory, with the schema's unique keys ({@value #PAIR_KEY},
 * {@value #INTERVIEW_ROUND_KEY}, {@value #PLACEMENT_KEY}).
 */
public final class InMemorySubmissionRepository implements SubmissionRepository {

    private final Table<UUID, Submission> submissions;
    private final Table<UUID, StatusChange> changes;
    private final Table<UUID, Interview> interviews;
    private final Table<UUID, Offer> offers;
    private final Table<UUID, Placement> placements;

    private final InMemoryRequirementRepository requirements;

    InMemorySubmissionRepository(InMemoryTransactions store, InMemoryRequirementRepository requirements) {
        this.requirements = requirements;
        submissions = store.table(Uuids.ORDER);
        changes = store.table(Uuids.ORDER);
        interviews = store.table(Uuids.ORDER);
        offers = store.table(Uuids.ORDER);
        placements = store.table(Uuids.ORDER);
    }

    @Override
    public void insert(Tx tx, Submission s) {
        Map<UUID, Submission> all = submissions.rows(tx);
        if (all.containsKey(s.id())) {
            throw new DuplicateKeyException("submission_pkey");
        }
        if (all.values().stream()
                .anyMatch(x -> x.consultantId().equals(s.consultantId())
                        && x.requirementId().equals(s.requirementId()))) {
            throw new DuplicateKeyException(PAIR_KEY);
        }
        all.put(s.id(), s);
    }

    @Override
    public Optional<Submission> find(Tx tx, UUID id) {
        return Optional.ofNullable(submissions.rows(tx).get(id));
    }

    @Override
    public Optional<Submission> findForUpdate(Tx tx, UUID id) {
        return find(tx, id);
    }

    @Override
    public Optional<Submission> findByPair(Tx tx, UUID consultantId, UUID requirementId) {
        return submissions.rows(tx).values().stream()
                .filter(x -> x.consultantId().equals(consultantId)
                        && x.requirementId().equals(requirementId))
                .findFirst();
    }

    @Override
    public List<Submission> list(Tx tx, Query q, Optional<UUID> before, int limit) {
        var all = submissions.rows(tx);
        var view = before.isPresent() ? all.headMap(before.get(), false) : all;
        return view.descendingMap().values().stream()
                .filter(s -> q.statuses().isEmpty() || q.statuses().contains(s.status()))
                .filter(s -> q.consultantId().map(s.consultantId()::equals).orElse(true))
                .filter(s -> q.requirementId().map(s.requirementId()::equals).orElse(true))
                .filter(s -> q.vendorCompanyId()
                        .map(v -> v.equals(s.vendorCompanyId()))
                        .orElse(true))
                .limit(limit)
                .toList();
    }

    @Override
    public void update(Tx tx, Submission s) {
        Map<UUID, Submission> all = submissions.rows(tx);
        if (all.containsKey(s.id())) {
            all.put(s.id(), s);
        }
    }

    @Override
    public List<Submission> sentSince(Tx tx, UUID consultantId, Instant since) {
        return submissions.rows(tx).values().stream()
                .filter(s -> s.consultantId().equals(consultantId)
                        && s.stages().submittedAt() != null
                        && !s.stages().submittedAt().isBefore(since))
                .sorted(Comparator.comparing((Submission s) -> s.stages().submittedAt())
                        .reversed())
                .toList();
    }

    @Override
    public void appendStatusChange(Tx tx, StatusChange c) {
        changes.rows(tx).put(c.id(), c);
    }

    @Override
    public List<StatusChange> statusChanges(Tx tx, UUID submissionId) {
        return changes.rows(tx).values().stream()
                .filter(c -> c.submissionId().equals(submissionId))
                .toList();
    }

    @Override
    public void insertInterview(Tx tx, Interview i) {
        Map<UUID, Interview> all = interviews.rows(tx);
        if (all.values().stream().anyMatch(x -> x.submissionId().equals(i.submissionId()) && x.round() == i.round())) {
            throw new DuplicateKeyException(INTERVIEW_ROUND_KEY);
        }
        all.put(i.id(), i);
    }

    @Override
    public Optional<Interview> findInterview(Tx tx, UUID id) {
        return Optional.ofNullable(interviews.rows(tx).get(id));
    }

    @Override
    public Optional<Interview> findInterviewForUpdate(Tx tx, UUID id) {
        return findInterview(tx, id);
    }

    @Override
    public void updateInterview(Tx tx, Interview i) {
        Map<UUID, Interview> all = interviews.rows(tx);
        if (all.values().stream()
                .anyMatch(x -> !x.id().equals(i.id())
                        && x.submissionId().equals(i.submissionId())
                        && x.round() == i.round())) {
            throw new DuplicateKeyException(INTERVIEW_ROUND_KEY);
        }
        all.put(i.id(), i);
    }

    @Override
    public List<Interview> interviews(Tx tx, UUID submissionId) {
        return interviews.rows(tx).values().stream()
                .filter(i -> i.submissionId().equals(submissionId))
                .sorted(Comparator.comparingInt(Interview::round))
                .toList();
    }

    @Override
    public void insertOffer(Tx tx, Offer o) {
        offers.rows(tx).put(o.id(), o);
    }

    @Override
    public List<Offer> offers(Tx tx, UUID submissionId) {
        return offers.rows(tx).values().stream()
                .filter(o -> o.submissionId().equals(submissionId))
                .toList();
    }

    @Override
    public void setOfferStatus(Tx tx, UUID offerId, OfferStatus status) {
        offers.rows(tx)
                .computeIfPresent(
                        offerId,
                        (k, o) -> new Offer(
                                o.id(),
                                o.submissionId(),
                                o.rate(),
                                o.startDate(),
                                o.expiresOn(),
                                status,
                                o.notes(),
                                o.createdBy(),
                                o.createdAt()));
    }

    @Override
    public List<Submission> sentBy(Tx tx, java.util.Collection<UUID> consultantIds) {
        java.util.Set<UUID> ids = java.util.Set.copyOf(consultantIds);
        return submissions.rows(tx).values().stream()
                .filter(s -> s.stages().submittedAt() != null && ids.contains(s.consultantId()))
                .toList();
    }

    @Override
    public List<Submission> sentToClient(Tx tx, String clientName) {
        String key = clientName.strip().toLowerCase(java.util.Locale.ROOT);
        return submissions.rows(tx).values().stream()
                .filter(s -> s.stages().submittedAt() != null)
                .filter(s -> requirements
                        .find(tx, s.requirementId())
                        .map(r -> r.clientName() != null
                                && r.clientName()
                                        .strip()
                                        .toLowerCase(java.util.Locale.ROOT)
                                        .equals(key))
                        .orElse(false))
                .toList();
    }

    @Override
    public List<InterviewResult> decidedInterviews(Tx tx, java.util.Collection<UUID> consultantIds) {
        java.util.Set<UUID> ids = java.util.Set.copyOf(consultantIds);
        Map<UUID, Submission> subs = submissions.rows(tx);
        return interviews.rows(tx).values().stream()
                .filter(i -> i.outcome() == com.benchcrm.submission.InterviewOutcome.PASSED
                        || i.outcome() == com.benchcrm.submission.InterviewOutcome.FAILED
                        || i.outcome() == com.benchcrm.submission.InterviewOutcome.NO_SHOW)
                .filter(i -> subs.containsKey(i.submissionId())
                        && ids.contains(subs.get(i.submissionId()).consultantId()))
                .map(i -> new InterviewResult(subs.get(i.submissionId()).consultantId(), i.outcome(), i.updatedAt()))
                .toList();
    }

    @Override
    public void insertPlacement(Tx tx, Placement p) {
        Map<UUID, Placement> all = placements.rows(tx);
        if (all.values().stream().anyMatch(x -> x.submissionId().equals(p.submissionId()))) {
            throw new DuplicateKeyException(PLACEMENT_KEY);
        }
        all.put(p.id(), p);
    }

    @Override
    public Optional<Placement> placement(Tx tx, UUID submissionId) {
        return placements.rows(tx).values().stream()
                .filter(p -> p.submissionId().equals(submissionId))
                .findFirst();
    }

    /** Every submission of the transaction's tenant (for the in-memory KPIs). */
    List<Submission> all(Tx tx) {
        return List.copyOf(submissions.rows(tx).values());
    }

    /** Every placement of the transaction's tenant (for the in-memory KPIs). */
    List<Placement> allPlacements(Tx tx) {
        return List.copyOf(placements.rows(tx).values());
    }

    /** Every interview of the tenant (the notifications' daily job reads them). */
    List<Interview> allInterviews(Tx tx) {
        return List.copyOf(interviews.rows(tx).values());
    }
}
