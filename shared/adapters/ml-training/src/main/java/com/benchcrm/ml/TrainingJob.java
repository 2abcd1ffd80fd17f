package com.benchcrm.ml;

import com.benchcrm.matching.MatchEngine;
import com.benchcrm.matching.MatchRunRepository;
import com.benchcrm.matching.success.LabelledOutcome;
import com.benchcrm.matching.success.ModelCard;
import com.benchcrm.matching.success.SuccessFeatures;
import com.benchcrm.matching.success.SuccessModelRegistry;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.persistence.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * The training job of one tenant (ADR 0076): its labelled recommendations (stored feature snapshots joined with
 * submission outcomes and recruiter rejections) -> {@link SuccessTraining} -> a new version in the registry,
 * activated when it is calibrated (enough outcomes of both classes). Locally {@code ./benchcrm train --tenant demo};
 * in AWS the scheduled model-training function (not built yet, see the README).
 *
 * <pre>{@code
 * TrainingJob.Report r = new TrainingJob(db.transactions(), db.matchRuns(), registry, clock).run(tenant, true);
 * }</pre>
 */
public final class TrainingJob {

    /** What a run did: the card registered (null when there was too little to train on) and why. */
    public record Report(int labelled, int successes, ModelCard card, boolean activated, String message) {
    }

    private final Transactions transactions;
    private final MatchRunRepository runs;
    private final SuccessModelRegistry registry;
    private final Clock clock;

    public TrainingJob(Transactions transactions, MatchRunRepository runs, SuccessModelRegistry registry, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Report run(TenantId tenant, boolean activate) {
        List<LabelledOutcome> outcomes = transactions.inTenant(tenant, runs::labelledOutcomes);
        List<LabelledRow> rows = outcomes.stream().map(o -> new LabelledRow(SuccessFeatures.of(o.factors(), o.matchScore(), o.flagged()),
                o.success() ? 1 : 0, MatchEngine.successProbability(o.matchScore()) * (o.flagged() ? 0.5 : 1), o.recommendedAt())).toList();
        int successes = (int) rows.stream().filter(r -> r.y() == 1).count();
        Instant now = clock.instant();
        String version = "v" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(now);
        SuccessTraining.Result result;
        try {
            result = SuccessTraining.train(rows, version, "placed (rejected submissions and recruiter-rejected recommendations: not)", now);
        } catch (IllegalArgumentException e) {
            return new Report(rows.size(), successes, null, false, e.getMessage());
        }
        registry.register(tenant, result.model(), result.card(), result.trees());
        boolean activated = activate && result.model().calibrated();
        if (activated) {
            registry.activate(tenant, version);
        }
        return new Report(rows.size(), successes, result.card(), activated, activated ? "registered and activated " + version
                : "registered " + version + (result.model().calibrated() ? "" : " (not calibrated: " + result.card().notes() + ")"));
    }
}
