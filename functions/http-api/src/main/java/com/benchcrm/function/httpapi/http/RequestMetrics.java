package com.benchcrm.function.httpapi.http;

/**
 * Per-request measurements. In Lambda they are CloudWatch embedded-metric-format lines (Powertools);
 * the embedded stack, which serves many requests at once in one JVM, turns them off.
 */
public interface RequestMetrics {

    RequestMetrics NONE = (route, status, millis) -> {};

    void record(String route, int status, long millis);
}
