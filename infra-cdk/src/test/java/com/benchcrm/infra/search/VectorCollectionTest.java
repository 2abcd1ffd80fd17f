package com.benchcrm.infra.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;

/** What {@link VectorCollection} refuses and names, before any synthesis. */
class VectorCollectionTest {

    private final Stack stack = new Stack();
    private final VectorCollection vectors =
            new VectorCollection(stack, "Vectors", "benchcrm-dev", new Key(stack, "Key"), false);
    private final Role role = Role.Builder.create(stack, "Role")
            .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
            .build();

    @Test
    void indexPattern_coversEveryIndexOfTheDeployment_andNothingElse() {
        assertThat(vectors.indexPattern()).isEqualTo("index/benchcrm-dev-vectors/benchcrm-dev-*");
        assertThat(vectors.clientEnvironment())
                .containsEntry("BENCHCRM_OPENSEARCH_INDEX_PREFIX", "benchcrm-dev")
                .containsEntry("BENCHCRM_OPENSEARCH_INDEX_LAYOUT", "per-tenant");
    }

    @Test
    void grantIndexAccess_policyNameTooLong_isRefused() {
        assertThatThrownBy(() -> vectors.grantIndexAccess(
                        stack,
                        "Access",
                        "a-very-long-deployment-name-vec-match",
                        Map.of(VectorCollection.IndexAccess.READ, List.of(role))))
                .hasMessageContaining("3-32 lower-case letters");
    }

    @Test
    void grantIndexAccess_levelWithoutRoles_isRefused() {
        assertThatThrownBy(() -> vectors.grantIndexAccess(
                        stack, "Access", "benchcrm-dev-vec", Map.of(VectorCollection.IndexAccess.READ, List.of())))
                .hasMessageContaining("at least one role");
    }
}
