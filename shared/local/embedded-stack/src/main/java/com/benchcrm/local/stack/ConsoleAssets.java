package com.benchcrm.local.stack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * The built web console (web/dist, packaged as {@code console/**} by the benchcrm-web-console
 * module), served by the edge on the same origin as {@code /v1}, as CloudFront serves it from S3
 * in AWS: files with their content type, hashed assets cached for a year, everything else
 * revalidated, a strict Content-Security-Policy, and the SPA fallback (a path that is not a file
 * and not the API answers {@code index.html}, so a reload of {@code /inbox/<id>} works).
 *
 * <pre>{@code
 * ConsoleAssets console = ConsoleAssets.fromClassPath("console", List.of());
 * console.serve("GET", "/inbox/0193...", "gzip").ifPresent(file -> write(file));
 * }</pre>
 */
public final class ConsoleAssets {

    /** Paths the function answers; the console never shadows them. */
    static boolean isApiPath(String path) {
        return path.equals("/v1")
                || path.startsWith("/v1/")
                || path.equals("/health")
                || path.equals("/openapi.yaml")
                || path.startsWith("/.well-known/");
    }

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("webp", "image/webp"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("map", "application/json"));

    /** A file ready to send: body (gzipped when the client accepts it and it pays), and headers. */
    public record Asset(int status, Map<String, String> headers, byte[] body) {}

    private record Loaded(byte[] raw, byte[] gzip) {}

    private final ClassLoader loader;
    private final String root;
    private final String csp;
    private final boolean present;
    private final Map<String, Optional<Loaded>> cache = new ConcurrentHashMap<>();

    private ConsoleAssets(ClassLoader loader, String root, List<String> authOrigins) {
        this.loader = loader;
        this.root = root;
        this.csp = contentSecurityPolicy(authOrigins);
        this.present = loader.getResource(root + "/index.html") != null;
    }

    /**
     * The console under {@code root} on the class path; {@code authOrigins} are the OpenID
     * provider's origins when it is not this origin (its token endpoint is fetched, its silent
     * renewal framed).
     */
    public static ConsoleAssets fromClassPath(String root, List<String> authOrigins) {
        return new ConsoleAssets(ConsoleAssets.class.getClassLoader(), root, authOrigins);
    }

    /** Whether a console was built into this stack (`-Dconsole.skip` builds none). */
    public boolean present() {
        return present;
    }

    public String contentSecurityPolicy() {
        return csp;
    }

    /**
     * What to answer for a request, or empty when the function should answer it (API paths, other
     * methods, or no console built).
     */
    public Optional<Asset> serve(String method, String path, String acceptEncoding) {
        if (!present || isApiPath(path) || !("GET".equals(method) || "HEAD".equals(method))) {
            return Optional.empty();
        }
        if (path.contains("..") || path.contains("\\") || path.contains("//")) {
            return Optional.of(notFound());
        }
        String file = path.equals("/") ? "/index.html" : path;
        Optional<Loaded> found = load(file);
        if (found.isEmpty()) {
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (last.contains(".")) {
                return Optional.of(notFound());
            }
            file = "/index.html"; // a client-side route
            found = load(file);
            if (found.isEmpty()) {
                return Optional.empty();
            }
        }
        Loaded asset = found.get();
        Map<String, String> headers = securityHeaders();
        headers.put("content-type", TYPES.getOrDefault(extension(file), "application/octet-stream"));
        headers.put("cache-control", file.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
        headers.put("vary", "accept-encoding");
        boolean gzip = asset.gzip() != null
                && acceptEncoding != null
                && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
        if (gzip) {
            headers.put("content-encoding", "gzip");
        }
        return Optional.of(new Asset(200, headers, gzip ? asset.gzip() : asset.raw()));
    }

    private Asset notFound() {
        Map<String, String> headers = securityHeaders();
        headers.put("content-type", "text/plain; charset=utf-8");
        headers.put("cache-control", "no-store");
        return new Asset(404, headers, "Not Found\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Map<String, String> securityHeaders() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("content-security-policy", csp);
        h.put("x-content-type-options", "nosniff");
        h.put("referrer-policy", "no-referrer");
        h.put("x-frame-options", "SAMEORIGIN");
        h.put("cross-origin-opener-policy", "same-origin");
        h.put("permissions-policy", "camera=(), microphone=(), geolocation=(), payment=()");
        return h;
    }

    /**
     * Scripts only from this origin (no inline script, no eval); styles from this origin plus the
     * inline styles the UI libraries inject at run time (Radix scroll lock, toasts); API and token
     * calls to this origin and the provider; framed only by itself (the silent-renewal iframe).
     */
    static String contentSecurityPolicy(List<String> authOrigins) {
        String auth = authOrigins.isEmpty() ? "" : " " + String.join(" ", authOrigins);
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'" + auth + "; frame-src 'self'" + auth
                + "; frame-ancestors 'self'; form-action 'self'" + auth
                + "; base-uri 'none'; object-src 'none'";
    }

    private Optional<Loaded> load(String file) {
        return cache.computeIfAbsent(file, f -> {
            try (InputStream in = loader.getResourceAsStream(root + f)) {
                if (in == null) {
                    return Optional.empty();
                }
                byte[] raw = in.readAllBytes();
                return Optional.of(new Loaded(raw, compressible(f) && raw.length > 512 ? gzip(raw) : null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static boolean compressible(String file) {
        return switch (extension(file)) {
            case "html", "js", "mjs", "css", "json", "svg", "txt", "map" -> true;
            default -> false;
        };
    }

    private static String extension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        }
        return out.toByteArray();
    }
}
