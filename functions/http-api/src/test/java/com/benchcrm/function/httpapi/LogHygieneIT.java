package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.layout.template.json.JsonTemplateLayout;
import org.junit.jupiter.api.Test;

/**
 * The function's real log output, in the production JSON layout, while it handles requests full
 * of personal data: every line is JSON with tenant, user and trace ids, and none quotes a name,
 * e-mail address, phone number or body.
 */
class LogHygieneIT {

    @Test
    void requestsWithPersonalData_produceStructuredLines_withoutPersonalData() throws Exception {
        ApiTestStack stack = ApiTestStack.get();
        ApiTestStack.TestTenant tenant = stack.newTenant("logs");
        String token = stack.token(tenant, "user-logs-1", Role.Recruiter);
        StringWriter captured = new StringWriter();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        Appender appender = WriterAppender.newBuilder()
                .setName("capture")
                .setTarget(captured)
                .setLayout(JsonTemplateLayout.newBuilder()
                        .setConfiguration(config)
                        .setEventTemplateUri("classpath:LambdaJsonLayout.json")
                        .build())
                .build();
        appender.start();
        LoggerConfig root = config.getRootLogger();
        root.addAppender(appender, null, null);
        context.updateLoggers();
        try {
            ObjectNode body = ApiEvent.load("consultants-create").bodyJson();
            body.put("fullName", "Zebulon Quixote")
                    .put("email", "zebulon.quixote@example.com")
                    .put("phone", "+1-555-0199")
                    .put("externalId", "pii-1");
            ApiResponse created = stack.invoke(ApiEvent.load("consultants-create")
                    .token(token)
                    .body(body)
                    .header("x-amzn-trace-id", "Root=1-bbbbbbbb-cccccccccccccccccccccccc"));
            assertThat(created.status()).isEqualTo(201);
            stack.invoke(ApiEvent.load("consultants-create").token(token).body(body)); // 409 duplicate
            stack.invoke(ApiEvent.load("consultants-create")
                    .token(token)
                    .withoutHeader("idempotency-key")
                    .body("{\"fullName\": \"Zebulon Quixote\", \"email\": 12}")); // 400 wrong type
            stack.invoke(ApiEvent.load("consultants-list").token(token).query("q", "zebulon.quixote@example.com"));
            stack.invoke(ApiEvent.load("consultants-list").token("not-a-token")); // 401
        } finally {
            root.removeAppender("capture");
            context.updateLoggers();
            appender.stop();
        }
        List<String> lines =
                captured.toString().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(5);
        for (String line : lines) {
            JsonNode json = ApiEvent.JSON.readTree(line);
            assertThat(json.has("level")).as(line).isTrue();
            assertThat(line)
                    .doesNotContainIgnoringCase("zebulon")
                    .doesNotContain("quixote")
                    .doesNotContain("555-0199")
                    .doesNotContain("@example.com");
        }
        JsonNode access = ApiEvent.JSON.readTree(lines.stream()
                .filter(l -> l.contains("POST /v1/consultants 201"))
                .findFirst()
                .orElseThrow());
        assertThat(access.path("tenant_id").asText()).isEqualTo(tenant.id().toString());
        assertThat(access.path("user_id").asText()).isEqualTo("user-logs-1");
        assertThat(access.path("trace_id").asText()).isEqualTo("1-bbbbbbbb-cccccccccccccccccccccccc");
    }
}
