package com.benchcrm.matching.drift;

import com.benchcrm.common.InvalidRequestException;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.matching.MatchRunRepository;
import com.benchcrm.matching.success.ModelCard;
import com.benchcrm.matching.success.Psi;
import com.benchcrm.matching.success.SuccessFeatures;
import com.benchcrm.matching.success.SuccessModel;
import com.benchcrm.matching.success.SuccessModelRegistry;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import com.benchcrm.tenancy.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Drift of the active success model (ADR 0078): the {@link Psi} of each feature and of the model's score between
 * the training window (the decile bins stored in the model card) and recent traffic (the feature snapshots of the
 * recommendations made in the last {@code days} days, at most {@value #MAX_SNAPSHOTS}, newest first). Served by
 * {@code GET /v1/models/active/drift} (Owner and Admin) and measured by the scheduled training job (a CloudWatch
 * metric with an alarm at {@link Psi#SIGNIFICANT}).
 *
 * <pre>{@code
 * ModelDrift.Report r = new ModelDrift(db.transactions(), db.matchRuns(), registry, clock).report(caller, 30);
 * r.maxPsi();   // NaN without recent traffic
 * }</pre>
 */
public final class ModelDrift {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 365;
    public static final int MAX_SNAPSHOTS = 50_000;

    /** One feature's (or the score's) drift: its PSI (null without recent traffic) and how to read it. */
    public record Entry(String name, Double psi, String level) {}

    /**
     * @param version      the active model
     * @param windowFrom   its training window (labelled outcomes' recommendation times)
     * @param recentFrom   the start of the recent window (now minus {@code days})
     * @param recent       recommendations in the recent window that were compared
     * @param threshold    the PSI above which drift is significant ({@value Psi#SIGNIFICANT})
     * @param features     each feature's drift, in the model's feature order
     * @param score        the served model's score's drift
     * @param maxPsi       the largest PSI of the features and the score (null without recent traffic)
     * @param significant  whether {@code maxPsi} is over the threshold
     */
    public record Report(
            String version,
            Instant windowFrom,
            Instant windowTo,
            Instant recentFrom,
            Instant recentTo,
            int days,
            int recent,
            double threshold,
            List<Entry> features,
            Entry score,
            Double maxPsi,
            boolean significant) {}

    private final Transactions transactions;
    private final MatchRunRepository runs;
    private final SuccessModelRegistry registry;
    private final Clock clock;

    public ModelDrift(Transactions transactions, MatchRunRepository runs, SuccessModelRegistry registry, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The active model's drift over the last {@code days} days (Owner and Admin).
     *
     * @throws NotFoundException       when no model is active, or its card has no training bins (trained before
     *                                 drift was measured: train again)
     * @throws InvalidRequestException when {@code days} is not 1 to {@value #MAX_DAYS}
     */
    public Report report(Caller caller, int days) {
        caller.require(Permission.SETTINGS_MANAGE);
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidRequestException("days", "must be between 1 and " + MAX_DAYS);
        }
        return measure(caller.tenant(), days)
                .orElseThrow(() -> new NotFoundException("model drift baseline", "active"));
    }

    /** The drift of the tenant's active model, or empty when none is active or its card has no training bins. */
    public Optional<Report> measure(TenantId tenant, int days) {
        Optional<String> version = registry.activeVersion(tenant);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        Optional<ModelCard> card = registry.card(tenant, version.get());
        Optional<SuccessModel> model = registry.active(tenant);
        if (card.isEmpty()
                || model.isEmpty()
                || card.get().trainingBins() == null
                || card.get().trainingBins().isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(days));
        List<MatchRunRepository.Snapshot> recent =
                transactions.inTenant(tenant, tx -> runs.snapshotsSince(tx, from, MAX_SNAPSHOTS));
        return Optional.of(compare(card.get(), model.get(), recent, from, now, days));
    }

    /** The comparison itself (no I/O). */
    public static Report compare(
            ModelCard card,
            SuccessModel model,
            List<MatchRunRepository.Snapshot> recent,
            Instant from,
            Instant to,
            int days) {
        List<String> names = model.features();
        double[][] x = new double[recent.size()][];
        double[] scores = new double[recent.size()];
        for (int i = 0; i < recent.size(); i++) {
            MatchRunRepository.Snapshot s = recent.get(i);
            x[i] = SuccessFeatures.of(s.factors(), s.matchScore(), s.flagged());
            scores[i] = model.probability(x[i]);
        }
        Map<String, ModelCard.Histogram> bins = card.trainingBins();
        List<Entry> features = new ArrayList<>();
        for (int f = 0; f < names.size(); f++) {
            ModelCard.Histogram h = bins.get(names.get(f));
            if (h == null) {
                continue;
            }
            double[] column = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                column[i] = x[i][f];
            }
            features.add(entry(names.get(f), Psi.psi(h, column)));
        }
        ModelCard.Histogram sh = bins.get(ModelCard.SCORE);
        Entry score =
                sh == null ? new Entry(ModelCard.SCORE, null, "unknown") : entry(ModelCard.SCORE, Psi.psi(sh, scores));
        Double max = java.util.stream.Stream.concat(features.stream(), java.util.stream.Stream.of(score))
                .map(Entry::psi)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new Report(
                card.version(),
                card.windowFrom(),
                card.windowTo(),
                from,
                to,
                days,
                recent.size(),
                Psi.SIGNIFICANT,
                List.copyOf(features),
                score,
                max,
                max != null && max > Psi.SIGNIFICANT);
    }

    private static Entry entry(String name, double psi) {
        return new Entry(name, Double.isNaN(psi) ? null : round(psi), Psi.level(psi));
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
