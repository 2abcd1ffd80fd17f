package com.benchcrm.secrets.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SecretEnvironmentTest {

    private static final String NAME = "BENCHCRM_UNSUBSCRIBE_SECRET";
    private static final String ARN =
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:benchcrm-dev-unsubscribe-AbCdEf";

    private final List<String> reads = new ArrayList<>();
    private int sourcesBuilt;

    /** A fake Secrets Manager: the secrets it holds by ARN, every read recorded. */
    private SecretValues fake(Map<String, String> secrets) {
        sourcesBuilt++;
        return arn -> {
            reads.add(arn);
            String v = secrets.get(arn);
            if (v == null) {
                throw new SecretValues.SecretUnavailableException("ResourceNotFoundException: " + arn, null);
            }
            return v;
        };
    }

    private static Function<String, String> env(Map<String, String> vars) {
        Map<String, String> copy = new HashMap<>(vars);
        return copy::get;
    }

    @Test
    void resolve_arnSetValueUnset_answersTheSecretsValueReadOnce() {
        Function<String, String> resolved = SecretEnvironment.resolve(
                env(Map.of(NAME + "_ARN", ARN, "AWS_REGION", "eu-west-1")),
                List.of(NAME),
                () -> fake(Map.of(ARN, "s3cr3t-from-secrets-manager-0123456789")));

        assertThat(resolved.apply(NAME)).isEqualTo("s3cr3t-from-secrets-manager-0123456789");
        assertThat(resolved.apply(NAME)).isEqualTo("s3cr3t-from-secrets-manager-0123456789");
        assertThat(resolved.apply("AWS_REGION")).isEqualTo("eu-west-1");
        assertThat(resolved.apply("UNSET")).isNull();
        assertThat(reads).containsExactly(ARN);
    }

    @Test
    void resolve_valueSetDirectly_winsAndNoClientIsBuilt() {
        Function<String, String> resolved = SecretEnvironment.resolve(
                env(Map.of(NAME, "the-embedded-stacks-own-secret-0123456789", NAME + "_ARN", ARN)),
                List.of(NAME),
                () -> fake(Map.of(ARN, "from-aws")));

        assertThat(resolved.apply(NAME)).isEqualTo("the-embedded-stacks-own-secret-0123456789");
        assertThat(sourcesBuilt).isZero();
        assertThat(reads).isEmpty();
    }

    @Test
    void resolve_neitherSet_leavesTheVariableUnsetWithoutAClient() {
        Function<String, String> resolved =
                SecretEnvironment.resolve(env(Map.of()), List.of(NAME), () -> fake(Map.of()));

        assertThat(resolved.apply(NAME)).isNull();
        assertThat(sourcesBuilt).isZero();
    }

    @Test
    void resolve_secretUnreadable_failsTheStartNamingTheVariable() {
        assertThatThrownBy(() ->
                        SecretEnvironment.resolve(env(Map.of(NAME + "_ARN", ARN)), List.of(NAME), () -> fake(Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(NAME + "_ARN")
                .hasMessageContaining("ResourceNotFoundException");
    }

    @Test
    void resolve_twoSecrets_oneSourceBuiltForBoth() {
        String other = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:other-XyZ";
        Function<String, String> resolved = SecretEnvironment.resolve(
                env(Map.of(NAME + "_ARN", ARN, "OTHER_ARN", " " + other + " ")),
                List.of(NAME, "OTHER"),
                () -> fake(Map.of(ARN, "one", other, "two")));

        assertThat(resolved.apply(NAME)).isEqualTo("one");
        assertThat(resolved.apply("OTHER")).isEqualTo("two");
        assertThat(sourcesBuilt).isEqualTo(1);
    }
}
