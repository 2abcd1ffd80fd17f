package com.benchcrm.function.modeltraining;

import com.benchcrm.common.Json;
import com.benchcrm.function.runtime.EventHandler;
import com.benchcrm.function.runtime.Invocation;
import com.benchcrm.matching.drift.ModelDrift;
import com.benchcrm.ml.TrainingJob;
import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code modelTraining} function, invoked by one tenant's EventBridge Scheduler schedule with
 * {@code {"tenantId": "<uuid>", "slug": "acme"}} (optional {@code "activate": false} to register without activating,
 * {@code "driftDays": n}): first the drift of the model that served until now (its training bins against the last
 * {@code driftDays} days of recommendations; published as a metric), then a training run that registers a new
 * version and activates it when it is calibrated. An event without a valid tenant id fails the invocation (the
 * schedule's retries end in its dead-letter queue with the reason).
 */
public final class ModelTrainingFunction implements EventHandler<ModelTrainingFunction.Summary> {

    private static final Logger LOG = LoggerFactory.getLogger(ModelTrainingFunction.class);

    /** What one invocation did. {@code driftMaxPsi} is null when no model with training bins was active. */
    public record Summary(
            String tenantId,
            String slug,
            int labelled,
            int successes,
            String version,
            boolean calibrated,
            boolean activated,
            String message,
            Double driftMaxPsi,
            Double driftScorePsi,
            boolean driftSignificant) {}

    /** Where the drift goes (CloudWatch in Lambda, ADR 0078). */
    public interface DriftMetrics {
        void publish(TenantId tenant, String slug, ModelDrift.Report report);
    }

    /** The training job of one tenant: {@code (tenant, activate) -> report}. */
    public interface Training {
        TrainingJob.Report run(TenantId tenant, boolean activate);
    }

    private final Training training;
    private final BiFunction<TenantId, Integer, Optional<ModelDrift.Report>> drift;
    private final DriftMetrics metrics;
    private final int defaultDriftDays;

    public ModelTrainingFunction(
            Training training,
            BiFunction<TenantId, Integer, Optional<ModelDrift.Report>> drift,
            DriftMetrics metrics,
            int defaultDriftDays) {
        this.training = training;
        this.drift = drift;
        this.metrics = metrics;
        this.defaultDriftDays = defaultDriftDays;
    }

    @Override
    public Summary handle(Invocation invocation) {
        JsonNode event =
                Json.read(new String(invocation.event(), java.nio.charset.StandardCharsets.UTF_8), JsonNode.class);
        String rawTenant = event.path("tenantId").asText("");
        TenantId tenant;
        try {
            tenant = new TenantId(UUID.fromString(rawTenant));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "the schedule's event must carry the tenant's id as \"tenantId\" (a UUID), not '" + rawTenant + "'",
                    e);
        }
        String slug = event.path("slug").asText("");
        boolean activate = event.path("activate").asBoolean(true);
        int days = event.path("driftDays").asInt(defaultDriftDays);
        if (days < 1 || days > ModelDrift.MAX_DAYS) {
            throw new IllegalArgumentException("driftDays must be 1 to " + ModelDrift.MAX_DAYS + ", not " + days);
        }

        Optional<ModelDrift.Report> measured = drift.apply(tenant, days);
        measured.ifPresent(r -> {
            metrics.publish(tenant, slug, r);
            if (r.significant()) {
                LOG.warn(
                        "success model {} of tenant {} drifted: max PSI {} over {} (last {} days, {} recommendations)",
                        r.version(),
                        slug,
                        r.maxPsi(),
                        r.threshold(),
                        r.days(),
                        r.recent());
            }
        });
        TrainingJob.Report t = training.run(tenant, activate);
        LOG.info("model training of tenant {}: {}", slug, t.message());
        return new Summary(
                tenant.value().toString(),
                slug,
                t.labelled(),
                t.successes(),
                t.card() == null ? null : t.card().version(),
                t.card() != null && t.card().calibrated(),
                t.activated(),
                t.message(),
                measured.map(ModelDrift.Report::maxPsi).orElse(null),
                measured.map(r -> r.score().psi()).orElse(null),
                measured.map(ModelDrift.Report::significant).orElse(false));
    }
}
