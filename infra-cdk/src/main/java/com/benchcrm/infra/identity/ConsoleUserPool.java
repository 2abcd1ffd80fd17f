package com.benchcrm.infra.identity;

import com.benchcrm.infra.config.ConsoleConfig;
import com.benchcrm.infra.config.SsoConfig;
import com.benchcrm.infra.config.TenantConfig;
import com.benchcrm.infra.constructs.JavaFunction;
import com.benchcrm.infra.nag.Suppress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.AttributeMapping;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.AutoVerifiedAttrs;
import software.amazon.awscdk.services.cognito.ClientAttributes;
import software.amazon.awscdk.services.cognito.CognitoDomainOptions;
import software.amazon.awscdk.services.cognito.FeaturePlan;
import software.amazon.awscdk.services.cognito.LambdaVersion;
import software.amazon.awscdk.services.cognito.Mfa;
import software.amazon.awscdk.services.cognito.MfaSecondFactor;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthScope;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.PasswordPolicy;
import software.amazon.awscdk.services.cognito.ProviderAttribute;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.StandardAttribute;
import software.amazon.awscdk.services.cognito.StandardAttributes;
import software.amazon.awscdk.services.cognito.StandardAttributesMask;
import software.amazon.awscdk.services.cognito.StringAttribute;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientIdentityProvider;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.amazon.awscdk.services.cognito.UserPoolDomain;
import software.amazon.awscdk.services.cognito.UserPoolDomainOptions;
import software.amazon.awscdk.services.cognito.UserPoolGroup;
import software.amazon.awscdk.services.cognito.UserPoolIdentityProviderOidc;
import software.amazon.awscdk.services.cognito.UserPoolIdentityProviderSaml;
import software.amazon.awscdk.services.cognito.UserPoolIdentityProviderSamlMetadata;
import software.amazon.awscdk.services.cognito.UserPoolOperation;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.lambda.Code;
import software.constructs.Construct;
import software.constructs.IDependable;

/**
 * The console's Cognito user pool: e-mail sign-in, no self sign-up (users are invited through
 * {@code POST /v1/users} or the tenants file), custom attributes {@code tenant_id}, {@code tenant}
 * and {@code user_id} (immutable: a user never changes tenant), one group per role, MFA (TOTP) per
 * {@code console.mfa}, the hosted sign-in on a Cognito domain, and the console's app client:
 * authorization code (PKCE) only, no secret, the tenants file's callback and logout URLs, token
 * revocation. Each tenant's SSO provider is federated here. The pre-token-generation trigger
 * (event version 2, so it can change access tokens; that needs the Essentials feature plan) adds
 * {@code tenant_id}, {@code tenant}, {@code user_id} and {@code roles}.
 *
 * <pre>{@code
 * ConsoleUserPool pool = new ConsoleUserPool(this, "Users", new ConsoleUserPool.Props(deployment, console, tenants,
 *         preTokenCode, logsKey, protect));
 * String issuer = pool.issuer();   // https://cognito-idp.<region>.amazonaws.com/<pool id>
 * }</pre>
 */
public final class ConsoleUserPool extends Construct {

    /** The roles, most privileged first: the group names (precedence 0..5). */
    public static final List<String> ROLES = List.of("Owner", "Admin", "Recruiter", "Sales", "Analyst", "ReadOnly");

    public static final String CLIENT_NAME = "benchcrm-console";

    /** The pool's inputs. */
    public record Props(
            String deployment,
            ConsoleConfig console,
            List<TenantConfig> tenants,
            Code preTokenCode,
            IKey logsKey,
            boolean protect) {
        public Props {
            Objects.requireNonNull(deployment, "deployment");
            Objects.requireNonNull(console, "console");
            Objects.requireNonNull(preTokenCode, "preTokenCode");
            Objects.requireNonNull(logsKey, "logsKey");
            tenants = List.copyOf(tenants);
        }
    }

    private final UserPool pool;
    private final UserPoolClient client;
    private final UserPoolDomain domain;
    private final JavaFunction preToken;
    private final String ssoParameterPrefix;

    public ConsoleUserPool(Construct scope, String id, Props props) {
        super(scope, id);
        ConsoleConfig console = props.console();
        this.pool = UserPool.Builder.create(this, "Pool")
                .userPoolName(props.deployment() + "-console")
                .selfSignUpEnabled(false)
                .signInAliases(
                        SignInAliases.builder().email(true).username(false).build())
                .signInCaseSensitive(false)
                .autoVerify(AutoVerifiedAttrs.builder().email(true).build())
                .standardAttributes(StandardAttributes.builder()
                        .email(StandardAttribute.builder()
                                .required(true)
                                .mutable(true)
                                .build())
                        .fullname(StandardAttribute.builder()
                                .required(false)
                                .mutable(true)
                                .build())
                        .build())
                .customAttributes(Map.of(
                        "tenant_id",
                                StringAttribute.Builder.create()
                                        .minLen(36)
                                        .maxLen(36)
                                        .mutable(false)
                                        .build(),
                        "tenant",
                                StringAttribute.Builder.create()
                                        .minLen(1)
                                        .maxLen(63)
                                        .mutable(false)
                                        .build(),
                        "user_id",
                                StringAttribute.Builder.create()
                                        .minLen(36)
                                        .maxLen(36)
                                        .mutable(false)
                                        .build()))
                .mfa(
                        switch (console.mfa()) {
                            case "off" -> Mfa.OFF;
                            case "required" -> Mfa.REQUIRED;
                            default -> Mfa.OPTIONAL;
                        })
                .mfaSecondFactor(MfaSecondFactor.builder().otp(true).sms(false).build())
                .passwordPolicy(PasswordPolicy.builder()
                        .minLength(12)
                        .requireDigits(true)
                        .requireLowercase(true)
                        .requireUppercase(true)
                        .requireSymbols(true)
                        .tempPasswordValidity(Duration.days(3))
                        .build())
                .accountRecovery(AccountRecovery.EMAIL_ONLY)
                .featurePlan(FeaturePlan.ESSENTIALS)
                .deletionProtection(props.protect())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();

        for (int i = 0; i < ROLES.size(); i++) {
            UserPoolGroup.Builder.create(this, "Group" + ROLES.get(i))
                    .userPool(pool)
                    .groupName(ROLES.get(i))
                    .precedence(i)
                    .description("BenchCRM role " + ROLES.get(i) + " (docs/security.md)")
                    .build();
        }

        this.ssoParameterPrefix = "/benchcrm/" + props.deployment() + "/sso/";
        this.preToken = new JavaFunction(
                this,
                "PreToken",
                JavaFunction.Props.builder()
                        .description(
                                "Cognito pre-token generation: tenant, user id and roles into the console's tokens")
                        .code(props.preTokenCode())
                        .handler("com.benchcrm.function.cognitopretoken.PreTokenHandler::handleRequest")
                        .serviceName("cognito-pre-token")
                        .memorySize(512)
                        .timeout(Duration.seconds(5))
                        .environment(Map.of("BENCHCRM_SSO_PARAMETER_PREFIX", ssoParameterPrefix))
                        .logKey(props.logsKey())
                        .build());
        preToken.role()
                .addToPrincipalPolicy(PolicyStatement.Builder.create()
                        .actions(List.of("ssm:GetParameter"))
                        .resources(List.of("arn:" + Aws.PARTITION + ":ssm:" + Aws.REGION + ":" + Aws.ACCOUNT_ID
                                + ":parameter" + ssoParameterPrefix + "*"))
                        .build());
        Suppress.on(
                preToken.role(),
                "IAM5",
                "The trigger reads the one SSM parameter of the SSO provider a user signed in "
                        + "through; the providers are the tenants file's, each parameter is under this deployment's /benchcrm/<deployment>/sso/ path.",
                Suppress.matching(
                        "^Resource::arn:<AWS::Partition>:ssm:<AWS::Region>:<AWS::AccountId>:parameter/benchcrm/.*/sso/\\*$"));
        pool.addTrigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, preToken.alias(), LambdaVersion.V2_0);

        List<UserPoolClientIdentityProvider> providers =
                new ArrayList<>(List.of(UserPoolClientIdentityProvider.COGNITO));
        List<IDependable> federated = new ArrayList<>();
        for (TenantConfig tenant : props.tenants()) {
            SsoConfig sso = tenant.sso();
            if (sso == null) {
                continue;
            }
            if (sso.saml()) {
                federated.add(UserPoolIdentityProviderSaml.Builder.create(this, "Sso-" + tenant.slug())
                        .userPool(pool)
                        .name(sso.name())
                        .metadata(UserPoolIdentityProviderSamlMetadata.url(sso.metadataUrl()))
                        .attributeMapping(AttributeMapping.builder()
                                .email(ProviderAttribute.other(
                                        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"))
                                .fullname(ProviderAttribute.other(
                                        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name"))
                                .build())
                        .build());
            } else {
                federated.add(UserPoolIdentityProviderOidc.Builder.create(this, "Sso-" + tenant.slug())
                        .userPool(pool)
                        .name(sso.name())
                        .issuerUrl(sso.issuer())
                        .clientId(sso.clientId())
                        // a CloudFormation dynamic reference: the secret is resolved at deploy time, never in the
                        // template
                        .clientSecret(SecretValue.secretsManager(sso.clientSecretName())
                                .unsafeUnwrap())
                        .scopes(List.of("openid", "email", "profile"))
                        .attributeMapping(AttributeMapping.builder()
                                .email(ProviderAttribute.other("email"))
                                .fullname(ProviderAttribute.other("name"))
                                .build())
                        .build());
            }
            providers.add(UserPoolClientIdentityProvider.custom(sso.name()));
        }

        this.domain = pool.addDomain(
                "Domain",
                UserPoolDomainOptions.builder()
                        .cognitoDomain(CognitoDomainOptions.builder()
                                .domainPrefix(console.cognitoDomainPrefix())
                                .build())
                        .build());

        this.client = pool.addClient(
                "Console",
                UserPoolClientOptions.builder()
                        .userPoolClientName(CLIENT_NAME)
                        .generateSecret(false)
                        .authFlows(AuthFlow.builder().userSrp(true).build())
                        .oAuth(OAuthSettings.builder()
                                .flows(OAuthFlows.builder()
                                        .authorizationCodeGrant(true)
                                        .implicitCodeGrant(false)
                                        .build())
                                .scopes(List.of(OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE))
                                .callbackUrls(console.callbackUrls())
                                .logoutUrls(console.logoutUrls())
                                .build())
                        .supportedIdentityProviders(providers)
                        .accessTokenValidity(Duration.minutes(console.accessTokenMinutes()))
                        .idTokenValidity(Duration.minutes(console.accessTokenMinutes()))
                        .refreshTokenValidity(Duration.hours(console.refreshTokenHours()))
                        .enableTokenRevocation(true)
                        .preventUserExistenceErrors(true)
                        // the console may read the profile but never write the tenant, user id or role: only the API
                        // does
                        .readAttributes(new ClientAttributes()
                                .withStandardAttributes(StandardAttributesMask.builder()
                                        .email(true)
                                        .emailVerified(true)
                                        .fullname(true)
                                        .build())
                                .withCustomAttributes("tenant_id", "tenant", "user_id"))
                        .writeAttributes(new ClientAttributes()
                                .withStandardAttributes(StandardAttributesMask.builder()
                                        .fullname(true)
                                        .build()))
                        .build());
        federated.forEach(p -> client.getNode().addDependency(p));

        if (!"required".equals(console.mfa())) {
            Suppress.on(
                    pool,
                    "COG2",
                    "MFA is the deployment's choice in the tenants file (console.mfa = " + console.mfa()
                            + "); users may add TOTP, and tenants with SSO enforce MFA at their own identity provider.");
        }
        Suppress.on(
                pool,
                "COG3",
                "Threat protection (advanced security) needs the Plus feature plan; this pool uses "
                        + "Essentials (needed for access-token customization) with no self sign-up, invitation only, and "
                        + "token revocation. Enable Plus in production if the budget allows (docs/deploy.md).");
    }

    public UserPool pool() {
        return pool;
    }

    public UserPoolClient client() {
        return client;
    }

    /** The hosted sign-in's base URL, {@code https://<prefix>.auth.<region>.amazoncognito.com}. */
    public String domainUrl() {
        return domain.baseUrl();
    }

    /** The issuer of the pool's tokens (its discovery document is under it). */
    public String issuer() {
        return "https://cognito-idp." + Aws.REGION + ".amazonaws.com/" + pool.getUserPoolId();
    }

    public String jwksUrl() {
        return issuer() + "/.well-known/jwks.json";
    }

    public JavaFunction preTokenFunction() {
        return preToken;
    }

    /** Where the tenants stack writes each SSO provider's tenant ({@code <prefix><provider name>}). */
    public String ssoParameterPrefix() {
        return ssoParameterPrefix;
    }
}
