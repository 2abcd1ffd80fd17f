package com.benchcrm.local.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class RouteAdmissionTest {

    @Test
    void recommendationRunsAndSearchAreHeavyReadsAndWritesAreNot() {
        assertThat(RouteAdmission.heavy(
                        "POST", "/v1/requirements/0193f7a2-5b3c-7d4e-8f60-123456789abc/recommendations"))
                .isTrue();
        assertThat(RouteAdmission.heavy("GET", "/v1/search")).isTrue();
        assertThat(RouteAdmission.heavy("GET", "/v1/search/")).isTrue();
        // reading the stored run is cheap: only ranking now is heavy
        assertThat(RouteAdmission.heavy("GET", "/v1/requirements/0193f7a2-5b3c-7d4e-8f60-123456789abc/recommendations"))
                .isFalse();
        assertThat(RouteAdmission.heavy("GET", "/v1/consultants")).isFalse();
        assertThat(RouteAdmission.heavy("POST", "/v1/consultants")).isFalse();
        assertThat(RouteAdmission.heavy("GET", "/v1/searches")).isFalse();
    }

    @Test
    void boundsAreNotNegativeAndHeavyFitsInTheTotal() {
        assertThatThrownBy(() -> new RouteAdmission(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RouteAdmission(2, 5).heavy()).isEqualTo(2);
        assertThat(new RouteAdmission(0, 2).heavy()).isEqualTo(2);
    }

    /** A function that holds every invocation until released, counting how many run at once. */
    static final class HeldFunction implements EdgeServer.Invoker {
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger runningHeavy = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final AtomicInteger mostHeavy = new AtomicInteger();
        final AtomicInteger lightStarted = new AtomicInteger();

        @Override
        public byte[] invoke(byte[] event) {
            boolean heavy = new String(event, StandardCharsets.UTF_8).contains("\"rawPath\":\"/v1/search\"");
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            if (heavy) {
                mostHeavy.accumulateAndGet(runningHeavy.incrementAndGet(), Math::max);
            } else {
                lightStarted.incrementAndGet();
            }
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
                if (heavy) {
                    runningHeavy.decrementAndGet();
                }
            }
            return "{\"statusCode\":200,\"headers\":{\"content-type\":\"text/plain\"},\"body\":\"ok\"}"
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void heavyRoutesWaitForTheirOwnSlotsAndCheapReadsGetTheRest() throws Exception {
        HeldFunction function = new HeldFunction();
        try (EdgeServer edge = EdgeServer.start(0, () -> "{\"keys\":[]}", 8, null, new RouteAdmission(3, 2))) {
            edge.route(function);
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + edge.port();
            List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                responses.add(send(http, base + "/v1/search?q=java"));
            }
            awaitTrue(() -> function.runningHeavy.get() == 2);
            Thread.sleep(300);
            // two of the four searches run; the others wait although a slot of all is free ...
            assertThat(function.runningHeavy.get()).isEqualTo(2);
            // ... which a cheap read takes (the waiting searches hold no thread)
            responses.add(send(http, base + "/v1/consultants"));
            awaitTrue(() -> function.lightStarted.get() == 1);
            // and a second one waits: all three slots are taken
            responses.add(send(http, base + "/v1/consultants/1"));
            Thread.sleep(300);
            assertThat(function.lightStarted.get()).isEqualTo(1);
            assertThat(function.running.get()).isEqualTo(3);

            function.release.countDown();
            for (CompletableFuture<HttpResponse<String>> r : responses) {
                assertThat(r.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
            assertThat(function.most.get()).isEqualTo(3);
            assertThat(function.mostHeavy.get()).isEqualTo(2);
            assertThat(function.lightStarted.get()).isEqualTo(2);
        }
    }

    @Test
    void zeroTurnsTheBoundsOff() throws Exception {
        HeldFunction function = new HeldFunction();
        try (EdgeServer edge = EdgeServer.start(0, () -> "{\"keys\":[]}", 16, null, new RouteAdmission(0, 0))) {
            edge.route(function);
            HttpClient http = HttpClient.newHttpClient();
            List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                responses.add(send(http, "http://127.0.0.1:" + edge.port() + "/v1/search?q=" + i));
            }
            awaitTrue(() -> function.running.get() == 6);
            function.release.countDown();
            for (CompletableFuture<HttpResponse<String>> r : responses) {
                assertThat(r.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
            assertThat(function.mostHeavy.get()).isEqualTo(6);
        }
    }

    private static CompletableFuture<HttpResponse<String>> send(HttpClient http, String url) {
        return http.sendAsync(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in 10 s");
            }
            Thread.sleep(10);
        }
    }
}
