package com.benchcrm.infra.search;

import com.benchcrm.infra.config.DeploymentConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.GrantOnPrincipalOptions;
import software.amazon.awscdk.services.iam.IRole;

/**
 * The embedding model on Bedrock (Titan Text Embeddings v2, ADR 0030): the environment a function
 * reads to embed texts, and the one permission it needs, {@code bedrock:InvokeModel} on exactly that
 * foundation model.
 *
 * <pre>{@code
 * env.putAll(Embeddings.environment(config.search()));
 * Embeddings.grantInvoke(fn.role(), config.search());
 * }</pre>
 */
public final class Embeddings {

    private Embeddings() {}

    /** {@code BENCHCRM_EMBEDDINGS}, {@code BENCHCRM_EMBEDDING_MODEL_ID}, {@code BENCHCRM_EMBEDDING_DIMENSIONS}. */
    public static Map<String, String> environment(DeploymentConfig.Search search) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("BENCHCRM_EMBEDDINGS", "bedrock");
        env.put("BENCHCRM_EMBEDDING_MODEL_ID", search.embeddingModelId());
        env.put("BENCHCRM_EMBEDDING_DIMENSIONS", Integer.toString(search.embeddingDimensions()));
        return env;
    }

    /** {@code arn:<partition>:bedrock:<region>::foundation-model/<model id>}, in the role's stack. */
    public static String modelArn(IRole role, DeploymentConfig.Search search) {
        Stack stack = Stack.of(role);
        return "arn:" + stack.getPartition() + ":bedrock:" + stack.getRegion() + "::foundation-model/"
                + search.embeddingModelId();
    }

    /** {@code bedrock:InvokeModel} on the configured foundation model only. */
    public static void grantInvoke(IRole role, DeploymentConfig.Search search) {
        Grant.addToPrincipal(GrantOnPrincipalOptions.builder()
                .grantee(role)
                .actions(List.of("bedrock:InvokeModel"))
                .resourceArns(List.of(modelArn(role, search)))
                .build());
    }
}
