package com.benchcrm.local.stack;

import com.benchcrm.local.lambda.ApiGatewayV2Events;
import com.benchcrm.local.lambda.FunctionHost;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The local API Gateway: an HTTP server on 127.0.0.1 that turns each request into an HTTP API
 * payload 2.0 event, invokes the function, and writes the function's response back. Like API
 * Gateway it refuses bodies over 10 MB itself and answers 503 while the function is not ready.
 * It also serves the issuer's JWKS at {@code /.well-known/jwks.json} and, for GET requests outside
 * the API, the built web console ({@link ConsoleAssets}), same origin as {@code /v1}.
 */
public final class EdgeServer implements AutoCloseable {

    static {
        // TCP_NODELAY on accepted sockets. Without it a response written in more than one segment
        // (a list of 20 consultants, ~15 KB) waits for the client's delayed ACK: a fixed ~40 ms per
        // request whatever the load (measured: list p50 45 ms with 10 clients, 6-8 ms with it).
        // The JDK server reads this once, when its first server is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** API Gateway's own payload limit. */
    static final int MAX_PAYLOAD = 10 * 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService executor;
    private volatile FunctionHost function;
    private final ConsoleAssets console;

    private EdgeServer(HttpServer server, ExecutorService executor, ConsoleAssets console) {
        this.server = server;
        this.executor = executor;
        this.console = console;
    }

    /** Binds 127.0.0.1:{@code port} (0 for any free port) and starts serving the API only. */
    public static EdgeServer start(int port, Supplier<String> jwks, int threads) throws IOException {
        return start(port, jwks, threads, null);
    }

    /**
     * Binds 127.0.0.1:{@code port} and starts serving: the API (handed to the function) and, on
     * the same origin, the web console's files for every other GET (null: no console).
     */
    public static EdgeServer start(int port, Supplier<String> jwks, int threads, ConsoleAssets console) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "edge-http");
            t.setDaemon(true);
            return t;
        });
        EdgeServer edge = new EdgeServer(server, executor, console);
        server.createContext("/.well-known/jwks.json", exchange -> edge.jwks(exchange, jwks));
        server.createContext("/", edge::invoke);
        server.setExecutor(executor);
        server.start();
        return edge;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Serves {@code path} (and below) with {@code handler} instead of the function: the local OpenID
     * provider and {@code /console-config.json}. The longest matching path wins.
     */
    public void mount(String path, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(path, handler);
    }

    /** From now on requests go to this function (until then they get 503). */
    public void route(FunctionHost host) {
        this.function = host;
    }

    private void jwks(HttpExchange exchange, Supplier<String> jwks) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, Map.of("allow", "GET"), new byte[0]);
                return;
            }
            send(exchange, 200, Map.of("content-type", "application/json", "cache-control", "max-age=300"),
                    jwks.get().getBytes(StandardCharsets.UTF_8));
        }
    }

    private void invoke(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (console != null) {
                var asset = console.serve(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("accept-encoding"));
                if (asset.isPresent()) {
                    exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
                    send(exchange, asset.get().status(), asset.get().headers(), asset.get().body());
                    return;
                }
            }
            byte[] body = readLimited(exchange.getRequestBody());
            if (body == null) {
                send(exchange, 413, Map.of("content-type", "application/json"),
                        "{\"message\":\"Request Entity Too Large\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            FunctionHost host = function;
            if (host == null) {
                send(exchange, 503, Map.of("content-type", "application/json", "retry-after", "1"),
                        "{\"message\":\"Service Unavailable\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            byte[] event = ApiGatewayV2Events.request(exchange.getRequestMethod(), decodePath(rawPath),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body,
                    exchange.getRemoteAddress().getAddress().getHostAddress(),
                    exchange.getRequestHeaders().getFirst("host"));
            ApiGatewayV2Events.Response response;
            try {
                response = ApiGatewayV2Events.response(host.invoke(event));
            } catch (RuntimeException e) {
                // What API Gateway answers when the function itself fails.
                response = new ApiGatewayV2Events.Response(500, Map.of("content-type", "application/json"), List.of(),
                        "{\"message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8));
            }
            for (String cookie : response.cookies()) {
                exchange.getResponseHeaders().add("set-cookie", cookie);
            }
            send(exchange, response.status(), response.headers(), response.body());
        }
    }

    private static String decodePath(String rawPath) {
        try {
            return java.net.URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return rawPath;
        }
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        byte[] data = in.readNBytes(MAX_PAYLOAD + 1);
        if (data.length > MAX_PAYLOAD) {
            in.transferTo(OutputStream.nullOutputStream());
            return null;
        }
        return data;
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, byte[] body) throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        boolean noBody = status == 204 || status == 304 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length == 0 ? -1 : body.length);
        if (!noBody && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
