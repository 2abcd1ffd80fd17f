package com.benchcrm.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.benchcrm.api.http.HttpApi;
import com.benchcrm.api.http.HttpRequest;
import com.benchcrm.api.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.cloud.function.adapter.aws.AWSLambdaUtils;
import org.springframework.messaging.Message;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * The {@code httpApi} function: translates an API Gateway HTTP API (payload 2.0) event into an
 * {@link HttpRequest}, hands it to the pipeline and translates the response back. Nothing else.
 */
public final class HttpApiFunction implements Function<Message<APIGatewayV2HTTPEvent>, APIGatewayV2HTTPResponse> {

    private final HttpApi api;

    public HttpApiFunction(HttpApi api) {
        this.api = api;
    }

    @Override
    public APIGatewayV2HTTPResponse apply(Message<APIGatewayV2HTTPEvent> message) {
        HttpRequest request = toRequest(message.getPayload());
        Object context = message.getHeaders().get(AWSLambdaUtils.AWS_CONTEXT);
        HttpResponse response = context instanceof Context lambda
                ? PowertoolsLogging.withLogging(lambda, () -> api.handle(request))
                : api.handle(request);
        return toEvent(response);
    }

    static HttpRequest toRequest(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext rc = event.getRequestContext();
        String method = rc != null && rc.getHttp() != null ? rc.getHttp().getMethod() : "GET";
        Map<String, String> headers = new HashMap<>();
        if (event.getHeaders() != null) {
            event.getHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
        }
        Map<String, String> query = event.getQueryStringParameters() == null ? Map.of() : Map.copyOf(event.getQueryStringParameters());
        byte[] body = event.getBody() == null ? new byte[0]
                : event.getIsBase64Encoded() ? Base64.getDecoder().decode(event.getBody())
                : event.getBody().getBytes(StandardCharsets.UTF_8);
        String path = event.getRawPath() == null ? "/" : event.getRawPath();
        return new HttpRequest(method.toUpperCase(Locale.ROOT), path, Map.of(), query, headers, body,
                traceId(headers, rc));
    }

    static APIGatewayV2HTTPResponse toEvent(HttpResponse response) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(response.headers())
                .withBody(response.body())
                .withIsBase64Encoded(false)
                .build();
    }

    /** The X-Ray root id when API Gateway sent one, else the W3C trace id, else the request id. */
    static String traceId(Map<String, String> headers, APIGatewayV2HTTPEvent.RequestContext rc) {
        String amzn = headers.get("x-amzn-trace-id");
        if (amzn != null) {
            for (String part : amzn.split(";")) {
                if (part.trim().startsWith("Root=")) {
                    return safe(part.trim().substring(5));
                }
            }
        }
        String traceparent = headers.get("traceparent");
        if (traceparent != null && traceparent.split("-").length >= 3) {
            return safe(traceparent.split("-")[1]);
        }
        if (rc != null && rc.getRequestId() != null) {
            return safe(rc.getRequestId());
        }
        return UUID.randomUUID().toString();
    }

    private static String safe(String id) {
        String cleaned = id.replaceAll("[^A-Za-z0-9._:=-]", "");
        return cleaned.isEmpty() ? UUID.randomUUID().toString() : cleaned.substring(0, Math.min(cleaned.length(), 128));
    }
}
