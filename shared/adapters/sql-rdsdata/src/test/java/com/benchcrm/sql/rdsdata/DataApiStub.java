package com.benchcrm.sql.rdsdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * A local stand-in for the RDS Data API's REST-JSON endpoint, on 127.0.0.1 and a random port.
 *
 * <p>It records every request (operation and JSON body) and answers from a per-operation queue of
 * canned responses read from {@code src/test/resources/rdsdata/}. With nothing queued it answers
 * BeginTransaction with {@code begin.json}, Commit and Rollback with their usual bodies, and an
 * ExecuteStatement with a 400 (so a test that forgot to script a statement fails loudly).
 * Errors go out as the service sends them: the status, the error type in
 * {@code x-amzn-ErrorType}, and a {@code {"message": ...}} body.
 */
final class DataApiStub implements AutoCloseable {

    static final String BEGIN = "/BeginTransaction";
    static final String EXECUTE = "/Execute";
    static final String COMMIT = "/CommitTransaction";
    static final String ROLLBACK = "/RollbackTransaction";

    static final String CLUSTER_ARN = "arn:aws:rds:us-east-1:123456789012:cluster:benchcrm-test";
    static final String SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:benchcrm-app-AbCdEf";
    static final String DATABASE = "benchcrm";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the stub received it. */
    record Request(String operation, JsonNode body) {

        String sql() {
            return body.path("sql").asText(null);
        }
    }

    private record Answer(int status, String errorType, String body) {}

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, Deque<Answer>> queues = new HashMap<>();

    private DataApiStub(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    static DataApiStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newSingleThreadExecutor();
            DataApiStub stub = new DataApiStub(server, executor);
            server.createContext("/", stub::handle);
            server.setExecutor(executor);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    RdsDataConfig config() {
        return new RdsDataConfig(
                CLUSTER_ARN, SECRET_ARN, DATABASE, "us-east-1", Optional.of(endpoint()), Duration.ofSeconds(10));
    }

    /** A port whose client talks to this stub, signing with static fake credentials. */
    RdsDataSqlPort port() {
        return RdsDataSqlPort.create(
                config(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "fake-secret-key")));
    }

    /** Queues a 200 answer to the next call of {@code operation}, its body the fixture. */
    DataApiStub answer(String operation, String fixture) {
        return enqueue(operation, new Answer(200, null, fixture(fixture)));
    }

    /** Queues an error answer to the next call of {@code operation}, its body the fixture. */
    DataApiStub fail(String operation, int status, String errorType, String fixture) {
        return enqueue(operation, new Answer(status, errorType, fixture(fixture)));
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    List<String> operations() {
        return requests().stream().map(Request::operation).toList();
    }

    List<Request> requests(String operation) {
        return requests().stream().filter(r -> r.operation().equals(operation)).toList();
    }

    synchronized void reset() {
        requests.clear();
        queues.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    static String fixture(String name) {
        try (InputStream in = DataApiStub.class.getResourceAsStream("/rdsdata/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture rdsdata/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized DataApiStub enqueue(String operation, Answer answer) {
        queues.computeIfAbsent(operation, k -> new ArrayDeque<>()).add(answer);
        return this;
    }

    private synchronized Answer next(String operation) {
        Deque<Answer> queue = queues.get(operation);
        if (queue != null && !queue.isEmpty()) {
            return queue.poll();
        }
        return switch (operation) {
            case BEGIN -> new Answer(200, null, fixture("begin.json"));
            case COMMIT -> new Answer(200, null, fixture("commit.json"));
            case ROLLBACK -> new Answer(200, null, fixture("rollback.json"));
            default ->
                new Answer(
                        400, "BadRequestException", "{\"message\":\"stub: no answer queued for " + operation + "\"}");
        };
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String operation = exchange.getRequestURI().getPath();
            byte[] in = exchange.getRequestBody().readAllBytes();
            JsonNode body = in.length == 0 ? JSON.createObjectNode() : JSON.readTree(in);
            Answer answer;
            synchronized (this) {
                requests.add(new Request(operation, body));
                answer = next(operation);
            }
            byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders()
                    .add("x-amzn-RequestId", "stub-" + requests().size());
            if (answer.errorType() != null) {
                exchange.getResponseHeaders().add("x-amzn-ErrorType", answer.errorType());
            }
            exchange.sendResponseHeaders(answer.status(), out.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        }
    }
}
