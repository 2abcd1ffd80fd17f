package com.benchcrm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 1, on the real launcher in a child JVM: SIGTERM while the embed queue is busy stops
 * in order (exit 0, no JVM crash file, PostgreSQL stopped); SIGKILL leaves PostgreSQL running, and
 * the next {@code up} stops that orphan and starts; a second {@code up} on a running home says where
 * the running one is. Also reads the functions' log: each hosted function logs its own service name.
 */
class StackShutdownIT {

    static final Path ROOT = Path.of(System.getProperty("benchcrm.repo.root", "../../.."))
            .toAbsolutePath()
            .normalize();
    Path home;

    @BeforeEach
    void freshHome() throws Exception {
        Files.createDirectories(Path.of("target"));
        home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "shutdown-home-");
    }

    @Test
    void sigtermWhileEmbedding_stopsInOrder_exit0_noCrashFile_postgresStopped() throws Exception {
        StackProcess stack = StackProcess.start(ROOT, home, Map.of());
        String token = stack.token("shutdown", "Recruiter");
        long postmaster = stack.postmasterPid().orElseThrow();

        int written = writeConsultants(stack, token, 150, 6);
        long t0 = System.nanoTime();
        int code = stack.sigterm(Duration.ofSeconds(120));
        long stopMillis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(
                "busy stack (%d consultant writes just before): SIGTERM to exit %d in %d ms%n",
                written, code, stopMillis);

        assertThat(written).isEqualTo(150);
        assertThat(code).as(StackProcess.tail(stack.output())).isZero();
        assertThat(stack.crashFiles()).as("JVM fatal error files").isEmpty();
        assertThat(stack.output())
                .contains("Stopped in")
                .doesNotContain("SIGSEGV")
                .doesNotContain("A fatal error");
        // pg_ctl stop -w returns when the pid file is gone; the process ends a moment later
        assertThat(StackProcess.awaitEnd(postmaster, Duration.ofSeconds(10)))
                .as("the stack's PostgreSQL stopped")
                .isTrue();
        assertThat(home.resolve("postgres/data/postmaster.pid")).doesNotExist();
        // item 12: every hosted function logs under its own service name, as POWERTOOLS_SERVICE_NAME sets it in AWS
        String log = Files.readString(home.resolve("logs/functions.log"));
        assertThat(log).contains("\"service\":\"http-api\"").doesNotContain("service_undefined");
    }

    @Test
    void sigkill_leavesPostgresRunning_nextUpStopsItAndStarts_secondUpSaysWhereTheRunningOneIs() throws Exception {
        StackProcess first = StackProcess.start(ROOT, home, Map.of());
        String token = first.token("crashed", "Recruiter");
        writeConsultants(first, token, 20, 2);
        long orphan = first.postmasterPid().orElseThrow();

        first.sigkill();

        assertThat(StackProcess.alive(orphan))
                .as("PostgreSQL outlives a killed JVM")
                .isTrue();
        StackProcess second = StackProcess.start(ROOT, home, Map.of());
        try {
            assertThat(StackProcess.awaitEnd(orphan, Duration.ofSeconds(10)))
                    .as("the orphan was stopped")
                    .isTrue();
            assertThat(second.postmasterPid()).isPresent().get().isNotEqualTo(orphan);
            HttpResponse<String> list = second.http()
                    .send(
                            HttpRequest.newBuilder(URI.create(second.baseUrl() + "/v1/consultants?limit=50"))
                                    .header("authorization", "Bearer " + second.token("crashed", "Recruiter"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains("Shutdown Person 19");

            StackProcess.Result again = StackProcess.run(
                    ROOT,
                    home,
                    Duration.ofSeconds(120),
                    "up",
                    "--port",
                    Integer.toString(StackProcess.freePort()),
                    "--smtp-port",
                    Integer.toString(StackProcess.freePort()));
            assertThat(again.exitCode()).isNotZero();
            assertThat(again.output())
                    .contains("already running")
                    .contains("http://127.0.0.1:" + second.port())
                    .contains("pid " + second.pid())
                    .contains("SMTP 127.0.0.1:" + second.smtpPort());
            assertThat(second.isAlive()).isTrue();
        } finally {
            assertThat(second.sigterm(Duration.ofSeconds(120))).isZero();
        }
    }

    /** {@code count} consultants created by {@code clients} concurrent clients; returns how many answered 201. */
    static int writeConsultants(StackProcess stack, String token, int count, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                results.add(pool.submit(() -> stack.http()
                        .send(
                                HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/v1/consultants"))
                                        .header("authorization", "Bearer " + token)
                                        .header("content-type", "application/json")
                                        .POST(
                                                HttpRequest.BodyPublishers.ofString(
                                                        "{\"fullName\":\"Shutdown Person " + n
                                                                + "\",\"title\":\"Senior Java Developer\","
                                                                + "\"summary\":\"Java, Spring Boot, Kafka and AWS; " + n
                                                                + " years of payments platforms\","
                                                                + "\"skills\":[{\"name\":\"Java\"},{\"name\":\"Spring Boot\"},{\"name\":\"Kafka\"}]}"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode()));
            }
            int created = 0;
            for (Future<Integer> f : results) {
                created += f.get() == 201 ? 1 : 0;
            }
            return created;
        } finally {
            pool.shutdown();
        }
    }
}
