package com.benchcrm.infra.constructs;

import com.benchcrm.infra.nag.Suppress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.EventInvokeConfigOptions;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.lambda.VersionOptions;
import software.amazon.awscdk.services.lambda.destinations.SqsDestination;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * A BenchCRM Lambda function, the one shape every function of the product takes: Java 21 on arm64,
 * SnapStart on published versions behind the alias {@value #ALIAS}, X-Ray active tracing, the
 * Powertools environment, its own log group (encrypted, with a retention) and its own role that
 * starts with nothing but writing to that log group. Everything else is granted by the caller with
 * {@code grant*()} on the resource ({@code bucket.grantRead(fn.role())}).
 *
 * <p>Triggers (API Gateway, SQS, SES, CloudFormation) must target {@link #alias()}, never the
 * function: only published versions have SnapStart. A function invoked asynchronously (SES,
 * EventBridge, CloudFormation) names an {@code onFailure} queue, where Lambda puts the events it
 * could not process after its retries.
 *
 * <p>No provisioned concurrency: Lambda does not combine it with SnapStart. Reserved concurrency
 * caps a function's share of the account's concurrency.
 *
 * <pre>{@code
 * JavaFunction fn = new JavaFunction(this, "Ingest", JavaFunction.Props.builder()
 *         .description("Parses forwarded requirement e-mails")
 *         .code(Code.fromAsset(artifacts.emailIngest().toString()))
 *         .handler("org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest")
 *         .serviceName("email-ingest")
 *         .logKey(keys.logsKey())
 *         .onFailure(platform.asyncFailures())
 *         .environment(Map.of("SPRING_CLOUD_FUNCTION_DEFINITION", "emailIngest"))
 *         .build());
 * rawMail.grantRead(fn.role(), "raw/*");
 * }</pre>
 */
public final class JavaFunction extends Construct {

    /** The alias every trigger invokes. */
    public static final String ALIAS = "live";
    /** CloudWatch namespace of the Powertools metrics of every function. */
    public static final String METRICS_NAMESPACE = "BenchCRM";

    private static final Pattern HANDLER = Pattern.compile("^[A-Za-z_$][\\w$.]*(::[A-Za-z_$][\\w$]*)?$");
    private static final Pattern SERVICE = Pattern.compile("^[a-z][a-z0-9-]{1,40}$");
    private static final List<String> RESERVED_PREFIXES =
            List.of("AWS_", "LAMBDA_", "POWERTOOLS_SERVICE_NAME", "POWERTOOLS_METRICS_NAMESPACE", "_");

    /**
     * What the function is.
     *
     * @param onFailure     where Lambda sends events of asynchronous invocations that failed every
     *                      attempt; required for functions invoked asynchronously
     * @param retryAttempts retries of a failed asynchronous invocation (0-2)
     */
    public record Props(
            String description,
            Code code,
            String handler,
            String serviceName,
            int memorySize,
            Duration timeout,
            Map<String, String> environment,
            IKey logKey,
            RetentionDays logRetention,
            String logLevel,
            Integer reservedConcurrency,
            IVpc vpc,
            SubnetSelection vpcSubnets,
            List<ISecurityGroup> securityGroups,
            IQueue onFailure,
            int retryAttempts) {

        public Props {
            if (description == null || description.isBlank()) {
                throw new IllegalArgumentException("JavaFunction needs a description");
            }
            Objects.requireNonNull(code, "JavaFunction needs code (a jar or zip asset)");
            if (handler == null || !HANDLER.matcher(handler).matches()) {
                throw new IllegalArgumentException(
                        "JavaFunction needs a handler like com.example.Handler::handleRequest, not " + handler);
            }
            if (serviceName == null || !SERVICE.matcher(serviceName).matches()) {
                throw new IllegalArgumentException(
                        "JavaFunction needs a serviceName of lower-case letters, digits and dashes, not "
                                + serviceName);
            }
            if (memorySize < 256 || memorySize > 10_240) {
                throw new IllegalArgumentException(
                        "memorySize must be 256-10240 MB for a Java function, not " + memorySize);
            }
            Objects.requireNonNull(timeout, "JavaFunction needs a timeout");
            if (timeout.toSeconds().doubleValue() < 1 || timeout.toSeconds().doubleValue() > 900) {
                throw new IllegalArgumentException("timeout must be 1 s to 15 min");
            }
            environment = environment == null ? Map.of() : Map.copyOf(environment);
            for (String name : environment.keySet()) {
                for (String reserved : RESERVED_PREFIXES) {
                    if (name.startsWith(reserved)) {
                        throw new IllegalArgumentException(
                                "environment variable " + name + " is set by Lambda or by JavaFunction");
                    }
                }
            }
            Objects.requireNonNull(logKey, "JavaFunction needs a logKey for its log group");
            Objects.requireNonNull(logRetention, "JavaFunction needs a logRetention");
            if (!List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR").contains(logLevel)) {
                throw new IllegalArgumentException(
                        "logLevel must be TRACE, DEBUG, INFO, WARN or ERROR, not " + logLevel);
            }
            if (reservedConcurrency != null && reservedConcurrency < 1) {
                throw new IllegalArgumentException(
                        "reservedConcurrency must be positive (or unset), not " + reservedConcurrency);
            }
            if (vpc == null && (vpcSubnets != null || (securityGroups != null && !securityGroups.isEmpty()))) {
                throw new IllegalArgumentException("vpcSubnets and securityGroups need a vpc");
            }
            if (vpc != null && (securityGroups == null || securityGroups.isEmpty())) {
                throw new IllegalArgumentException("a function in a VPC needs its own security group");
            }
            securityGroups = securityGroups == null ? List.of() : List.copyOf(securityGroups);
            if (retryAttempts < 0 || retryAttempts > 2) {
                throw new IllegalArgumentException("retryAttempts must be 0-2, not " + retryAttempts);
            }
        }

        public static Builder builder() {
            return new Builder();
        }

        /** Defaults: 1024 MB, 30 s, INFO, three months of logs, two retries, no VPC. */
        public static final class Builder {
            private String description;
            private Code code;
            private String handler;
            private String serviceName;
            private int memorySize = 1024;
            private Duration timeout = Duration.seconds(30);
            private final Map<String, String> environment = new LinkedHashMap<>();
            private IKey logKey;
            private RetentionDays logRetention = RetentionDays.THREE_MONTHS;
            private String logLevel = "INFO";
            private Integer reservedConcurrency;
            private IVpc vpc;
            private SubnetSelection vpcSubnets;
            private List<ISecurityGroup> securityGroups;
            private IQueue onFailure;
            private int retryAttempts = 2;

            public Builder description(String v) {
                this.description = v;
                return this;
            }

            /** The deployment artifact, e.g. {@code Code.fromAsset("functions/x/target/x-aws.jar")}. */
            public Builder code(Code v) {
                this.code = v;
                return this;
            }

            public Builder handler(String v) {
                this.handler = v;
                return this;
            }

            /** {@code POWERTOOLS_SERVICE_NAME}: the {@code service} of every log line and metric. */
            public Builder serviceName(String v) {
                this.serviceName = v;
                return this;
            }

            public Builder memorySize(int v) {
                this.memorySize = v;
                return this;
            }

            public Builder timeout(Duration v) {
                this.timeout = v;
                return this;
            }

            public Builder environment(Map<String, String> v) {
                this.environment.putAll(v);
                return this;
            }

            public Builder logKey(IKey v) {
                this.logKey = v;
                return this;
            }

            public Builder logRetention(RetentionDays v) {
                this.logRetention = v;
                return this;
            }

            /** {@code POWERTOOLS_LOG_LEVEL}. */
            public Builder logLevel(String v) {
                this.logLevel = v;
                return this;
            }

            public Builder reservedConcurrency(Integer v) {
                this.reservedConcurrency = v;
                return this;
            }

            public Builder vpc(IVpc v, SubnetSelection subnets, List<ISecurityGroup> groups) {
                this.vpc = v;
                this.vpcSubnets = subnets;
                this.securityGroups = groups;
                return this;
            }

            public Builder onFailure(IQueue v) {
                this.onFailure = v;
                return this;
            }

            public Builder retryAttempts(int v) {
                this.retryAttempts = v;
                return this;
            }

            public Props build() {
                return new Props(
                        description,
                        code,
                        handler,
                        serviceName,
                        memorySize,
                        timeout,
                        environment,
                        logKey,
                        logRetention,
                        logLevel,
                        reservedConcurrency,
                        vpc,
                        vpcSubnets,
                        securityGroups,
                        onFailure,
                        retryAttempts);
            }
        }
    }

    private final Function function;
    private final Alias alias;
    private final Role role;
    private final ILogGroup logGroup;

    public JavaFunction(Construct scope, String id, Props props) {
        super(scope, id);
        this.logGroup = new EncryptedLogGroup(
                        this,
                        "Logs",
                        EncryptedLogGroup.Props.builder()
                                .encryptionKey(props.logKey())
                                .retention(props.logRetention())
                                .build())
                .logGroup();

        // Its own role, no managed policies: what it may do is what is granted to it, visibly.
        this.role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Execution role of " + props.serviceName())
                .build();
        logGroup.grantWrite(role);
        if (props.vpc() != null) {
            // What Lambda needs to attach the function to the VPC. EC2 evaluates these network-interface
            // actions against Resource "*" (the interfaces do not exist yet): AWS requires the wildcard.
            role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                    .actions(List.of(
                            "ec2:CreateNetworkInterface",
                            "ec2:DescribeNetworkInterfaces",
                            "ec2:DescribeSubnets",
                            "ec2:DeleteNetworkInterface",
                            "ec2:AssignPrivateIpAddresses",
                            "ec2:UnassignPrivateIpAddresses"))
                    .resources(List.of("*"))
                    .build());
        }

        Map<String, String> env = new LinkedHashMap<>(props.environment());
        env.put("POWERTOOLS_SERVICE_NAME", props.serviceName());
        env.put("POWERTOOLS_METRICS_NAMESPACE", METRICS_NAMESPACE);
        env.putIfAbsent("POWERTOOLS_LOG_LEVEL", props.logLevel());

        Function.Builder fn = Function.Builder.create(this, "Function")
                .description(props.description())
                .runtime(Runtime.JAVA_21)
                .architecture(Architecture.ARM_64)
                .code(props.code())
                .handler(props.handler())
                .memorySize(props.memorySize())
                .timeout(props.timeout())
                .environment(env)
                .role(role)
                .logGroup(logGroup)
                .tracing(Tracing.ACTIVE)
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                // Old versions stay: rolling back is pointing the alias at one of them.
                .currentVersionOptions(VersionOptions.builder()
                        .removalPolicy(RemovalPolicy.RETAIN)
                        .build());
        if (props.reservedConcurrency() != null) {
            fn.reservedConcurrentExecutions(props.reservedConcurrency());
        }
        if (props.vpc() != null) {
            fn.vpc(props.vpc()).vpcSubnets(props.vpcSubnets()).securityGroups(props.securityGroups());
        }
        this.function = fn.build();

        Suppress.on(
                function,
                "L1",
                "Java 21 is BenchCRM's runtime (ARCHITECTURE.md, issue 6): the functions are "
                        + "compiled --release 21 and SnapStart-tested on it; moving to a newer Java runtime is its own change.");
        Suppress.on(
                role,
                "IAM5",
                "Resource * only where AWS accepts nothing else: X-Ray PutTraceSegments and "
                        + "PutTelemetryRecords (active tracing) and, for functions in a VPC, the EC2 network-interface actions "
                        + "Lambda needs to attach the function (IamPolicyTest lists these exceptions).",
                "Resource::*");

        this.alias = Alias.Builder.create(this, "Alias")
                .aliasName(ALIAS)
                .version(function.getCurrentVersion())
                .build();
        if (props.onFailure() != null) {
            alias.configureAsyncInvoke(EventInvokeConfigOptions.builder()
                    .onFailure(new SqsDestination(props.onFailure()))
                    .retryAttempts(props.retryAttempts())
                    .maxEventAge(Duration.hours(6))
                    .build());
            Suppress.on(
                    role,
                    "IAM5",
                    "CDK's grant to send to the KMS-encrypted on-failure queue names the KMS "
                            + "action families (GenerateDataKey*, ReEncrypt*) on that one key ARN.",
                    "Action::kms:GenerateDataKey*",
                    "Action::kms:ReEncrypt*");
        }
    }

    /** What triggers invoke: the {@value #ALIAS} alias of the latest published version. */
    public IFunction alias() {
        return alias;
    }

    /** The function itself ({@code $LATEST}); for configuration, never as a trigger target. */
    public Function function() {
        return function;
    }

    /** The execution role: pass it to {@code grant*()}. */
    public IRole role() {
        return role;
    }

    public ILogGroup logGroup() {
        return logGroup;
    }
}
