package com.benchcrm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.infra.identity.ConsoleUserPool;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * The console in AWS, from {@code tenants/console.json}: the Cognito user pool (code + PKCE client
 * without a secret, the six role groups, MFA as configured, the V2 pre-token trigger, one federated
 * provider per tenant with SSO and its tenant parameter), the API trusting the pool, and the
 * CloudFront hosting (OAC, security headers with a strict CSP, /v1 to the API uncached with
 * Authorization, the SPA rewrite function, the deployment with console-config.json); cdk-nag clean.
 */
class ConsoleStacksTest {

    private static final SynthesizedApp APP = SynthesizedApp.withConsole();
    private static final Template IDENTITY = APP.identity();
    private static final Template CONSOLE = APP.console();

    @Test
    void userPool_invitationOnly_emailSignIn_mfaAsConfigured_essentialsPlan_retained() {
        IDENTITY.hasResource(
                "AWS::Cognito::UserPool",
                Match.objectLike(Map.of(
                        "DeletionPolicy",
                        "Retain",
                        "Properties",
                        Match.objectLike(Map.of(
                                "AdminCreateUserConfig", Map.of("AllowAdminCreateUserOnly", true),
                                "UsernameAttributes", List.of("email"),
                                "MfaConfiguration", "OPTIONAL",
                                "EnabledMfas", List.of("SOFTWARE_TOKEN_MFA"),
                                "UserPoolTier", "ESSENTIALS")))));
        Capture schema = new Capture();
        IDENTITY.hasResourceProperties("AWS::Cognito::UserPool", Match.objectLike(Map.of("Schema", schema)));
        assertThat(schema.asArray().toString()).contains("tenant_id", "user_id").contains("Mutable=false");
    }

    @Test
    void theSixRoles_areGroupsInPrecedenceOrder() {
        IDENTITY.resourceCountIs("AWS::Cognito::UserPoolGroup", 6);
        for (int i = 0; i < ConsoleUserPool.ROLES.size(); i++) {
            IDENTITY.hasResourceProperties(
                    "AWS::Cognito::UserPoolGroup",
                    Match.objectLike(Map.of("GroupName", ConsoleUserPool.ROLES.get(i), "Precedence", i)));
        }
    }

    @Test
    void consoleClient_isPublic_codeFlowOnly_withTheConfiguredUrls_andTheTenantsProviders() {
        IDENTITY.hasResourceProperties(
                "AWS::Cognito::UserPoolClient",
                Match.objectLike(Map.of(
                        "ClientName",
                        ConsoleUserPool.CLIENT_NAME,
                        "GenerateSecret",
                        false,
                        "AllowedOAuthFlows",
                        List.of("code"),
                        "AllowedOAuthFlowsUserPoolClient",
                        true,
                        "AllowedOAuthScopes",
                        Match.arrayWith(List.of("openid", "email", "profile")),
                        "CallbackURLs",
                        APP.config.console().callbackUrls(),
                        "LogoutURLs",
                        APP.config.console().logoutUrls(),
                        "EnableTokenRevocation",
                        true,
                        "PreventUserExistenceErrors",
                        "ENABLED",
                        "SupportedIdentityProviders",
                        Match.arrayWith(List.of("COGNITO", "acme-okta", "globex-entra")))));
        IDENTITY.hasResourceProperties(
                "AWS::Cognito::UserPoolClient",
                Match.objectLike(
                        Map.of("AccessTokenValidity", 15, "IdTokenValidity", 15, "RefreshTokenValidity", 600)));
        Capture write = new Capture();
        IDENTITY.hasResourceProperties(
                "AWS::Cognito::UserPoolClient", Match.objectLike(Map.of("WriteAttributes", write)));
        assertThat(write.asArray().toString()).doesNotContain("custom:");
        IDENTITY.hasResourceProperties(
                "AWS::Cognito::UserPoolDomain",
                Match.objectLike(Map.of("Domain", APP.config.console().cognitoDomainPrefix())));
    }

    @Test
    void preTokenTrigger_isVersion2_onTheFunctionsAlias_readingOnlyTheSsoParameters() {
        IDENTITY.hasResourceProperties(
                "AWS::Cognito::UserPool",
                Match.objectLike(Map.of(
                        "LambdaConfig",
                        Match.objectLike(Map.of(
                                "PreTokenGenerationConfig",
                                Match.objectLike(Map.of(
                                        "LambdaVersion",
                                        "V2_0",
                                        "LambdaArn",
                                        Match.objectLike(
                                                Map.of("Ref", Match.stringLikeRegexp("PreTokenAlias.*"))))))))));
        IDENTITY.hasResourceProperties(
                "AWS::Lambda::Function",
                Match.objectLike(Map.of(
                        "Handler",
                        "com.benchcrm.function.cognitopretoken.PreTokenHandler::handleRequest",
                        "Environment",
                        Map.of(
                                "Variables",
                                Match.objectLike(
                                        Map.of("BENCHCRM_SSO_PARAMETER_PREFIX", "/benchcrm/benchcrm-web/sso/"))))));
        Capture statements = new Capture();
        IDENTITY.hasResourceProperties(
                "AWS::IAM::Policy",
                Match.objectLike(Map.of("PolicyDocument", Map.of("Statement", statements, "Version", "2012-10-17"))));
        assertThat(IDENTITY.toJSON().toString())
                .contains("ssm:GetParameter")
                .contains(":parameter/benchcrm/benchcrm-web/sso/*");
        assertThat(IDENTITY.toJSON().toString()).doesNotContain("ssm:*");
    }

    @Test
    void eachTenantsSso_isAFederatedProvider_andItsTenantAParameter() {
        IDENTITY.hasResourceProperties(
                "AWS::Cognito::UserPoolIdentityProvider",
                Match.objectLike(Map.of(
                        "ProviderName",
                        "acme-okta",
                        "ProviderType",
                        "SAML",
                        "ProviderDetails",
                        Match.objectLike(Map.of(
                                "MetadataURL", "https://acme.okta.example/app/exk1example/sso/saml/metadata")))));
        IDENTITY.hasResourceProperties(
                "AWS::Cognito::UserPoolIdentityProvider",
                Match.objectLike(Map.of("ProviderName", "globex-entra", "ProviderType", "OIDC")));
        IDENTITY.resourceCountIs("AWS::Cognito::UserPoolIdentityProvider", 2);
        APP.tenants().resourceCountIs("AWS::SSM::Parameter", 2);
        APP.tenants()
                .hasResourceProperties(
                        "AWS::SSM::Parameter",
                        Match.objectLike(Map.of(
                                "Name",
                                "/benchcrm/benchcrm-web/sso/acme-okta",
                                "Value",
                                Match.objectLike(Map.of(
                                        "Fn::Join", Match.arrayWith(List.of(""))))))); // the tenant id is the row's
        assertThat(APP.tenants().toJSON().toString()).contains("\"defaultRole\":\"Recruiter\"");
    }

    @Test
    void theApi_trustsTheUserPool_inTheAuthorizerAndTheFunction() {
        Template api = APP.api();
        Capture issuer = new Capture();
        api.hasResourceProperties(
                "AWS::ApiGatewayV2::Authorizer",
                Match.objectLike(Map.of(
                        "AuthorizerType", "JWT", "JwtConfiguration", Match.objectLike(Map.of("Issuer", issuer)))));
        assertThat(issuer.asObject().toString())
                .contains("https://cognito-idp.")
                .contains("benchcrm-web-identity:ExportsOutputRefUsersPool");
        api.hasResourceProperties(
                "AWS::Lambda::Function",
                Match.objectLike(Map.of(
                        "Environment",
                        Map.of(
                                "Variables",
                                Match.objectLike(Map.of(
                                        "BENCHCRM_JWT_USER_CLAIM",
                                        "user_id",
                                        "BENCHCRM_IDENTITY",
                                        "cognito",
                                        "BENCHCRM_JWT_AUDIENCE",
                                        Match.objectLike(Map.of("Fn::ImportValue", Match.anyValue()))))))));
    }

    @Test
    void theUsersApi_mayAdministerUsersOfThePoolOnly() {
        String api = APP.api().toJSON().toString();
        assertThat(api)
                .contains(
                        "cognito-idp:AdminCreateUser",
                        "cognito-idp:AdminDisableUser",
                        "cognito-idp:AdminUserGlobalSignOut")
                .contains("ExportsOutputFnGetAttUsersPool")
                .doesNotContain("cognito-idp:*")
                .doesNotContain("cognito-idp:AdminDeleteUser");
    }

    @Test
    void assets_privateBucket_onlyThroughOriginAccessControl() {
        CONSOLE.hasResourceProperties(
                "AWS::S3::Bucket",
                Match.objectLike(Map.of(
                        "PublicAccessBlockConfiguration",
                                Map.of(
                                        "BlockPublicAcls",
                                        true,
                                        "BlockPublicPolicy",
                                        true,
                                        "IgnorePublicAcls",
                                        true,
                                        "RestrictPublicBuckets",
                                        true),
                        "LoggingConfiguration", Match.anyValue())));
        CONSOLE.resourceCountIs("AWS::CloudFront::OriginAccessControl", 1);
        CONSOLE.hasResourceProperties(
                "AWS::S3::BucketPolicy",
                Match.objectLike(Map.of(
                        "PolicyDocument",
                        Match.objectLike(Map.of(
                                "Statement",
                                Match.arrayWith(List.of(Match.objectLike(Map.of(
                                        "Action",
                                        "s3:GetObject",
                                        "Effect",
                                        "Allow",
                                        "Principal",
                                        Map.of("Service", "cloudfront.amazonaws.com"))))))))));
    }

    @Test
    void securityHeaders_strictCsp_hsts_nosniff_deny() {
        Capture csp = new Capture();
        CONSOLE.hasResourceProperties(
                "AWS::CloudFront::ResponseHeadersPolicy",
                Match.objectLike(Map.of(
                        "ResponseHeadersPolicyConfig",
                        Match.objectLike(Map.of(
                                "SecurityHeadersConfig",
                                Match.objectLike(Map.of(
                                        "ContentSecurityPolicy",
                                                Match.objectLike(
                                                        Map.of("ContentSecurityPolicy", csp, "Override", true)),
                                        "FrameOptions", Map.of("FrameOption", "DENY", "Override", true),
                                        "ContentTypeOptions", Map.of("Override", true),
                                        "StrictTransportSecurity",
                                                Match.objectLike(Map.of(
                                                        "AccessControlMaxAgeSec",
                                                        63072000,
                                                        "IncludeSubdomains",
                                                        true)))))))));
        String policy = csp.asObject().toString();
        assertThat(policy)
                .contains(
                        "default-src 'self'",
                        "script-src 'self';",
                        "frame-ancestors 'none'",
                        "object-src 'none'",
                        "connect-src 'self' https://cognito-idp.",
                        "amazoncognito.com");
        assertThat(policy).doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
    }

    @Test
    void v1_goesToTheApi_allMethods_uncached_withAuthorization_andTheSpaFallbackIsAFunction_notAnErrorPage() {
        Capture config = new Capture();
        CONSOLE.hasResourceProperties(
                "AWS::CloudFront::Distribution", Match.objectLike(Map.of("DistributionConfig", config)));
        Map<?, ?> dc = (Map<?, ?>) config.asObject();
        assertThat(dc.get("CustomErrorResponses"))
                .as("no 403/404 rewrite that would mask API errors")
                .isNull();
        List<?> behaviors = (List<?>) dc.get("CacheBehaviors");
        assertThat(behaviors).hasSize(1);
        Map<?, ?> api = (Map<?, ?>) behaviors.get(0);
        assertThat(api.get("PathPattern")).isEqualTo("/v1/*");
        assertThat(((List<?>) api.get("AllowedMethods"))
                        .stream().map(String::valueOf).toList())
                .containsExactlyInAnyOrder("GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE");
        assertThat(api.get("ViewerProtocolPolicy")).isEqualTo("https-only");
        assertThat(api.get("FunctionAssociations")).isNull();
        Map<?, ?> defaults = (Map<?, ?>) dc.get("DefaultCacheBehavior");
        assertThat(defaults.get("FunctionAssociations").toString()).contains("viewer-request");
        CONSOLE.hasResourceProperties(
                "AWS::CloudFront::CachePolicy",
                Match.objectLike(Map.of(
                        "CachePolicyConfig",
                        Match.objectLike(Map.of(
                                "DefaultTTL",
                                0,
                                "MinTTL",
                                0,
                                "MaxTTL",
                                1,
                                "ParametersInCacheKeyAndForwardedToOrigin",
                                Match.objectLike(Map.of(
                                        "HeadersConfig",
                                                Map.of(
                                                        "HeaderBehavior",
                                                        "whitelist",
                                                        "Headers",
                                                        List.of("Authorization")),
                                        "QueryStringsConfig", Map.of("QueryStringBehavior", "all"))))))));
        CONSOLE.hasResourceProperties(
                "AWS::CloudFront::Function",
                Match.objectLike(Map.of(
                        "FunctionConfig", Match.objectLike(Map.of("Runtime", "cloudfront-js-2.0")),
                        "FunctionCode", Match.stringLikeRegexp("request.uri = '/index.html'"))));
    }

    @Test
    void theBuiltConsole_andAGeneratedConfigPointingAtCognito_areDeployedAndInvalidated() {
        CONSOLE.hasResourceProperties(
                "Custom::CDKBucketDeployment",
                Match.objectLike(
                        Map.of("DistributionPaths", List.of("/index.html", "/console-config.json"), "Prune", false)));
        Capture markers = new Capture();
        CONSOLE.hasResourceProperties(
                "Custom::CDKBucketDeployment", Match.objectLike(Map.of("SourceMarkers", markers)));
        String generated = markers.asArray().toString();
        assertThat(generated).contains("https://cognito-idp.", "UsersPoolConsole", ".amazoncognito.com/logout");
    }

    @Test
    void cdkNag_hasNoUnsuppressedFindings() {
        assertThat(APP.nagErrors()).isEmpty();
        assertThat(APP.nagWarnings()).isEmpty();
    }
}
