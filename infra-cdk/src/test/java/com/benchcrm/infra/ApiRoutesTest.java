package com.benchcrm.infra;

import com.benchcrm.infra.api.HttpApiEdge;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The HTTP edge: the JWT authorizer on every route but the public two, access logs, throttling. */
class ApiRoutesTest {

    private static final SynthesizedApp APP = SynthesizedApp.oneTenant();
    private static final Template API = APP.api();

    @Test
    void jwtAuthorizer_checksTheIssuerAndAudienceOfTheTenantsFile() {
        API.hasResourceProperties(
                "AWS::ApiGatewayV2::Authorizer",
                Map.of(
                        "ApiId", Match.anyValue(),
                        "Name", "Jwt",
                        "AuthorizerType", "JWT",
                        "IdentitySource", List.of("$request.header.Authorization"),
                        "JwtConfiguration",
                                Map.of(
                                        "Issuer",
                                        APP.config.auth().issuer(),
                                        "Audience",
                                        List.of(APP.config.auth().audience()))));
    }

    @Test
    void routes_allButHealthAndOpenapi_requireTheJwtAuthorizer() {
        String authorizer = API.findResources("AWS::ApiGatewayV2::Authorizer")
                .keySet()
                .iterator()
                .next();
        for (String route : HttpApiEdge.PUBLIC_ROUTES) {
            API.hasResourceProperties(
                    "AWS::ApiGatewayV2::Route",
                    Match.objectLike(Map.of("RouteKey", route, "AuthorizationType", "NONE")));
        }
        API.resourcePropertiesCountIs(
                "AWS::ApiGatewayV2::Route",
                Match.objectLike(Map.of("AuthorizationType", "NONE")),
                HttpApiEdge.PUBLIC_ROUTES.size());
        // every other route, whatever it is, has the authorizer
        int total = API.findResources("AWS::ApiGatewayV2::Route").size();
        API.resourcePropertiesCountIs(
                "AWS::ApiGatewayV2::Route",
                Match.objectLike(Map.of("AuthorizationType", "JWT", "AuthorizerId", Map.of("Ref", authorizer))),
                total - HttpApiEdge.PUBLIC_ROUTES.size());
        API.hasResourceProperties(
                "AWS::ApiGatewayV2::Route",
                Match.objectLike(Map.of("RouteKey", HttpApiEdge.API_ROUTE, "AuthorizationType", "JWT")));
        // no catch-all: unknown paths never reach the function
        API.resourcePropertiesCountIs("AWS::ApiGatewayV2::Route", Match.objectLike(Map.of("RouteKey", "$default")), 0);
    }

    @Test
    void stage_logsEveryRequestAsJsonToAnEncryptedLogGroupAndThrottles() {
        API.hasResourceProperties(
                "AWS::ApiGatewayV2::Stage",
                Match.objectLike(Map.of(
                        "StageName", "$default",
                        "AutoDeploy", true,
                        "AccessLogSettings",
                                Map.of(
                                        "DestinationArn",
                                                Match.objectLike(Map.of("Fn::GetAtt", Match.arrayWith(List.of("Arn")))),
                                        "Format",
                                                Match.stringLikeRegexp(
                                                        ".*\\$context\\.requestId.*\\$context\\.authorizer\\.claims\\.tenant_id.*")),
                        "DefaultRouteSettings",
                                Map.of(
                                        "ThrottlingRateLimit", APP.config.api().rateLimit(),
                                        "ThrottlingBurstLimit", APP.config.api().burstLimit()),
                        "RouteSettings",
                                Map.of(
                                        "GET /health",
                                                Map.of(
                                                        "ThrottlingRateLimit",
                                                        APP.config.api().publicRateLimit(),
                                                        "ThrottlingBurstLimit",
                                                        APP.config.api().publicRateLimit() * 2),
                                        "GET /openapi.yaml", Match.anyValue()))));
    }
}
