package com.benchcrm.ratelimit;

/**
 * One tenant's limit: a steady {@code rate} of requests per second and a {@code burst} (the most
 * requests it may make at once after a quiet spell), as API Gateway's rate and burst limits mean them.
 */
public record RateLimit(int rate, int burst) {

    public RateLimit {
        if (rate < 1) {
            throw new IllegalArgumentException("rate must be at least 1 request per second, not " + rate);
        }
        if (burst < rate) {
            throw new IllegalArgumentException("burst (" + burst + ") must be at least the rate (" + rate + ")");
        }
    }
}
