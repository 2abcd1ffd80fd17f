package com.benchcrm.function.runtime.customresource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The custom-resource frame against a loopback server standing in for the pre-signed S3 URL. */
class CustomResourceHandlerTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TYPE = "Custom::BenchCrmTest";

    record Put(String method, String contentType, JsonNode body) {}

    HttpServer server;
    final BlockingQueue<Put> puts = new LinkedBlockingQueue<>();
    volatile int status = 200;
    final List<CustomResourceRequest.Kind> applied = new ArrayList<>();

    /** A handler that stores the {@code Size} property, fails on {@code Fail}, and records what it was asked. */
    final CustomResourceHandler handler = new CustomResourceHandler(ResponseUploader.create()) {
        @Override
        protected Outcome apply(CustomResourceRequest request) {
            request.requireType(TYPE);
            applied.add(request.kind());
            if (request.optional("Fail").isPresent()) {
                throw new IllegalStateException("x".repeat(5_000));
            }
            return switch (request.kind()) {
                case DELETE -> Outcome.of(request.physicalId().orElseThrow());
                case CREATE, UPDATE ->
                    new Outcome("size-" + request.wholeNumber("Size"), Map.of("Size", request.required("Size")));
            };
        }
    };

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            puts.add(new Put(
                    exchange.getRequestMethod(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    JSON.readTree(exchange.getRequestBody().readAllBytes())));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    CloudFormationCustomResourceEvent event(String requestType, String physicalId, Map<String, Object> properties) {
        CloudFormationCustomResourceEvent e = new CloudFormationCustomResourceEvent();
        e.setRequestType(requestType);
        e.setResourceType(TYPE);
        e.setRequestId("req-1");
        e.setStackId("arn:aws:cloudformation:us-east-1:123456789012:stack/test/1");
        e.setLogicalResourceId("Test");
        e.setPhysicalResourceId(physicalId);
        e.setResourceProperties(properties);
        e.setResponseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/response?X-Amz-Signature=stub");
        return e;
    }

    Put next() throws InterruptedException {
        Put put = puts.poll(5, TimeUnit.SECONDS);
        assertThat(put).as("a response was PUT to the pre-signed URL").isNotNull();
        return put;
    }

    @Test
    void create_succeeds_answersSuccessWithThePhysicalIdAndData_byPutWithoutContentType() throws Exception {
        handler.handleRequest(event("Create", null, Map.of("Size", " 3 ")), null);

        Put put = next();
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.contentType()).isNull();
        assertThat(put.body().path("Status").asText()).isEqualTo("SUCCESS");
        assertThat(put.body().path("PhysicalResourceId").asText()).isEqualTo("size-3");
        assertThat(put.body().path("Data").path("Size").asText()).isEqualTo("3");
        assertThat(put.body().path("RequestId").asText()).isEqualTo("req-1");
        assertThat(put.body().path("LogicalResourceId").asText()).isEqualTo("Test");
    }

    @Test
    void create_fails_answersFailedWithAFailedPhysicalId_andAReasonCloudFormationAccepts() throws Exception {
        handler.handleRequest(event("Create", null, Map.of("Size", "3", "Fail", "yes")), null);

        Put put = next();
        assertThat(put.body().path("Status").asText()).isEqualTo("FAILED");
        assertThat(put.body().path("PhysicalResourceId").asText())
                .isEqualTo(CustomResourceHandler.FAILED_PREFIX + "req-1");
        assertThat(put.body().path("Reason").asText()).hasSize(CustomResourceResponse.MAX_REASON_CHARS);
    }

    @Test
    void deleteOfAFailedCreate_succeedsWithoutApplying() throws Exception {
        handler.handleRequest(event("Delete", CustomResourceHandler.FAILED_PREFIX + "req-0", Map.of()), null);

        Put put = next();
        assertThat(put.body().path("Status").asText()).isEqualTo("SUCCESS");
        assertThat(put.body().path("PhysicalResourceId").asText()).isEqualTo("failed:req-0");
        assertThat(applied).isEmpty();
    }

    @Test
    void badProperties_orAnotherType_orAnUnknownRequestType_answerFailedSayingWhich() throws Exception {
        handler.handleRequest(event("Update", "size-3", Map.of("Size", "three")), null);
        assertThat(next().body().path("Reason").asText()).startsWith("Size must be a whole number, not three");

        handler.handleRequest(event("Update", "size-3", Map.of()), null);
        assertThat(next().body().path("Reason").asText()).startsWith("a " + TYPE + " needs the property Size");

        CloudFormationCustomResourceEvent other = event("Create", null, Map.of("Size", "1"));
        other.setResourceType("Custom::Other");
        handler.handleRequest(other, null);
        assertThat(next().body().path("Reason").asText()).contains("unknown resource type Custom::Other");

        handler.handleRequest(event("Replace", "size-3", Map.of("Size", "1")), null);
        Put put = next();
        assertThat(put.body().path("Reason").asText()).startsWith("unknown request type Replace");
        assertThat(put.body().path("PhysicalResourceId").asText())
                .as("an existing resource keeps its id")
                .isEqualTo("size-3");
    }

    @Test
    void presignedUrlRefusingTheResponse_failsTheInvocation_soLambdaRetriesIt() {
        status = 403;

        assertThatThrownBy(() -> handler.handleRequest(event("Create", null, Map.of("Size", "1")), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("answered 403");
    }

    @Test
    void request_uuidProperty_mustBeAUuid() {
        CustomResourceRequest request = new CustomResourceRequest(event("Create", null, Map.of("TenantId", "acme")));

        assertThatThrownBy(() -> request.uuid("TenantId")).hasMessage("TenantId must be a UUID, not acme");
    }
}
