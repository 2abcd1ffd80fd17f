package com.benchcrm.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiGatewayV2EventsTest {

    final ObjectMapper json = new ObjectMapper();

    @Test
    void request_followsPayload2Rules_forHeadersQueryCookiesAndBody() throws Exception {
        byte[] event = ApiGatewayV2Events.request(
                "POST",
                "/v1/consultants",
                "limit=5&tag=a&tag=b&q=J%C3%BCrgen",
                Map.of(
                        "Content-Type",
                        List.of("application/json"),
                        "X-Multi",
                        List.of("1", "2"),
                        "Cookie",
                        List.of("a=1; b=2")),
                "{\"x\":1}".getBytes(StandardCharsets.UTF_8),
                "127.0.0.1",
                "127.0.0.1:3000");
        JsonNode e = json.readTree(event);
        assertThat(e.path("version").asText()).isEqualTo("2.0");
        assertThat(e.path("headers").path("content-type").asText()).isEqualTo("application/json");
        assertThat(e.path("headers").path("x-multi").asText()).isEqualTo("1,2");
        assertThat(e.path("headers").has("cookie")).isFalse();
        assertThat(e.path("cookies")).extracting(JsonNode::asText).containsExactly("a=1", "b=2");
        assertThat(e.path("queryStringParameters").path("tag").asText()).isEqualTo("a,b");
        assertThat(e.path("queryStringParameters").path("q").asText()).isEqualTo("Jürgen");
        assertThat(e.path("requestContext").path("http").path("method").asText())
                .isEqualTo("POST");
        assertThat(e.path("body").asText()).isEqualTo("{\"x\":1}");
        assertThat(e.path("isBase64Encoded").asBoolean()).isFalse();
    }

    @Test
    void request_binaryBody_isBase64Encoded() throws Exception {
        byte[] pdf = {0x25, 0x50, 0x44, 0x46, (byte) 0xFF};
        JsonNode e = json.readTree(ApiGatewayV2Events.request(
                "POST", "/x", "", Map.of("content-type", List.of("application/pdf")), pdf, "127.0.0.1", "h"));
        assertThat(e.path("isBase64Encoded").asBoolean()).isTrue();
        assertThat(java.util.Base64.getDecoder().decode(e.path("body").asText()))
                .isEqualTo(pdf);
    }

    @Test
    void response_withoutStatusCode_isA200WithTheOutputAsBody() {
        ApiGatewayV2Events.Response r = ApiGatewayV2Events.response("\"OK\"".getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(200);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("\"OK\"");
    }

    @Test
    void response_structured_isReadAsIs() {
        ApiGatewayV2Events.Response r = ApiGatewayV2Events.response(
                "{\"statusCode\":404,\"headers\":{\"content-type\":\"application/problem+json\"},\"body\":\"{}\",\"isBase64Encoded\":false}"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.headers()).containsEntry("content-type", "application/problem+json");
    }

    @Test
    void response_notJson_isA502LikeApiGateway() {
        assertThat(ApiGatewayV2Events.response("garbage{".getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(502);
    }
}
