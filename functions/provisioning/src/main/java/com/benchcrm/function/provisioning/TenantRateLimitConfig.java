package com.benchcrm.function.provisioning;

import static com.benchcrm.common.EnvReader.required;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the tenant rate limit function reads from its environment, once, validated at start.
 *
 * <table>
 *   <caption>Environment</caption>
 *   <tr><td>BENCHCRM_RATE_LIMIT_TABLE</td><td>the rate limit table (the name the HTTP API function reads)</td></tr>
 *   <tr><td>AWS_REGION</td><td>set by Lambda</td></tr>
 * </table>
 */
public record TenantRateLimitConfig(String table, String region) {

    /** Reads and validates; every problem is reported at once. */
    public static TenantRateLimitConfig from(Function<String, String> env) {
        List<String> problems = new ArrayList<>();
        String table = required(env, "BENCHCRM_RATE_LIMIT_TABLE", problems);
        String region = required(env, "AWS_REGION", problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "the tenant rate limit function is not configured: " + String.join("; ", problems));
        }
        return new TenantRateLimitConfig(table.trim(), region.trim());
    }
}
