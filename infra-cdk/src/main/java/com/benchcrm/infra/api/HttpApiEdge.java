package com.benchcrm.infra.api;

import com.benchcrm.infra.constructs.EncryptedLogGroup;
import com.benchcrm.infra.nag.Suppress;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpJwtAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpJwtAuthorizerProps;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegrationProps;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.CfnStage;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpNoneAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogDestination;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogSettings;
import software.amazon.awscdk.services.apigatewayv2.LogGroupLogDestination;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * API Gateway HTTP API (payload 2.0) in front of the HTTP API function's {@code live} alias.
 *
 * <table>
 *   <caption>Routes</caption>
 *   <tr><td>{@code GET /health}, {@code GET /openapi.yaml}</td><td>public, each throttled to {@code publicRateLimit}</td></tr>
 *   <tr><td>{@code ANY /v1/{proxy+}}</td><td>JWT authorizer: issuer and audience from the tenants file</td></tr>
 * </table>
 * Any other path is answered 404 by API Gateway without invoking the function. The function
 * verifies the token again (defence in depth; the tenant comes from the verified token only).
 *
 * <p>Throttling: HTTP APIs throttle per stage and per route, not per client or tenant (they have no
 * usage plans or API keys, and AWS WAF does not attach to them). The stage limits apply to all
 * tenants together; ADR 0010 lists the options for per-tenant limits.
 *
 * <p>Access logs: one JSON line per request to an encrypted log group, with the tenant claim of the
 * verified token ({@code $context.authorizer.claims.tenant_id}), never a body or a query string.
 */
public final class HttpApiEdge extends Construct {

    /** The routes without the JWT authorizer. */
    public static final List<String> PUBLIC_ROUTES = List.of("GET /health", "GET /openapi.yaml");
    /** The authorized catch-all for the versioned API. */
    public static final String API_ROUTE = "ANY /v1/{proxy+}";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The edge's inputs. */
    public record Props(
            IFunction handler,
            String issuer,
            String audience,
            int rateLimit,
            int burstLimit,
            int publicRateLimit,
            IKey logsKey) {
        public Props {
            Objects.requireNonNull(handler, "handler");
            Objects.requireNonNull(logsKey, "logsKey");
            if (issuer == null || !issuer.startsWith("https://")) {
                throw new IllegalArgumentException("the JWT issuer must be an https URL: " + issuer);
            }
            if (audience == null || audience.isBlank()) {
                throw new IllegalArgumentException("the JWT audience is required");
            }
            if (rateLimit < 1 || burstLimit < 1 || publicRateLimit < 1) {
                throw new IllegalArgumentException("throttling limits must be positive");
            }
        }
    }

    private final HttpApi api;
    private final HttpStage stage;

    public HttpApiEdge(Construct scope, String id, Props props) {
        super(scope, id);
        this.api = HttpApi.Builder.create(this, "Api")
                .description("BenchCRM HTTP API")
                .createDefaultStage(false)
                .build();

        EncryptedLogGroup accessLogs = new EncryptedLogGroup(
                this,
                "AccessLogs",
                EncryptedLogGroup.Props.builder()
                        .encryptionKey(props.logsKey())
                        .retention(RetentionDays.THREE_MONTHS)
                        .build());
        this.stage = HttpStage.Builder.create(this, "Stage")
                .httpApi(api)
                .stageName("$default")
                .autoDeploy(true)
                .throttle(ThrottleSettings.builder()
                        .rateLimit(props.rateLimit())
                        .burstLimit(props.burstLimit())
                        .build())
                .accessLogSettings(new JsonAccessLogs(new LogGroupLogDestination(accessLogs.logGroup())))
                .build();
        Map<String, Object> routeSettings = new LinkedHashMap<>();
        for (String route : PUBLIC_ROUTES) {
            // RouteSettings is free-form JSON in the L1: CloudFormation's own (Pascal-case) names
            routeSettings.put(
                    route,
                    Map.of(
                            "ThrottlingRateLimit",
                            props.publicRateLimit(),
                            "ThrottlingBurstLimit",
                            props.publicRateLimit() * 2));
        }
        ((CfnStage) stage.getNode().getDefaultChild()).setRouteSettings(routeSettings);

        HttpLambdaIntegration integration = new HttpLambdaIntegration(
                "Function",
                props.handler(),
                HttpLambdaIntegrationProps.builder()
                        .scopePermissionToRoute(false)
                        .build());
        HttpJwtAuthorizer jwt = new HttpJwtAuthorizer(
                "Jwt",
                props.issuer(),
                HttpJwtAuthorizerProps.builder()
                        .jwtAudience(java.util.Arrays.stream(props.audience().split(","))
                                .map(String::trim)
                                .filter(a -> !a.isEmpty())
                                .toList())
                        .identitySource(List.of("$request.header.Authorization"))
                        .build());
        for (String route : PUBLIC_ROUTES) {
            String path = route.substring(route.indexOf(' ') + 1);
            api.addRoutes(AddRoutesOptions.builder()
                    .path(path)
                    .methods(List.of(HttpMethod.GET))
                    .integration(integration)
                    .authorizer(new HttpNoneAuthorizer())
                    .build());
        }
        api.addRoutes(AddRoutesOptions.builder()
                .path("/v1/{proxy+}")
                .methods(List.of(HttpMethod.ANY))
                .integration(integration)
                .authorizer(jwt)
                .build());
        Suppress.on(
                api,
                "APIG4",
                "Only GET /health and GET /openapi.yaml are public (liveness and the API "
                        + "description); every /v1 route has the JWT authorizer.");
    }

    public HttpApi api() {
        return api;
    }

    public HttpStage stage() {
        return stage;
    }

    /** The stage's URL. */
    public String url() {
        return stage.getUrl();
    }

    /** Access log settings: the JSON line format below, to the encrypted log group. */
    private static final class JsonAccessLogs implements IAccessLogSettings {
        private final IAccessLogDestination destination;

        JsonAccessLogs(IAccessLogDestination destination) {
            this.destination = destination;
        }

        @Override
        public IAccessLogDestination getDestination() {
            return destination;
        }

        @Override
        public AccessLogFormat getFormat() {
            return AccessLogFormat.custom(accessLogFormat());
        }
    }

    private static String accessLogFormat() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("requestId", "$context.requestId");
        fields.put("time", "$context.requestTime");
        fields.put("routeKey", "$context.routeKey");
        fields.put("status", "$context.status");
        fields.put("protocol", "$context.protocol");
        fields.put("sourceIp", "$context.identity.sourceIp");
        fields.put("userAgent", "$context.identity.userAgent");
        fields.put("responseLength", "$context.responseLength");
        fields.put("latencyMs", "$context.responseLatency");
        fields.put("integrationLatencyMs", "$context.integrationLatency");
        fields.put("integrationError", "$context.integrationErrorMessage");
        fields.put("authorizerError", "$context.authorizer.error");
        fields.put("tenantId", "$context.authorizer.claims.tenant_id");
        fields.put("traceId", "$context.awsEndpointRequestId");
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
