package com.benchcrm.submission;

import com.benchcrm.matching.MatchHistory;
import com.benchcrm.matching.Outcome;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.tenancy.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The history factor's outcomes from the pipeline (issue 12, item 8), replacing the feedback-only
 * stand-in: what became of a consultant's (or a client's) submissions and interview rounds, with
 * recruiters' feedback on recommendations as a weaker signal. {@code MatchEngine} weighs each by
 * recency (half-life 180 days) and by its {@link Outcome#weight()}:
 *
 * <table>
 *   <tr><th>fact</th><th>won</th><th>weight</th><th>dated</th></tr>
 *   <tr><td>placed</td><td>yes</td><td>1</td><td>placed</td></tr>
 *   <tr><td>rejected before an offer</td><td>no</td><td>1</td><td>rejected</td></tr>
 *   <tr><td>offered, then rejected (the offer fell through)</td><td>yes</td><td>0.5</td><td>rejected</td></tr>
 *   <tr><td>offered, still open</td><td>yes</td><td>0.75</td><td>offered</td></tr>
 *   <tr><td>an interview round PASSED / FAILED or NO_SHOW</td><td>yes / no</td><td>0.5</td><td>recorded</td></tr>
 *   <tr><td>recommendation feedback ACCEPT / REJECT</td><td>yes / no</td><td>0.25</td><td>decided</td></tr>
 * </table>
 * Withdrawn submissions (the firm's own decision) and open ones before an offer count for nothing.
 * A client's history is its submissions' outcomes (any consultant), without interviews or feedback.
 *
 * <pre>{@code
 * MatchHistory history = new PipelineHistory(transactions, db.submissions(), new StoredMatchData(transactions, db.matchRuns(), db.matchSettings()));
 * }</pre>
 */
public final class PipelineHistory implements MatchHistory {

    static final double OFFER_FELL_THROUGH = 0.5;
    static final double OPEN_OFFER = 0.75;
    static final double INTERVIEW = 0.5;
    static final double FEEDBACK = 0.25;

    private final Transactions transactions;
    private final SubmissionRepository submissions;
    private final MatchHistory feedback;

    /** @param feedback the recruiters' feedback on recommendations (its outcomes count at {@value #FEEDBACK}) */
    public PipelineHistory(Transactions transactions, SubmissionRepository submissions, MatchHistory feedback) {
        this.transactions = transactions;
        this.submissions = submissions;
        this.feedback = feedback;
    }

    @Override
    public Map<UUID, List<Outcome>> consultants(TenantId tenant, Collection<UUID> consultantIds) {
        if (consultantIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<Outcome>> out = new HashMap<>();
        transactions.inTenant(tenant, tx -> {
            for (Submission s : submissions.sentBy(tx, consultantIds)) {
                outcome(s)
                        .ifPresent(o -> out.computeIfAbsent(s.consultantId(), k -> new ArrayList<>())
                                .add(o));
            }
            for (SubmissionRepository.InterviewResult r : submissions.decidedInterviews(tx, consultantIds)) {
                out.computeIfAbsent(r.consultantId(), k -> new ArrayList<>())
                        .add(new Outcome(day(r.at()), r.outcome() == InterviewOutcome.PASSED, INTERVIEW, "INTERVIEW"));
            }
            return null;
        });
        feedback.consultants(tenant, consultantIds)
                .forEach((id, list) -> list.forEach(o -> out.computeIfAbsent(id, k -> new ArrayList<>())
                        .add(new Outcome(o.decidedOn(), o.won(), FEEDBACK, "FEEDBACK"))));
        return out;
    }

    @Override
    public List<Outcome> company(TenantId tenant, String clientName) {
        if (clientName == null || clientName.isBlank()) {
            return List.of();
        }
        return transactions.inTenant(tenant, tx -> {
            List<Outcome> out = new ArrayList<>();
            for (Submission s : submissions.sentToClient(tx, clientName.strip())) {
                outcome(s).ifPresent(out::add);
            }
            return out;
        });
    }

    /** What one sent submission says about its consultant (and client), if anything yet. */
    static java.util.Optional<Outcome> outcome(Submission s) {
        Submission.Stages st = s.stages();
        if (st.placedAt() != null) {
            return java.util.Optional.of(new Outcome(day(st.placedAt()), true, 1.0, "PLACEMENT"));
        }
        if (s.status() == SubmissionStatus.REJECTED && st.closedAt() != null) {
            return java.util.Optional.of(
                    st.offeredAt() != null
                            ? new Outcome(day(st.closedAt()), true, OFFER_FELL_THROUGH, "OFFER")
                            : new Outcome(day(st.closedAt()), false, 1.0, "SUBMISSION"));
        }
        boolean open = s.status() != SubmissionStatus.WITHDRAWN && s.status() != SubmissionStatus.REJECTED;
        if (open && st.offeredAt() != null) {
            return java.util.Optional.of(new Outcome(day(st.offeredAt()), true, OPEN_OFFER, "OFFER"));
        }
        return java.util.Optional.empty();
    }

    private static LocalDate day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
