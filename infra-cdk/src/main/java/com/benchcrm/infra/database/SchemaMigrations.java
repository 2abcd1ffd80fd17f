package com.benchcrm.infra.database;

import com.benchcrm.infra.constructs.JavaFunction;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CustomResource;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * Applies the schema on every deployment: the {@code functions/provisioning} function (in the VPC,
 * JDBC to Aurora) behind the custom resource {@code Custom::BenchCrmSchema}, whose {@code Revision}
 * is the function's published version, so a new migration (a new jar) re-runs it. Tenant rows are
 * further custom resources of the same function ({@link TenantRow}), in the tenants stack, and so are
 * the tenants' declared partner webhooks ({@code webhooks.TenantWebhook}).
 *
 * <p>CloudFormation invokes the function's {@code live} alias asynchronously; the function answers
 * at the pre-signed URL (success or failure), and an invocation that fails outright lands in the
 * async-failures queue.
 */
public final class SchemaMigrations extends Construct {

    public static final String HANDLER = "com.benchcrm.function.provisioning.DatabaseHandler::handleRequest";

    private final JavaFunction function;
    private final CustomResource schema;
    private final String roleArn;

    public SchemaMigrations(
            Construct scope,
            String id,
            Code code,
            DatabaseNetwork network,
            AuroraDatabase database,
            IKey logsKey,
            IQueue asyncFailures) {
        this(scope, id, code, network, database, logsKey, asyncFailures, null);
    }

    /** @param deployment names the tenants' key aliases the function seals webhook secrets under (null: none) */
    public SchemaMigrations(
            Construct scope,
            String id,
            Code code,
            DatabaseNetwork network,
            AuroraDatabase database,
            IKey logsKey,
            IQueue asyncFailures,
            String deployment) {
        super(scope, id);
        SecurityGroup sg = SecurityGroup.Builder.create(this, "SecurityGroup")
                .vpc(network.vpc())
                .description("provisioning: to Aurora and the VPC endpoints (isolated subnets: no other route)")
                .allowAllOutbound(true)
                .build();
        database.allowConnectionsFrom(sg, "migrations (provisioning)");

        this.function = new JavaFunction(
                this,
                "Function",
                JavaFunction.Props.builder()
                        .description(
                                "Applies BenchCRM's schema, tenant rows and declared webhooks (CloudFormation custom resources)")
                        .code(code)
                        .handler(HANDLER)
                        .serviceName("provisioning")
                        .memorySize(1024)
                        .timeout(Duration.minutes(5))
                        .environment(Map.of(
                                "BENCHCRM_DB_HOST",
                                        database.cluster().getClusterEndpoint().getHostname(),
                                "BENCHCRM_DB_PORT",
                                        Token.asString(database.cluster()
                                                .getClusterEndpoint()
                                                .getPort()),
                                "BENCHCRM_DB_NAME", AuroraDatabase.DATABASE,
                                "BENCHCRM_DB_MASTER_SECRET_ARN",
                                        database.masterSecret().getSecretArn(),
                                "BENCHCRM_DB_OWNER_SECRET_ARN",
                                        database.ownerSecret().getSecretArn(),
                                "BENCHCRM_DB_APP_SECRET_ARN",
                                        database.appSecret().getSecretArn(),
                                "BENCHCRM_DB_RELAY_SECRET_ARN",
                                        database.relaySecret().getSecretArn(),
                                "BENCHCRM_SECRET_KEYS", "kms",
                                "BENCHCRM_TENANT_KEY_ALIAS_PREFIX",
                                        com.benchcrm.infra.constructs.TenantKey.aliasPrefix(
                                                deployment == null ? "benchcrm" : deployment),
                                "BENCHCRM_DB_SSL_MODE", "require"))
                        .logKey(logsKey)
                        .vpc(network.vpc(), DatabaseNetwork.isolated(), List.of(sg))
                        .onFailure(asyncFailures)
                        .retryAttempts(2)
                        .build());
        database.grantSecretRead(database.masterSecret(), function.role());
        database.grantSecretRead(database.ownerSecret(), function.role());
        database.grantSecretRead(database.appSecret(), function.role());
        database.grantSecretRead(database.relaySecret(), function.role());
        if (deployment != null) {
            com.benchcrm.infra.constructs.TenantKey.grantSecretSealing(
                    function.role(), deployment, List.of("kms:GenerateDataKey", "kms:Decrypt"));
        }

        this.schema = CustomResource.Builder.create(this, "Schema")
                .serviceToken(serviceToken())
                .resourceType("Custom::BenchCrmSchema")
                .properties(Map.of(
                        "Revision", function.function().getCurrentVersion().getVersion()))
                .build();
        // The writer must be up, the endpoints reachable and the function's grants in place first.
        schema.getNode().addDependency(database.cluster());
        schema.getNode().addDependency(network);
        schema.getNode().addDependency(function);
        // Exported whether or not a tenant declares a webhook today: an export that appears and
        // disappears with the tenants stack's use of it would block the data stack's update.
        this.roleArn = Stack.of(this).exportValue(function.role().getRoleArn());
    }

    /**
     * The function's role ARN, for resource policies in other stacks (a tenant's webhook secret and
     * key grant it read; {@code TenantWebhook}).
     */
    public String roleArn() {
        return roleArn;
    }

    /** What custom resources of this function name as their {@code ServiceToken}: the live alias. */
    public String serviceToken() {
        return function.alias().getFunctionArn();
    }

    public JavaFunction function() {
        return function;
    }

    public CustomResource schema() {
        return schema;
    }
}
