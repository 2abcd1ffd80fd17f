package com.benchcrm.infra;

import com.benchcrm.infra.api.ApiStack;
import com.benchcrm.infra.config.DeploymentConfig;
import com.benchcrm.infra.console.ConsoleArtifacts;
import com.benchcrm.infra.console.ConsoleStack;
import com.benchcrm.infra.database.DataStack;
import com.benchcrm.infra.events.EventsStack;
import com.benchcrm.infra.identity.IdentityStack;
import com.benchcrm.infra.ingest.IngestStack;
import com.benchcrm.infra.matching.MatchingStack;
import com.benchcrm.infra.platform.PlatformStack;
import com.benchcrm.infra.tenants.TenantsStack;
import java.util.Map;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import software.constructs.Construct;

/**
 * Builds BenchCRM's stacks in a scope (an {@code App}). Stacks are environment-agnostic: the account
 * and region come from the credentials at deploy time, and synthesis needs no AWS access.
 *
 * <pre>{@code
 * BenchCrm.Stacks stacks = BenchCrm.compose(app, DeploymentConfig.load(tenantsFile), Artifacts.fromBuild(root));
 * }</pre>
 */
public final class BenchCrm {

    /** The stacks of one deployment. */
    public record Stacks(
            PlatformStack platform,
            DataStack data,
            ApiStack api,
            EventsStack events,
            IngestStack ingest,
            MatchingStack matching,
            TenantsStack tenants,
            IdentityStack identity,
            ConsoleStack console,
            com.benchcrm.infra.monitoring.MonitoringStack monitoring) {

        public Stacks(
                PlatformStack platform,
                DataStack data,
                ApiStack api,
                EventsStack events,
                IngestStack ingest,
                MatchingStack matching,
                TenantsStack tenants) {
            this(platform, data, api, events, ingest, matching, tenants, null, null, null);
        }

        /** The stacks that exist, in deployment order (identity and console only with the tenants file's {@code console}). */
        public java.util.List<software.amazon.awscdk.Stack> all() {
            java.util.List<software.amazon.awscdk.Stack> all = new java.util.ArrayList<>();
            all.add(platform);
            all.add(data);
            if (identity != null) {
                all.add(identity);
            }
            all.addAll(java.util.List.of(api, events, ingest, matching, tenants));
            if (console != null) {
                all.add(console);
            }
            if (monitoring != null) {
                all.add(monitoring);
            }
            return all;
        }
    }

    /**
     * CDK feature flags the app relies on; the entry point and the tests put them in the app's
     * context. {@code serverAccessLogsUseBucketPolicy}: S3 access logs are delivered under a bucket
     * policy, so the log bucket can keep ACLs disabled.
     */
    public static final Map<String, Object> CONTEXT = Map.of("@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", true);

    private BenchCrm() {}

    public static Stacks compose(Construct scope, DeploymentConfig config, Artifacts artifacts) {
        return compose(scope, config, artifacts, null);
    }

    /**
     * @param console the built console and the pre-token trigger's jar; required when the tenants
     *                file has a {@code console} (then an identity stack comes before the API stack, and
     *                a console stack after it)
     */
    public static Stacks compose(
            Construct scope, DeploymentConfig config, Artifacts artifacts, ConsoleArtifacts console) {
        String d = config.deployment();
        if (config.hasConsole() && console == null) {
            throw new IllegalArgumentException(
                    "the tenants file has a console: build it and the pre-token function (" + "see ConsoleArtifacts)");
        }
        // Termination protection (protect=true) on the stacks that hold data; the API and tenants
        // stacks are replaced or changed routinely and hold no data of their own.
        PlatformStack platform = new PlatformStack(
                scope,
                d + "-platform",
                props(config, "shared platform: keys, events, queues, mail, vectors", config.protect()),
                config);
        DataStack data = new DataStack(
                scope,
                d + "-data",
                props(config, "Aurora Serverless v2, secrets, migrations", config.protect()),
                config,
                platform,
                artifacts.provisioningCode());
        IdentityStack identity = config.hasConsole()
                ? new IdentityStack(
                        scope,
                        d + "-identity",
                        props(config, "console sign-in: Cognito user pool, SSO providers", false),
                        config,
                        platform,
                        console.preTokenCode())
                : null;
        ApiStack.Trust trust = identity == null
                ? ApiStack.Trust.of(config.auth())
                : ApiStack.Trust.cognito(
                        identity.issuer(),
                        identity.clientId(),
                        identity.users().jwksUrl(),
                        identity.users().pool().getUserPoolId(),
                        identity.users().pool().getUserPoolArn());
        ApiStack api = new ApiStack(
                scope,
                d + "-api",
                props(config, "HTTP API, rate limits", false),
                config,
                platform,
                data,
                artifacts.httpApiCode(),
                artifacts.provisioningCode(),
                trust);
        EventsStack events = new EventsStack(
                scope,
                d + "-events",
                props(
                        config,
                        "outbox relay, partner webhooks, work authorization alerts, notifications and outreach mail",
                        false),
                config,
                platform,
                data,
                artifacts.outboxRelayCode(),
                artifacts.webhookDeliveryCode(),
                artifacts.workAuthorizationAlertsCode(),
                artifacts.notificationsCode(),
                artifacts.outreachSenderCode(),
                api.edge().url());
        IngestStack ingest = new IngestStack(
                scope,
                d + "-ingest",
                props(config, "e-mail ingest", false),
                config,
                platform,
                data,
                artifacts.emailIngestCode());
        MatchingStack matching = new MatchingStack(
                scope,
                d + "-matching",
                props(config, "embed, match and model training functions, tenant vector indexes", false),
                config,
                platform,
                data,
                artifacts.matchingCode(),
                artifacts.provisioningCode(),
                artifacts.modelTrainingCode());
        TenantsStack tenants = new TenantsStack(
                scope,
                d + "-tenants",
                props(config, "per-tenant resources", false),
                config,
                platform,
                data,
                ingest.function().alias(),
                matching.tenantIndexes().serviceToken(),
                api.tenantRateLimits().serviceToken());
        ConsoleStack consoleStack = identity == null
                ? null
                : new ConsoleStack(
                        scope,
                        d + "-console",
                        props(config, "web console: S3, CloudFront, /v1 to the HTTP API", false),
                        config,
                        identity,
                        api,
                        console);
        if (identity != null) {
            tenants.ssoTenants(identity.users().ssoParameterPrefix());
        }
        tenants.sending(
                platform.outreachMail().feedbackTopic().getTopicArn(),
                events.outreachSender().role());
        tenants.modelTraining(
                matching.modelTraining().alias(),
                matching.modelTrainingScheduleRole(),
                platform.events().asyncFailures());
        com.benchcrm.infra.monitoring.MonitoringStack monitoring = new com.benchcrm.infra.monitoring.MonitoringStack(
                scope,
                d + "-monitoring",
                props(config, "alarms to the encrypted alarm topic", false),
                config,
                platform,
                data,
                api,
                events,
                ingest,
                matching);
        Tags.of(scope).add("app", "benchcrm");
        Tags.of(scope).add("deployment", d);
        return new Stacks(platform, data, api, events, ingest, matching, tenants, identity, consoleStack, monitoring);
    }

    private static StackProps props(DeploymentConfig config, String what, boolean protect) {
        return StackProps.builder()
                .description("BenchCRM " + config.deployment() + ": " + what)
                .terminationProtection(protect)
                .build();
    }
}
