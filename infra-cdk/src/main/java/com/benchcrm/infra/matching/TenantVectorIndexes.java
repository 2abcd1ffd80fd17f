package com.benchcrm.infra.matching;

import com.benchcrm.infra.constructs.JavaFunction;
import com.benchcrm.infra.search.VectorCollection;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * The provider of {@link TenantVectorIndex}: the {@code functions/provisioning} artifact's second entry
 * point ({@value #HANDLER}), a function of its own <b>outside</b> the VPC. The collection's endpoint
 * is public (SigV4 only, ADR 0008) and the database VPC's isolated subnets have no route to it; an
 * OpenSearch Serverless VPC endpoint would cost more than a second small function (ADR 0032).
 *
 * <p>CloudFormation invokes its {@code live} alias asynchronously; a failed invocation lands in the
 * async-failures queue. Its data access (create and describe indexes, no documents) is granted by
 * the stack that composes it.
 */
public final class TenantVectorIndexes extends Construct {

    public static final String HANDLER = "com.benchcrm.function.provisioning.TenantIndexHandler::handleRequest";

    private final JavaFunction function;

    public TenantVectorIndexes(
            Construct scope,
            String id,
            Code provisioningCode,
            VectorCollection vectors,
            IKey logsKey,
            IQueue asyncFailures) {
        super(scope, id);
        this.function = new JavaFunction(
                this,
                "Function",
                JavaFunction.Props.builder()
                        .description(
                                "Creates each tenant's k-NN index in the vector collection (CloudFormation custom resource)")
                        .code(provisioningCode)
                        .handler(HANDLER)
                        .serviceName("tenant-vector-index")
                        .memorySize(1024)
                        .timeout(Duration.minutes(2))
                        // what TenantIndexConfig reads (BENCHCRM_VECTOR_STORE is there for symmetry; it ignores it)
                        .environment(vectors.clientEnvironment())
                        .logKey(logsKey)
                        .onFailure(asyncFailures)
                        .retryAttempts(2)
                        .build());
    }

    /** What {@link TenantVectorIndex} names as its {@code ServiceToken}: the live alias. */
    public String serviceToken() {
        return function.alias().getFunctionArn();
    }

    public JavaFunction function() {
        return function;
    }
}
