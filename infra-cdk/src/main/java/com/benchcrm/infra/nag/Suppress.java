package com.benchcrm.infra.nag;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.List;
import software.constructs.IConstruct;

/**
 * Suppresses one AWS Solutions finding on a construct and its children, with the reason a reviewer
 * reads in the nag report. Call it where the resource is defined, so the reason sits beside the
 * decision.
 *
 * <pre>{@code
 * Suppress.on(bucket, "S1", "this bucket is the access-log target itself");
 * Suppress.on(role, "IAM5", "X-Ray accepts only Resource *", "Resource::*");
 * }</pre>
 */
public final class Suppress {

    private static final int MIN_REASON = 20;

    /** A finding-id pattern for {@code appliesTo}, e.g. {@code "^Resource::<.*\\.Arn>/raw/acme/\\*$"}. */
    public static RegexAppliesTo matching(String javaScriptRegex) {
        return RegexAppliesTo.builder().regex("/" + javaScriptRegex + "/").build();
    }

    private Suppress() {}

    /**
     * @param rule      the rule id without the pack prefix ({@code IAM5})
     * @param reason    why the finding is acceptable here (at least 20 characters)
     * @param appliesTo finding ids the suppression is limited to (for IAM4/IAM5: a {@code String} such
     *                  as {@code "Resource::*"}, or a {@link #matching(String)} pattern), or none for all
     */
    public static void on(IConstruct construct, String rule, String reason, Object... appliesTo) {
        if (reason == null || reason.strip().length() < MIN_REASON) {
            throw new IllegalArgumentException(
                    "a suppression of " + rule + " needs a reason of at least " + MIN_REASON + " characters");
        }
        NagPackSuppression.Builder s =
                NagPackSuppression.builder().id("AwsSolutions-" + rule).reason(reason);
        if (appliesTo.length > 0) {
            s.appliesTo(List.of(appliesTo));
        }
        NagSuppressions.addResourceSuppressions(construct, List.of(s.build()), true);
    }
}
