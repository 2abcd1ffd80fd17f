package com.benchcrm.function.modeltraining;

import com.benchcrm.matching.drift.ModelDrift;
import com.benchcrm.tenancy.TenantId;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * The drift as CloudWatch embedded metrics (namespace {@value #NAMESPACE}, the function's {@code Service} dimension
 * only, so one alarm covers every tenant; the tenant and model version ride along as metadata):
 * {@value #MAX_PSI} (the largest PSI of the features and the score; the alarm fires above 0.25) and
 * {@value #SCORE_PSI}. Nothing is published without recent traffic (PSI undefined).
 */
final class PowertoolsDriftMetrics implements ModelTrainingFunction.DriftMetrics {

    static final String NAMESPACE = "BenchCRM";
    static final String MAX_PSI = "SuccessModelDriftMaxPsi";
    static final String SCORE_PSI = "SuccessModelDriftScorePsi";
    /** The one dimension, {@code Service}: what the CDK app's alarm selects. */
    static final String SERVICE = "model-training";

    private final Metrics metrics = MetricsFactory.getMetricsInstance();

    PowertoolsDriftMetrics() {
        if (System.getenv("POWERTOOLS_METRICS_NAMESPACE") == null) {
            metrics.setNamespace(NAMESPACE);
        }
        metrics.setRaiseOnEmptyMetrics(false);
        metrics.setDefaultDimensions(DimensionSet.of("Service", SERVICE));
    }

    @Override
    public void publish(TenantId tenant, String slug, ModelDrift.Report report) {
        if (report.maxPsi() == null) {
            return;
        }
        metrics.addMetadata("tenantId", tenant.value().toString());
        metrics.addMetadata("tenant", slug);
        metrics.addMetadata("modelVersion", report.version());
        metrics.addMetadata("recentRecommendations", report.recent());
        metrics.addMetric(MAX_PSI, report.maxPsi(), MetricUnit.NONE);
        if (report.score().psi() != null) {
            metrics.addMetric(SCORE_PSI, report.score().psi(), MetricUnit.NONE);
        }
        metrics.flush();
    }
}
