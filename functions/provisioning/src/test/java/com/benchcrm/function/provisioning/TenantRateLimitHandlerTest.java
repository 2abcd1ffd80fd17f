package com.benchcrm.function.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import com.benchcrm.function.runtime.customresource.CustomResourceHandler;
import com.benchcrm.function.runtime.customresource.ResponseUploader;
import com.benchcrm.ratelimit.RateLimit;
import com.benchcrm.ratelimit.dynamodb.DynamoDbRateLimiter;
import com.benchcrm.ratelimit.dynamodb.LocalDynamoDb;
import com.benchcrm.ratelimit.dynamodb.TenantLimitItems;
import com.benchcrm.tenancy.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code Custom::BenchCrmTenantRateLimit} through the handler's entry point, with the shared sample
 * events, against DynamoDB Local (AWS's emulator, in this JVM, on a loopback port; as
 * {@code DynamoDbRateLimiterIT} runs it) and a loopback stub of the pre-signed response URL. The
 * HTTP API's own limiter reads the table afterwards: the item the resource writes is the limit it
 * applies.
 */
class TenantRateLimitHandlerTest {

    static final String TABLE = "benchcrm-dev-rate-limits";
    /** The deployment's default in these tests: three requests a second. */
    static final RateLimit DEFAULTS = new RateLimit(3, 3);

    static LocalDynamoDb local;
    static DynamoDbClient dynamo;

    ResponseStub cloudFormation;
    TenantRateLimitHandler handler;
    TenantId tenant;

    @BeforeAll
    static void startDynamoDbLocal() throws Exception {
        local = LocalDynamoDb.start(TABLE);
        dynamo = local.client();
    }

    @AfterAll
    static void stopDynamoDbLocal() throws Exception {
        local.close();
    }

    @BeforeEach
    void start() {
        cloudFormation = new ResponseStub();
        handler = new TenantRateLimitHandler(new TenantLimitItems(dynamo, TABLE), ResponseUploader.create());
        tenant = new TenantId(UUID.randomUUID());
    }

    @AfterEach
    void stop() {
        cloudFormation.close();
    }

    /** A sample event for this test's own tenant (DynamoDB Local is shared by the tests of the class). */
    CloudFormationCustomResourceEvent event(String name) {
        CloudFormationCustomResourceEvent event = SampleEvents.load(name, cloudFormation.url());
        event.getResourceProperties().put("TenantId", tenant.toString());
        if (event.getPhysicalResourceId() != null) {
            event.setPhysicalResourceId(DynamoDbRateLimiter.limitKey(tenant));
        }
        return event;
    }

    /** How many of 60 requests in one instant the HTTP API's limiter (a fresh instance: no cached limit) admits. */
    int admitted(String instant) {
        DynamoDbRateLimiter limiter = new DynamoDbRateLimiter(
                dynamo, TABLE, DEFAULTS, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), () -> {});
        int allowed = 0;
        for (int i = 0; i < 60; i++) {
            allowed += limiter.tryAcquire(tenant).allowed() ? 1 : 0;
        }
        return allowed;
    }

    Map<String, AttributeValue> item() {
        return dynamo.getItem(g -> g.tableName(TABLE)
                        .key(Map.of(
                                DynamoDbRateLimiter.KEY, AttributeValue.fromS(DynamoDbRateLimiter.limitKey(tenant)))))
                .item();
    }

    @Test
    void create_putsTheLimitItem_andTheLimiterAppliesIt() {
        assertThat(admitted("2026-11-22T10:00:00Z")).as("before: the default").isEqualTo(3);

        handler.handleRequest(event("tenant-rate-limit-create"), null);

        ResponseStub.Received put = cloudFormation.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(put.body().get("PhysicalResourceId").asText()).isEqualTo("limit#" + tenant);
        assertThat(put.body().get("Data").get("ItemKey").asText()).isEqualTo("limit#" + tenant);
        assertThat(item())
                .containsEntry("rate", AttributeValue.fromN("20"))
                .containsEntry("burst", AttributeValue.fromN("40"));
        // rate 20, burst 40: a two-second window admitting 40
        assertThat(admitted("2026-11-22T10:01:00Z")).isEqualTo(40);
    }

    @Test
    void update_replacesTheNumbers_andTheLimiterAppliesTheNewOnes() {
        handler.handleRequest(event("tenant-rate-limit-create"), null);
        assertThat(cloudFormation.next().body().get("Status").asText()).isEqualTo("SUCCESS");

        handler.handleRequest(event("tenant-rate-limit-update"), null);

        ResponseStub.Received put = cloudFormation.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(put.body().get("PhysicalResourceId").asText())
                .as("same tenant, same item")
                .isEqualTo("limit#" + tenant);
        assertThat(item())
                .containsEntry("rate", AttributeValue.fromN("5"))
                .containsEntry("burst", AttributeValue.fromN("10"));
        assertThat(admitted("2026-11-22T10:02:00Z")).isEqualTo(10);
    }

    @Test
    void delete_removesTheItem_andTheLimiterFallsBackToTheDefault() {
        handler.handleRequest(event("tenant-rate-limit-create"), null);
        assertThat(cloudFormation.next().body().get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(admitted("2026-11-22T10:03:00Z")).isEqualTo(40);

        handler.handleRequest(event("tenant-rate-limit-delete"), null);

        ResponseStub.Received put = cloudFormation.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(put.body().get("PhysicalResourceId").asText()).isEqualTo("limit#" + tenant);
        assertThat(item()).isEmpty();
        assertThat(admitted("2026-11-22T10:04:00Z")).isEqualTo(3);
    }

    @Test
    void delete_afterAFailedCreate_succeedsWithoutTouchingTheTable() {
        TenantId other = new TenantId(UUID.randomUUID());
        new TenantLimitItems(dynamo, TABLE).put(other, new RateLimit(7, 7));
        CloudFormationCustomResourceEvent event = event("tenant-rate-limit-delete");
        event.setPhysicalResourceId(CustomResourceHandler.FAILED_PREFIX + "7c8d9eaf");

        handler.handleRequest(event, null);

        assertThat(cloudFormation.next().body().get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(dynamo.getItem(g -> g.tableName(TABLE)
                                .key(Map.of(
                                        DynamoDbRateLimiter.KEY,
                                        AttributeValue.fromS(DynamoDbRateLimiter.limitKey(other)))))
                        .item())
                .isNotEmpty();
    }

    @Test
    void create_burstBelowRate_answersFailedWithAFailedPhysicalId_andWritesNothing() {
        CloudFormationCustomResourceEvent event = event("tenant-rate-limit-create");
        event.getResourceProperties().put("Burst", "10");

        handler.handleRequest(event, null);

        ResponseStub.Received put = cloudFormation.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("FAILED");
        assertThat(put.body().get("PhysicalResourceId").asText())
                .isEqualTo(CustomResourceHandler.FAILED_PREFIX + event.getRequestId());
        assertThat(put.body().get("Reason").asText()).contains("burst (10) must be at least the rate (20)");
        assertThat(item()).isEmpty();
    }

    @Test
    void create_withoutTenantIdOrWithANonNumber_answersFailedNamingTheProperty() {
        CloudFormationCustomResourceEvent noTenant = event("tenant-rate-limit-create");
        noTenant.getResourceProperties().remove("TenantId");
        handler.handleRequest(noTenant, null);
        assertThat(cloudFormation.next().body().get("Reason").asText()).contains("TenantId");

        CloudFormationCustomResourceEvent text = event("tenant-rate-limit-create");
        text.getResourceProperties().put("Rate", "fast");
        handler.handleRequest(text, null);
        assertThat(cloudFormation.next().body().get("Reason").asText())
                .contains("Rate must be a whole number, not fast");
        assertThat(item()).isEmpty();
    }

    @Test
    void tableUnavailable_answersFailed() {
        TenantRateLimitHandler broken =
                new TenantRateLimitHandler(new TenantLimitItems(dynamo, "no-such-table"), ResponseUploader.create());

        broken.handleRequest(event("tenant-rate-limit-create"), null);

        assertThat(cloudFormation.next().body().get("Status").asText()).isEqualTo("FAILED");
    }

    @Test
    void config_missingValues_areAllReported() {
        assertThatThrownBy(() -> TenantRateLimitConfig.from(Map.<String, String>of()::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BENCHCRM_RATE_LIMIT_TABLE is not set")
                .hasMessageContaining("AWS_REGION is not set");
        assertThat(TenantRateLimitConfig.from(
                        Map.of("BENCHCRM_RATE_LIMIT_TABLE", TABLE, "AWS_REGION", "eu-west-1")::get))
                .isEqualTo(new TenantRateLimitConfig(TABLE, "eu-west-1"));
    }
}
