package com.benchcrm.ratelimit.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.ratelimit.RateLimit;
import com.benchcrm.ratelimit.RateLimiter;
import com.benchcrm.tenancy.TenantId;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The adapter against DynamoDB Local (AWS's own emulator, in this JVM, on a loopback port), through
 * the real SDK client and wire protocol: the conditional counter, the limit items, fail-open.
 */
class DynamoDbRateLimiterIT {

    static LocalDynamoDb local;
    static DynamoDbClient dynamo;
    static final String TABLE = "rate-limits";

    @BeforeAll
    static void start() throws Exception {
        local = LocalDynamoDb.start(TABLE);
        dynamo = local.client();
    }

    @AfterAll
    static void stop() throws Exception {
        local.close();
    }

    static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void tryAcquire_limitReachedInTheWindow_deniesUntilTheWindowEnds() {
        TenantId tenant = new TenantId(UUID.randomUUID());
        DynamoDbRateLimiter limiter =
                new DynamoDbRateLimiter(dynamo, TABLE, new RateLimit(3, 3), at("2026-11-22T10:00:00.250Z"), () -> {});

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(tenant).allowed()).isTrue();
        }
        RateLimiter.Decision denied = limiter.tryAcquire(tenant);

        assertThat(denied.allowed()).isFalse();
        assertThat(denied.retryAfter().toMillis()).isEqualTo(750);
        assertThat(denied.retryAfterSeconds()).isEqualTo(1);
        var item = dynamo.getItem(g -> g.tableName(TABLE)
                        .key(Map.of(
                                "pk",
                                AttributeValue.fromS(tenant + "#"
                                        + Instant.parse("2026-11-22T10:00:00Z").getEpochSecond()))))
                .item();
        assertThat(item.get("n").n()).isEqualTo("3");
        assertThat(item.get(DynamoDbRateLimiter.TTL_ATTRIBUTE).n())
                .isEqualTo(Long.toString(Instant.parse("2026-11-22T10:00:01Z").getEpochSecond() + 60));
    }

    @Test
    void tryAcquire_nextWindow_allowsAgain_andAnotherTenantIsUnaffected() {
        TenantId busy = new TenantId(UUID.randomUUID());
        TenantId quiet = new TenantId(UUID.randomUUID());
        RateLimit one = new RateLimit(1, 1);
        DynamoDbRateLimiter first =
                new DynamoDbRateLimiter(dynamo, TABLE, one, at("2026-11-22T10:00:00.100Z"), () -> {});
        assertThat(first.tryAcquire(busy).allowed()).isTrue();
        assertThat(first.tryAcquire(busy).allowed()).isFalse();
        assertThat(first.tryAcquire(quiet).allowed()).isTrue();

        DynamoDbRateLimiter second =
                new DynamoDbRateLimiter(dynamo, TABLE, one, at("2026-11-22T10:00:01.100Z"), () -> {});
        assertThat(second.tryAcquire(busy).allowed()).isTrue();
    }

    @Test
    void tryAcquire_tenantLimitItem_overridesTheDefault() {
        TenantId tenant = new TenantId(UUID.randomUUID());
        dynamo.putItem(p -> p.tableName(TABLE)
                .item(Map.of(
                        "pk",
                        AttributeValue.fromS(DynamoDbRateLimiter.limitKey(tenant)),
                        "rate",
                        AttributeValue.fromN("2"),
                        "burst",
                        AttributeValue.fromN("4"))));
        DynamoDbRateLimiter limiter =
                new DynamoDbRateLimiter(dynamo, TABLE, new RateLimit(100, 100), at("2026-11-22T10:00:00Z"), () -> {});

        int allowed = 0;
        for (int i = 0; i < 10; i++) {
            allowed += limiter.tryAcquire(tenant).allowed() ? 1 : 0;
        }

        // burst 4 at rate 2: a two-second window admitting four
        assertThat(allowed).isEqualTo(4);
        assertThat(limiter.tryAcquire(tenant).retryAfter().toMillis()).isEqualTo(2000);
    }

    @Test
    void tryAcquire_storeUnavailable_failsOpenAndCounts() {
        AtomicInteger metric = new AtomicInteger();
        DynamoDbRateLimiter limiter = new DynamoDbRateLimiter(
                dynamo, "no-such-table", new RateLimit(1, 1), Clock.systemUTC(), metric::incrementAndGet);
        TenantId tenant = new TenantId(UUID.randomUUID());

        assertThat(limiter.tryAcquire(tenant).allowed()).isTrue();
        assertThat(limiter.tryAcquire(tenant).allowed()).isTrue();

        assertThat(limiter.failOpenCount()).isEqualTo(2);
        assertThat(metric).hasValue(2);
    }

    @Test
    void create_unreachableEndpoint_failsOpenWithinTheTimeout() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        DynamoDbRateLimiter limiter = DynamoDbRateLimiter.create(
                new DynamoDbRateLimiter.Settings(
                        TABLE, new RateLimit(1, 1), "us-east-1", Optional.of(URI.create("http://127.0.0.1:" + port))),
                () -> {});
        long started = System.nanoTime();

        assertThat(limiter.tryAcquire(new TenantId(UUID.randomUUID())).allowed())
                .isTrue();

        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
        assertThat(limiter.failOpenCount()).isEqualTo(1);
    }
}
