package com.benchcrm.infra.api;

import com.benchcrm.infra.constructs.JavaFunction;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * The provider of {@link com.benchcrm.infra.tenants.TenantRateLimit}: the {@code functions/provisioning} artifact's third entry
 * point ({@value #HANDLER}), a function of its own <b>outside</b> the VPC, beside the rate limit
 * table it writes (ADR 0035). A sibling of {@code matching.TenantVectorIndexes} (same artifact, same
 * shape) rather than a second resource type of that function: each keeps a role with only its own
 * data access, and the table's grant stays in the stack that owns the table. Not the in-VPC
 * migration function: the database VPC has no DynamoDB endpoint.
 *
 * <p>CloudFormation invokes its {@code live} alias asynchronously; a failed invocation lands in the
 * async-failures queue. It may {@code PutItem} and {@code DeleteItem} on the table, nothing else.
 */
public final class TenantRateLimits extends Construct {

    public static final String HANDLER = "com.benchcrm.function.provisioning.TenantRateLimitHandler::handleRequest";

    private final JavaFunction function;

    public TenantRateLimits(
            Construct scope,
            String id,
            Code provisioningCode,
            RateLimitTable table,
            IKey logsKey,
            IQueue asyncFailures) {
        super(scope, id);
        this.function = new JavaFunction(
                this,
                "Function",
                JavaFunction.Props.builder()
                        .description(
                                "Keeps each tenant's API rate limit item in the rate limit table (CloudFormation custom resource)")
                        .code(provisioningCode)
                        .handler(HANDLER)
                        .serviceName("tenant-rate-limit")
                        .memorySize(512)
                        .timeout(Duration.minutes(1))
                        // what TenantRateLimitConfig reads (AWS_REGION is Lambda's own)
                        .environment(Map.of(
                                "BENCHCRM_RATE_LIMIT_TABLE", table.table().getTableName()))
                        .logKey(logsKey)
                        .onFailure(asyncFailures)
                        .retryAttempts(2)
                        .build());
        table.grantLimitWriter(function.role());
    }

    /** What {@link com.benchcrm.infra.tenants.TenantRateLimit} names as its {@code ServiceToken}: the live alias. */
    public String serviceToken() {
        return function.alias().getFunctionArn();
    }

    public JavaFunction function() {
        return function;
    }
}
