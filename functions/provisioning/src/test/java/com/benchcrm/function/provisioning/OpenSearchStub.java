package com.benchcrm.function.provisioning;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback stand-in for the OpenSearch index API, enough for index creation: {@code HEAD /<index>}
 * answers 200 when the index was created and 404 before, {@code PUT /<index>} creates it (or answers
 * {@code resource_already_exists_exception}). Records every request.
 */
final class OpenSearchStub implements AutoCloseable {

    record Request(String method, String path, String body) {}

    private final HttpServer server;
    private final Set<String> indexes = ConcurrentHashMap.newKeySet();
    final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile int failWith;

    OpenSearchStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            requests.add(new Request(method, path, body));
            String index = path.substring(1);
            int status;
            String answer;
            if (failWith != 0) {
                status = failWith;
                answer = "{\"error\":{\"type\":\"security_exception\",\"reason\":\"stub refuses\"},\"status\":"
                        + failWith + "}";
            } else if (method.equals("HEAD")) {
                status = indexes.contains(index) ? 200 : 404;
                answer = null;
            } else if (method.equals("PUT") && indexes.add(index)) {
                status = 200;
                answer = "{\"acknowledged\":true,\"shards_acknowledged\":true,\"index\":\"" + index + "\"}";
            } else if (method.equals("PUT")) {
                status = 400;
                answer = "{\"error\":{\"type\":\"resource_already_exists_exception\",\"reason\":\"index [" + index
                        + "] already exists\"},\"status\":400}";
            } else {
                status = 405;
                answer = "{\"error\":{\"type\":\"unexpected\",\"reason\":\"" + method + "\"},\"status\":405}";
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (answer == null || method.equals("HEAD")) {
                exchange.sendResponseHeaders(status, -1);
            } else {
                byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    Set<String> indexes() {
        return indexes;
    }

    /** Every later request answers this status (0: behave normally). */
    void failWith(int status) {
        failWith = status;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
