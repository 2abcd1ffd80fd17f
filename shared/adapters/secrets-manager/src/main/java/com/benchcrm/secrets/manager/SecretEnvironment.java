package com.benchcrm.secrets.manager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A function's environment with its secrets resolved: for each secret variable {@code NAME} that is
 * not set while {@code NAME_ARN} is, {@code NAME} answers the value of that Secrets Manager secret,
 * read once, here (at start: before the SnapStart snapshot, never per request). The CDK app sets
 * {@code NAME_ARN} and grants {@code secretsmanager:GetSecretValue} on that secret only; the embedded
 * stack sets {@code NAME} and no source is ever built. A secret that cannot be read stops the start,
 * naming the variable: a function must not run with a made-up secret.
 *
 * <pre>{@code
 * Function<String, String> env = SecretEnvironment.resolve(beans.environment(), List.of("BENCHCRM_UNSUBSCRIBE_SECRET"),
 *         () -> SecretValues.secretsManager(region));
 * HttpApiConfig config = HttpApiConfig.from(env);
 * }</pre>
 */
public final class SecretEnvironment {

    /** The suffix of the variable that names a secret's ARN. */
    public static final String ARN_SUFFIX = "_ARN";

    private SecretEnvironment() {}

    /**
     * @param env     the plain environment
     * @param names   the secret variables (each may come as itself or as {@code <name>_ARN})
     * @param source  built only when a variable needs resolving (the embedded stack never builds one)
     * @throws IllegalStateException naming the variable whose secret could not be read
     */
    public static Function<String, String> resolve(
            Function<String, String> env, List<String> names, Supplier<SecretValues> source) {
        Map<String, String> resolved = new HashMap<>();
        SecretValues values = null;
        for (String name : names) {
            String plain = env.apply(name);
            String arn = env.apply(name + ARN_SUFFIX);
            if ((plain != null && !plain.isBlank()) || arn == null || arn.isBlank()) {
                continue;
            }
            if (values == null) {
                values = source.get();
            }
            try {
                resolved.put(name, values.value(arn.strip()));
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        name + " could not be read from " + name + ARN_SUFFIX + ": " + e.getMessage(), e);
            }
        }
        if (resolved.isEmpty()) {
            return env;
        }
        Map<String, String> fixed = Map.copyOf(resolved);
        return name -> fixed.containsKey(name) ? fixed.get(name) : env.apply(name);
    }

    /** {@link #resolve} with Secrets Manager in the function's region ({@code AWS_REGION}). */
    public static Function<String, String> resolve(Function<String, String> env, List<String> names) {
        return resolve(env, names, () -> {
            String region = env.apply("AWS_REGION");
            return SecretValues.secretsManager(region == null || region.isBlank() ? "us-east-1" : region);
        });
    }
}
