package com.benchcrm.ratelimit;

import com.benchcrm.tenancy.TenantId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The configured limits: a default for every tenant and optional per-tenant overrides.
 *
 * <p>{@link #parseOverrides} reads the overrides' text form {@code <tenant-id>=<rate>:<burst>,...}
 * (the {@code BENCHCRM_RATE_LIMIT_TENANTS} variable of the embedded stack).
 */
public record RateLimits(RateLimit defaults, Map<TenantId, RateLimit> overrides) {

    public RateLimits {
        Objects.requireNonNull(defaults, "defaults");
        overrides = Map.copyOf(overrides);
    }

    public RateLimit of(TenantId tenant) {
        return overrides.getOrDefault(tenant, defaults);
    }

    /**
     * Parses {@code <tenant-id>=<rate>:<burst>} entries separated by commas; each bad entry adds one
     * line to {@code problems}.
     */
    public static Map<TenantId, RateLimit> parseOverrides(String text, List<String> problems) {
        Map<TenantId, RateLimit> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String entry : text.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            try {
                String[] idAndLimit = e.split("=", 2);
                String[] rateAndBurst = idAndLimit[1].split(":", 2);
                int rate = Integer.parseInt(rateAndBurst[0].strip());
                int burst = rateAndBurst.length > 1 ? Integer.parseInt(rateAndBurst[1].strip()) : rate;
                out.put(TenantId.parse(idAndLimit[0].strip()), new RateLimit(rate, burst));
            } catch (RuntimeException x) {
                problems.add(
                        "rate limit override '" + e + "' is not <tenant-id>=<rate>:<burst> (" + x.getMessage() + ")");
            }
        }
        return out;
    }
}
