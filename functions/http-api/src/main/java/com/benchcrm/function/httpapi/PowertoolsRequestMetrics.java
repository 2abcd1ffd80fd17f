package com.benchcrm.function.httpapi;

import com.benchcrm.function.httpapi.http.RequestMetrics;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/** Request count, latency and errors as CloudWatch embedded metrics (one flush per invocation). */
final class PowertoolsRequestMetrics implements RequestMetrics {

    private final Metrics metrics = MetricsFactory.getMetricsInstance();

    PowertoolsRequestMetrics() {
        if (System.getenv("POWERTOOLS_METRICS_NAMESPACE") == null) {
            metrics.setNamespace("BenchCRM");
        }
        metrics.setRaiseOnEmptyMetrics(false);
    }

    @Override
    public void record(String route, int status, long millis) {
        // EMF dimension values may not contain whitespace: "GET /v1/x/{id}" becomes "GET:/v1/x/{id}".
        metrics.addDimension(DimensionSet.of("Route", route.replaceAll("\\s+", ":")));
        metrics.addMetric("Requests", 1, MetricUnit.COUNT);
        metrics.addMetric("Latency", millis, MetricUnit.MILLISECONDS);
        metrics.addMetric(status >= 500 ? "Faults" : status >= 400 ? "ClientErrors" : "Successes", 1, MetricUnit.COUNT);
        metrics.flush();
    }

    /** One request let through because the rate limit store did not answer (ADR 0035). */
    static void rateLimitFailedOpen() {
        Metrics m = MetricsFactory.getMetricsInstance();
        m.addDimension(DimensionSet.of("Route", "rate-limit"));
        m.addMetric("RateLimitFailOpen", 1, MetricUnit.COUNT);
        m.flush();
    }
}
