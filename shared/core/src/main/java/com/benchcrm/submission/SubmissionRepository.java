package com.benchcrm.submission;

import com.benchcrm.persistence.Tx;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Port: the {@link Tx}'s tenant's submissions with what hangs off them: the status history
 * (append-only), interviews, offers and the placement. Deleting a submission (or its consultant or
 * requirement) removes them all. Unique keys: {@value #PAIR_KEY} (one submission per consultant and
 * requirement), {@value #INTERVIEW_ROUND_KEY} (one interview per round), {@value #PLACEMENT_KEY}
 * (one placement per submission).
 */
public interface SubmissionRepository {

    String PAIR_KEY = "submission_pair_key";
    String INTERVIEW_ROUND_KEY = "interview_round_key";
    String PLACEMENT_KEY = "placement_submission_key";

    /** Which submissions a list returns; an empty field does not filter. */
    record Query(
            Set<SubmissionStatus> statuses,
            Optional<UUID> consultantId,
            Optional<UUID> requirementId,
            Optional<UUID> vendorCompanyId) {

        public static final Query ALL = new Query(Set.of(), Optional.empty(), Optional.empty(), Optional.empty());

        public Query {
            statuses = Set.copyOf(statuses);
        }
    }

    /** Stores a new submission as given (its version, stages and times included). */
    void insert(Tx tx, Submission submission);

    Optional<Submission> find(Tx tx, UUID id);

    /** Reads and locks the submission against concurrent writers until the transaction ends. */
    Optional<Submission> findForUpdate(Tx tx, UUID id);

    Optional<Submission> findByPair(Tx tx, UUID consultantId, UUID requirementId);

    /** Newest (highest id) first, ids below {@code before}. */
    List<Submission> list(Tx tx, Query query, Optional<UUID> before, int limit);

    /** Replaces every stored field of the submission with {@code submission}'s (the id stays). */
    void update(Tx tx, Submission submission);

    /** The consultant's submissions sent (SUBMITTED or later, whatever they are now) at or after {@code since}. */
    List<Submission> sentSince(Tx tx, UUID consultantId, Instant since);

    void appendStatusChange(Tx tx, StatusChange change);

    /** Oldest first. */
    List<StatusChange> statusChanges(Tx tx, UUID submissionId);

    void insertInterview(Tx tx, Interview interview);

    Optional<Interview> findInterview(Tx tx, UUID id);

    Optional<Interview> findInterviewForUpdate(Tx tx, UUID id);

    void updateInterview(Tx tx, Interview interview);

    /** By round. */
    List<Interview> interviews(Tx tx, UUID submissionId);

    void insertOffer(Tx tx, Offer offer);

    /** Oldest first. */
    List<Offer> offers(Tx tx, UUID submissionId);

    void setOfferStatus(Tx tx, UUID offerId, OfferStatus status);

    /** A decided interview round (PASSED, FAILED or NO_SHOW) of a consultant, when it was recorded. */
    record InterviewResult(UUID consultantId, InterviewOutcome outcome, Instant at) {}

    /** Every sent submission (SUBMITTED or later) of these consultants, for the history factor. */
    List<Submission> sentBy(Tx tx, java.util.Collection<UUID> consultantIds);

    /** Every sent submission to a requirement of this client (its client name, trimmed, ignoring case). */
    List<Submission> sentToClient(Tx tx, String clientName);

    /** The decided interview rounds of these consultants. */
    List<InterviewResult> decidedInterviews(Tx tx, java.util.Collection<UUID> consultantIds);

    void insertPlacement(Tx tx, Placement placement);

    Optional<Placement> placement(Tx tx, UUID submissionId);
}
