package com.benchcrm.infra.api;

import com.benchcrm.infra.config.DeploymentConfig;
import com.benchcrm.infra.constructs.JavaFunction;
import com.benchcrm.infra.database.AuroraDatabase;
import com.benchcrm.infra.database.DataStack;
import com.benchcrm.infra.nag.Suppress;
import com.benchcrm.infra.platform.PlatformStack;
import com.benchcrm.infra.search.Embeddings;
import com.benchcrm.infra.search.VectorCollection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lambda.Code;
import software.constructs.Construct;

/**
 * The HTTP API: the {@code functions/http-api} function and the API Gateway HTTP API in front of
 * it. Composes only. The function's environment is what {@code com.benchcrm.function.httpapi.HttpApiConfig}
 * reads (see its Javadoc); {@code AWS_REGION} is set by Lambda itself.
 */
public final class ApiStack extends Stack {

    public static final String HANDLER =
            "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest";

    private final JavaFunction function;
    private final HttpApiEdge edge;
    private final RateLimitTable rateLimits;
    private final TenantRateLimits tenantRateLimits;

    /**
     * The token issuer the JWT authorizer and the function trust: the tenants file's {@code auth}, or
     * the console's Cognito user pool (audience: its app client; user claim {@code user_id}, which the
     * pre-token trigger adds).
     *
     * @param audience one value or several, comma-separated
     * @param userClaim the claim naming the user, or null for {@code sub}
     */
    public record Trust(
            String issuer, String audience, String jwksUrl, String userClaim, String userPoolId, String userPoolArn) {
        public static Trust of(DeploymentConfig.Auth auth) {
            return new Trust(auth.issuer(), auth.audience(), auth.jwksUrl(), null, null, null);
        }

        /** The console's Cognito user pool: /v1/users also keeps its users (ADR 0060). */
        public static Trust cognito(
                String issuer, String clientId, String jwksUrl, String userPoolId, String userPoolArn) {
            return new Trust(issuer, clientId, jwksUrl, "user_id", userPoolId, userPoolArn);
        }
    }

    /** What /v1/users may do in the user pool: create, regroup, disable, enable and sign out users. */
    static final List<String> USER_POOL_ACTIONS = List.of(
            "cognito-idp:AdminCreateUser",
            "cognito-idp:AdminGetUser",
            "cognito-idp:AdminAddUserToGroup",
            "cognito-idp:AdminRemoveUserFromGroup",
            "cognito-idp:AdminDisableUser",
            "cognito-idp:AdminEnableUser",
            "cognito-idp:AdminUserGlobalSignOut");

    public ApiStack(
            Construct scope,
            String id,
            StackProps props,
            DeploymentConfig config,
            PlatformStack platform,
            DataStack data,
            Code httpApiCode,
            Code provisioningCode) {
        this(scope, id, props, config, platform, data, httpApiCode, provisioningCode, Trust.of(config.auth()));
    }

    public ApiStack(
            Construct scope,
            String id,
            StackProps props,
            DeploymentConfig config,
            PlatformStack platform,
            DataStack data,
            Code httpApiCode,
            Code provisioningCode,
            Trust trust) {
        super(scope, id, props);
        AuroraDatabase db = data.database();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MAIN_CLASS", "com.benchcrm.function.httpapi.HttpApiApplication");
        env.put("SPRING_CLOUD_FUNCTION_DEFINITION", "httpApi");
        env.put("BENCHCRM_SQL_MODE", "rdsdata");
        env.put("BENCHCRM_DB_RESOURCE_ARN", db.cluster().getClusterArn());
        env.put("BENCHCRM_DB_SECRET_ARN", db.appSecret().getSecretArn());
        env.put("BENCHCRM_DB_NAME", AuroraDatabase.DATABASE);
        env.put("BENCHCRM_JWT_ISSUER", trust.issuer());
        env.put("BENCHCRM_JWT_AUDIENCE", trust.audience());
        env.put("BENCHCRM_JWKS_URL", trust.jwksUrl());
        if (trust.userClaim() != null) {
            env.put("BENCHCRM_JWT_USER_CLAIM", trust.userClaim());
        }
        if (trust.userPoolId() != null) {
            env.put("BENCHCRM_IDENTITY", "cognito");
            env.put("BENCHCRM_COGNITO_USER_POOL_ID", trust.userPoolId());
        }
        env.put("BENCHCRM_METRICS", "emf");
        // the success-model registry (ADR 0077): the active model per tenant, the cards, activation and drift
        env.put("BENCHCRM_MODELS_BUCKET", platform.models().bucket().getBucketName());
        // POST /v1/integrations/inbox/import keeps the raw messages it is sent under api/<tenant>/
        env.put("BENCHCRM_RAW_BUCKET", platform.rawMail().bucket().getBucketName());
        // recommendations and search: the query's embedding (Bedrock) and k-NN in the tenant's index
        env.putAll(Embeddings.environment(config.search()));
        env.putAll(platform.vectors().clientEnvironment());
        // per-tenant request limits shared by every instance (ADR 0035); the stage limits stay in front
        this.rateLimits = new RateLimitTable(this, "RateLimits", config.deployment() + "-rate-limits");
        env.put("BENCHCRM_RATE_LIMIT", "dynamodb");
        env.put("BENCHCRM_RATE_LIMIT_TABLE", rateLimits.table().getTableName());
        // a tenant without its own limit item may use the stage's whole budget: the default is the deployment's
        env.put("BENCHCRM_RATE_LIMIT_DEFAULT", Integer.toString(config.api().rateLimit()));
        env.put(
                "BENCHCRM_RATE_LIMIT_BURST",
                Integer.toString(Math.max(config.api().rateLimit(), config.api().burstLimit())));

        // an approval queues one message per recipient for the outreach sender (ADR 0095); the unsubscribe links'
        // secret is read once at start from Secrets Manager (ADR 0099)
        env.put(
                "BENCHCRM_OUTREACH_QUEUE_URL",
                platform.events().queue("outreach").queue().getQueueUrl());
        env.put(
                "BENCHCRM_UNSUBSCRIBE_SECRET_ARN",
                platform.outreachMail().unsubscribeSecret().getSecretArn());
        // webhook signing secrets sealed under the tenant's KMS key (ADR 0057)
        env.put("BENCHCRM_SECRET_KEYS", "kms");
        env.put(
                "BENCHCRM_TENANT_KEY_ALIAS_PREFIX",
                com.benchcrm.infra.constructs.TenantKey.aliasPrefix(config.deployment()));
        this.function = new JavaFunction(
                this,
                "HttpApiFunction",
                JavaFunction.Props.builder()
                        .description("BenchCRM /v1 HTTP API (Spring Cloud Function)")
                        .code(httpApiCode)
                        .handler(HANDLER)
                        .serviceName("http-api")
                        .memorySize(2048)
                        .timeout(Duration.seconds(29))
                        .environment(env)
                        .logKey(platform.keys().logsKey())
                        .reservedConcurrency(
                                config.api().reservedConcurrency() > 0
                                        ? config.api().reservedConcurrency()
                                        : null)
                        .build());
        db.grantDataApiAccess(function.role());
        com.benchcrm.infra.constructs.TenantKey.grantSecretSealing(
                function.role(), config.deployment(), List.of("kms:GenerateDataKey"));
        if (trust.userPoolArn() != null) {
            function.role()
                    .addToPrincipalPolicy(software.amazon.awscdk.services.iam.PolicyStatement.Builder.create()
                            .actions(USER_POOL_ACTIONS)
                            .resources(List.of(trust.userPoolArn()))
                            .build());
        }
        rateLimits.grantLimiter(function.role());
        platform.events().queue("outreach").queue().grantSendMessages(function.role());
        platform.outreachMail().grantReadUnsubscribeSecret(function.role());
        Suppress.on(
                function.role(),
                "IAM5",
                "CDK's grant to send to the KMS-encrypted outreach queue (an approval queues its recipients, ADR 0095)"
                        + " names the KMS action families (GenerateDataKey*, ReEncrypt*) on the data key's ARN only.",
                "Action::kms:GenerateDataKey*",
                "Action::kms:ReEncrypt*");
        platform.models().grantRead(function.role());
        platform.models().grantActivate(function.role());
        Suppress.on(
                function.role(),
                "IAM5",
                "The HTTP API reads every tenant's success models under models/<tenant id>/ of the model registry bucket"
                        + " (GetObject, and ListBucket limited to that prefix) and writes only the registries"
                        + " (models/<tenant id>/registry.json) when an Owner or Admin activates a version.",
                Suppress.matching("^Resource::<.*\\.Arn>\\/models\\/\\*$"),
                Suppress.matching("^Resource::<.*\\.Arn>\\/models\\/\\*\\/registry\\.json$"));
        Embeddings.grantInvoke(function.role(), config.search());
        platform.vectors()
                .grantIndexAccess(
                        this,
                        "VectorAccess",
                        config.deployment() + "-vec-api",
                        Map.of(VectorCollection.IndexAccess.READ, List.of(function.role())));
        platform.rawMail().bucket().grantPut(function.role(), "api/*");
        Suppress.on(
                function.role(),
                "IAM5",
                "The HTTP API keeps the raw messages posted to the inbox import route "
                        + "under api/<tenant id>/<sha256> of the raw-mail bucket (any key under api/, written only); the S3 and "
                        + "KMS action families (s3:Abort*, kms:GenerateDataKey*, kms:ReEncrypt*) come from CDK's grantPut on "
                        + "this bucket and its key.",
                "Action::s3:Abort*",
                "Action::kms:GenerateDataKey*",
                "Action::kms:ReEncrypt*",
                Suppress.matching("^Resource::<.*\\.Arn>\\/api\\/\\*$"));
        // consultants' resumes (ADR 0083): written by the import routes, read by the document download route,
        // under documents/<tenant id>/<consultant id>/<sha256> (SSE-KMS with the bucket's key, whose use grantPut above
        // gives);
        // object reads and writes there only: no listing, no raw mail
        function.role()
                .addToPrincipalPolicy(software.amazon.awscdk.services.iam.PolicyStatement.Builder.create()
                        .actions(List.of("s3:GetObject", "s3:PutObject"))
                        .resources(List.of(platform.rawMail().bucket().arnForObjects("documents/*")))
                        .build());
        Suppress.on(
                function.role(),
                "IAM5",
                "The HTTP API keeps and serves consultants' resumes under "
                        + "documents/<tenant id>/<consultant id>/<sha256> of the raw-mail bucket (GetObject and PutObject on that prefix only).",
                Suppress.matching("^Resource::<.*\\.Arn>\\/documents\\/\\*$"));

        // each tenant's own limit item, one custom resource per tenant in the tenants stack
        this.tenantRateLimits = new TenantRateLimits(
                this,
                "TenantRateLimits",
                provisioningCode,
                rateLimits,
                platform.keys().logsKey(),
                platform.events().asyncFailures());

        this.edge = new HttpApiEdge(
                this,
                "Edge",
                new HttpApiEdge.Props(
                        function.alias(),
                        trust.issuer(),
                        trust.audience(),
                        config.api().rateLimit(),
                        config.api().burstLimit(),
                        config.api().publicRateLimit(),
                        platform.keys().logsKey()));
        CfnOutput.Builder.create(this, "ApiUrl")
                .value(edge.url())
                .description("BenchCRM HTTP API base URL")
                .build();
    }

    public JavaFunction function() {
        return function;
    }

    public RateLimitTable rateLimits() {
        return rateLimits;
    }

    /** The provider of the tenants' {@link com.benchcrm.infra.tenants.TenantRateLimit} resources. */
    public TenantRateLimits tenantRateLimits() {
        return tenantRateLimits;
    }

    public HttpApiEdge edge() {
        return edge;
    }
}
