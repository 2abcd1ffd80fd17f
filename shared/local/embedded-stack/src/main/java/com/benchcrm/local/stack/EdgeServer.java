package com.benchcrm.local.stack;

import com.benchcrm.local.lambda.ApiGatewayV2Events;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The local API Gateway: an HTTP server on 127.0.0.1 (Jetty, no servlets) that turns each request
 * into an HTTP API payload 2.0 event, invokes the function, and writes the function's response
 * back. Like API Gateway it refuses bodies over 10 MB itself, answers 503 while the function is not
 * ready, and passes a query string it cannot decode ({@code ?cursor=%%%x}) to the function as sent
 * (the function answers 400). What the server itself refuses (a request line or path that is not
 * HTTP) is an RFC 9457 problem+json, never an HTML page. It also serves the issuer's JWKS at
 * {@code /.well-known/jwks.json}, what is {@link #mount mounted} on it (the local OpenID provider,
 * {@code /console-config.json}) and, for GET requests outside the API, the built web console
 * ({@link ConsoleAssets}), same origin as {@code /v1}.
 *
 * <p>Jetty rather than the JDK's {@code HttpServer}: the JDK server answers a URI it cannot parse
 * with its own HTML 400 before any handler runs, with no way to change it.
 *
 * <pre>{@code
 * EdgeServer edge = EdgeServer.start(3000, issuer::publicJwksJson, 32);
 * edge.route(functionHost::invoke);
 * }</pre>
 */
public final class EdgeServer implements AutoCloseable {

    /** API Gateway's own payload limit. */
    static final int MAX_PAYLOAD = 10 * 1024 * 1024;

    /** The function: API Gateway v2 event JSON in, response JSON out (a {@code FunctionHost::invoke}). */
    @FunctionalInterface
    public interface Invoker {
        byte[] invoke(byte[] event);
    }

    private final Server server;
    private final ServerConnector connector;
    private final ConsoleAssets console;
    /** Paths served by a handler of their own instead of the function: a path ending in / and what is below it, else exactly it. */
    private final Map<String, Request.Handler> mounts = new java.util.concurrent.ConcurrentHashMap<>();

    private volatile Invoker function;

    private EdgeServer(Server server, ServerConnector connector, ConsoleAssets console) {
        this.server = server;
        this.connector = connector;
        this.console = console;
    }

    /**
     * Binds 127.0.0.1:{@code port} (0 for any free port) and starts serving with up to
     * {@code threads} worker threads.
     *
     * @throws BindException when the port is taken
     */
    public static EdgeServer start(int port, Supplier<String> jwks, int threads) throws IOException {
        return start(port, jwks, threads, null);
    }

    /**
     * As {@link #start(int, Supplier, int)}, serving on the same origin the web console's files for
     * every GET outside the API ({@code console} null: no console).
     */
    public static EdgeServer start(int port, Supplier<String> jwks, int threads, ConsoleAssets console)
            throws IOException {
        return start(port, jwks, threads, console, RouteAdmission.fromSystemProperties());
    }

    /**
     * As {@link #start(int, Supplier, int, ConsoleAssets)}, with {@code admission} bounding how many
     * requests run at once (per kind of route; ADR 0054).
     */
    public static EdgeServer start(
            int port, Supplier<String> jwks, int threads, ConsoleAssets console, RouteAdmission admission)
            throws IOException {
        QueuedThreadPool pool = new QueuedThreadPool(Math.max(threads, 8), Math.min(threads, 4), 60_000);
        pool.setName("edge-http");
        pool.setDaemon(true);
        Server server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // the raw path and query go to the function, which judges them, as behind API Gateway
        http.setUriCompliance(UriCompliance.LEGACY);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setAcceptQueueSize(256);
        // TCP_NODELAY is Jetty's default: a response in several segments does not wait for a delayed ACK
        server.addConnector(connector);
        server.setErrorHandler(new ProblemErrors());
        EdgeServer edge = new EdgeServer(server, connector, console);
        // graceful: stop() waits (up to the stop timeout) for the requests in flight before the pools close
        GracefulHandler graceful = new GracefulHandler();
        server.setHandler(graceful);
        graceful.setHandler(admission.wrap(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                Request.Handler mounted =
                        edge.mounted(decodePath(request.getHttpURI().getPath()));
                if (mounted != null) {
                    return mounted.handle(request, response, callback);
                }
                if ("/.well-known/jwks.json".equals(request.getHttpURI().getPath())) {
                    edge.jwks(request, response, callback, jwks);
                } else {
                    edge.invoke(request, response, callback);
                }
                return true;
            }
        }));
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            throw e;
        } catch (Exception e) {
            stopQuietly(server);
            throw new IOException("the edge server did not start: " + e, e);
        }
        return edge;
    }

    public int port() {
        return connector.getLocalPort();
    }

    /**
     * Serves {@code path} with a Jetty handler of its own instead of the function or the console's
     * files: the local OpenID provider ({@code /oidc/}, {@code /.well-known/openid-configuration}) and
     * {@code /console-config.json}. A path ending in {@code /} takes everything below it, any other
     * only itself; the longest wins. Nothing under {@code /v1} may be mounted: the API stays the
     * function's, with its problem+json answers. {@link #respond} writes a whole answer.
     *
     * <pre>{@code
     * edge.mount("/console-config.json", (request, response, callback) -> {
     *     EdgeServer.respond(request, response, callback, 200, Map.of("content-type", "application/json"), json);
     *     return true;
     * });
     * }</pre>
     */
    public void mount(String path, Request.Handler handler) {
        if (!path.startsWith("/")
                || path.equals("/")
                || path.equals("/v1")
                || path.startsWith("/v1/")
                || path.equals("/health")) {
            throw new IllegalArgumentException("cannot mount " + path + ": the API, /health and / stay the edge's");
        }
        mounts.put(path, handler);
    }

    /** The handler mounted for a (decoded) path, the longest mount first; null for none. */
    Request.Handler mounted(String path) {
        if (mounts.isEmpty()) {
            return null;
        }
        Request.Handler exact = mounts.get(path);
        if (exact != null && !path.endsWith("/")) {
            return exact;
        }
        String best = null;
        for (String mount : mounts.keySet()) {
            if (mount.endsWith("/") && path.startsWith(mount) && (best == null || mount.length() > best.length())) {
                best = mount;
            }
        }
        return best == null ? null : mounts.get(best);
    }

    /**
     * Reads the request body up to API Gateway's 10 MB ({@code null} past it, the rest discarded):
     * for mounted handlers, which read the body before answering.
     */
    public static byte[] readBody(Request request) throws IOException {
        return readLimited(Request.asInputStream(request));
    }

    /** Writes a whole answer (no body for HEAD, 204 and 304) and completes the callback. */
    public static void respond(
            Request request,
            Response response,
            Callback callback,
            int status,
            Map<String, String> headers,
            byte[] body) {
        send(request, response, callback, status, headers, body);
    }

    /** From now on requests go to this function (until then they get 503). */
    public void route(Invoker invoker) {
        this.function = invoker;
    }

    /** Stops routing: requests arriving from now on get 503 (stopping), those in flight finish. */
    public void unroute() {
        this.function = null;
    }

    private void jwks(Request request, Response response, Callback callback, Supplier<String> jwks) throws IOException {
        readLimited(Request.asInputStream(request));
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            send(request, response, callback, 405, Map.of("allow", "GET"), new byte[0]);
            return;
        }
        send(
                request,
                response,
                callback,
                200,
                Map.of("content-type", "application/json", "cache-control", "max-age=300"),
                jwks.get().getBytes(StandardCharsets.UTF_8));
    }

    private void invoke(Request request, Response response, Callback callback) throws IOException {
        if (console != null) {
            var asset = console.serve(
                    request.getMethod(),
                    decodePath(request.getHttpURI().getPath()),
                    request.getHeaders().get(HttpHeader.ACCEPT_ENCODING));
            if (asset.isPresent()) {
                Request.asInputStream(request).transferTo(OutputStream.nullOutputStream());
                send(
                        request,
                        response,
                        callback,
                        asset.get().status(),
                        asset.get().headers(),
                        asset.get().body());
                return;
            }
        }
        byte[] body = readLimited(Request.asInputStream(request));
        if (body == null) {
            send(
                    request,
                    response,
                    callback,
                    413,
                    Map.of("content-type", "application/json"),
                    "{\"message\":\"Request Entity Too Large\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Invoker host = function;
        if (host == null) {
            send(
                    request,
                    response,
                    callback,
                    503,
                    Map.of("content-type", "application/json", "retry-after", "1"),
                    "{\"message\":\"Service Unavailable\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField f : request.getHeaders()) {
            headers.computeIfAbsent(f.getName(), k -> new ArrayList<>()).add(f.getValue());
        }
        byte[] event = ApiGatewayV2Events.request(
                request.getMethod(),
                decodePath(request.getHttpURI().getPath()),
                request.getHttpURI().getQuery(),
                headers,
                body,
                Request.getRemoteAddr(request),
                request.getHeaders().get(HttpHeader.HOST));
        ApiGatewayV2Events.Response r;
        try {
            r = ApiGatewayV2Events.response(host.invoke(event));
        } catch (RuntimeException e) {
            // What API Gateway answers when the function itself fails.
            r = new ApiGatewayV2Events.Response(
                    500,
                    Map.of("content-type", "application/json"),
                    List.of(),
                    "{\"message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8));
        }
        for (String cookie : r.cookies()) {
            response.getHeaders().add("set-cookie", cookie);
        }
        send(request, response, callback, r.status(), r.headers(), r.body());
    }

    static String decodePath(String rawPath) {
        try {
            return java.net.URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return rawPath;
        }
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        try (in) {
            byte[] data = in.readNBytes(MAX_PAYLOAD + 1);
            if (data.length > MAX_PAYLOAD) {
                in.transferTo(OutputStream.nullOutputStream());
                return null;
            }
            return data;
        }
    }

    private static void send(
            Request request,
            Response response,
            Callback callback,
            int status,
            Map<String, String> headers,
            byte[] body) {
        response.setStatus(status);
        headers.forEach((k, v) -> response.getHeaders().put(k, v));
        boolean noBody = status == 204 || status == 304 || "HEAD".equals(request.getMethod());
        if (noBody || body.length == 0) {
            if (!noBody) {
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
            }
            response.write(true, null, callback);
            return;
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, (long) body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** Stops accepting connections and waits up to 5 s for requests in flight. */
    @Override
    public void close() {
        server.setStopTimeout(5_000);
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // stopping anyway
        }
    }

    /** Every error the server answers itself (not the function's) as RFC 9457 problem+json. */
    static final class ProblemErrors extends ErrorHandler {

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            int status = response.getStatus() >= 400 ? response.getStatus() : 500;
            Object message = request.getAttribute(ERROR_MESSAGE);
            byte[] body = problem(
                    status,
                    message == null ? null : message.toString(),
                    request.getHttpURI().getPath());
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, (long) body.length);
            response.write(true, ByteBuffer.wrap(body), callback);
            return true;
        }

        /** A request the HTTP parser refused (bad request line, header or URI): no request object exists. */
        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
            return ByteBuffer.wrap(problem(status, reason, null));
        }

        static byte[] problem(int status, String reason, String path) {
            String slug = status == 400
                    ? "invalid-request"
                    : status == 404
                            ? "not-found"
                            : status == 405
                                    ? "method-not-allowed"
                                    : status == 413 || status == 414 || status == 431
                                            ? "payload-too-large"
                                            : "internal";
            String detail =
                    "the local gateway refused the request" + (reason == null || reason.isBlank() ? "" : ": " + reason);
            StringBuilder json = new StringBuilder("{\"type\":\"https://benchcrm.dev/problems/")
                    .append(slug)
                    .append("\",\"title\":")
                    .append(quote(status == 400 ? "Bad request" : "Refused by the gateway"))
                    .append(",\"status\":")
                    .append(status)
                    .append(",\"detail\":")
                    .append(quote(detail));
            if (path != null) {
                json.append(",\"instance\":").append(quote(path));
            }
            json.append(",\"traceId\":\"").append(UUID.randomUUID()).append("\"}");
            return json.toString().getBytes(StandardCharsets.UTF_8);
        }

        private static String quote(String s) {
            try {
                return com.fasterxml.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .writeValueAsString(s);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
