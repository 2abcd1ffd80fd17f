package com.benchcrm.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class ConsoleAssetsTest {

    private final ConsoleAssets console = ConsoleAssets.fromClassPath("console-fixture", List.of());

    @Test
    void serve_root_answersIndexHtmlRevalidatedWithStrictCsp() {
        var index = console.serve("GET", "/", null).orElseThrow();

        assertThat(index.status()).isEqualTo(200);
        assertThat(index.headers())
                .containsEntry("content-type", "text/html; charset=utf-8")
                .containsEntry("cache-control", "no-cache")
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry("referrer-policy", "no-referrer");
        String csp = index.headers().get("content-security-policy");
        assertThat(csp)
                .contains(
                        "default-src 'self'",
                        "script-src 'self';",
                        "object-src 'none'",
                        "frame-ancestors 'self'",
                        "base-uri 'none'")
                .doesNotContain("unsafe-eval")
                .doesNotContainPattern("script-src[^;]*unsafe-inline");
        assertThat(new String(index.body(), StandardCharsets.UTF_8)).contains("<div id=\"root\">");
    }

    @Test
    void serve_clientRoute_fallsBackToIndexHtml() {
        var route = console.serve("GET", "/inbox/0193f7a2-5b3c-7d4e-8f60-123456789abc", null)
                .orElseThrow();
        assertThat(route.status()).isEqualTo(200);
        assertThat(new String(route.body(), StandardCharsets.UTF_8)).contains("<div id=\"root\">");
        assertThat(console.serve("HEAD", "/auth/callback", null)).isPresent();
    }

    @Test
    void serve_hashedAsset_cachedForAYearAndGzippedWhenAccepted() throws IOException {
        var plain = console.serve("GET", "/assets/index-abc123.js", null).orElseThrow();
        var gzip = console.serve("GET", "/assets/index-abc123.js", "gzip, deflate, br")
                .orElseThrow();

        assertThat(plain.headers())
                .containsEntry("content-type", "text/javascript; charset=utf-8")
                .containsEntry("cache-control", "public, max-age=31536000, immutable")
                .doesNotContainKey("content-encoding");
        assertThat(gzip.headers()).containsEntry("content-encoding", "gzip").containsEntry("vary", "accept-encoding");
        assertThat(gzip.body().length).isLessThan(plain.body().length);
        assertThat(new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes())
                .isEqualTo(plain.body());
        assertThat(console.serve("GET", "/favicon.svg", null).orElseThrow().headers())
                .containsEntry("content-type", "image/svg+xml");
    }

    @Test
    void serve_missingFile_is404NotTheApp() {
        var missing = console.serve("GET", "/assets/gone-123.js", null).orElseThrow();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.headers()).containsEntry("content-type", "text/plain; charset=utf-8");
        assertThat(console.serve("GET", "/../../etc/passwd", null).orElseThrow().status())
                .isEqualTo(404);
    }

    @Test
    void serve_apiPathsAndWrites_areLeftToTheFunction() {
        assertThat(console.serve("GET", "/v1/requirements", null)).isEmpty();
        assertThat(console.serve("GET", "/v1", null)).isEmpty();
        assertThat(console.serve("GET", "/health", null)).isEmpty();
        assertThat(console.serve("GET", "/openapi.yaml", null)).isEmpty();
        assertThat(console.serve("GET", "/.well-known/jwks.json", null)).isEmpty();
        assertThat(console.serve("POST", "/inbox", null)).isEmpty();
        assertThat(console.serve("DELETE", "/", null)).isEmpty();
    }

    @Test
    void serve_withoutABuiltConsole_leavesEverythingToTheFunction() {
        ConsoleAssets none = ConsoleAssets.fromClassPath("no-console-here", List.of());
        assertThat(none.present()).isFalse();
        assertThat(none.serve("GET", "/", null)).isEmpty();
        assertThat(none.serve("GET", "/inbox", null)).isEmpty();
    }

    @Test
    void contentSecurityPolicy_allowsAnOpenIdProviderOnAnotherOrigin() {
        String csp = ConsoleAssets.contentSecurityPolicy(List.of("http://127.0.0.1:3001"));
        assertThat(csp)
                .contains(
                        "connect-src 'self' http://127.0.0.1:3001;",
                        "frame-src 'self' http://127.0.0.1:3001;",
                        "form-action 'self' http://127.0.0.1:3001;");
    }
}
