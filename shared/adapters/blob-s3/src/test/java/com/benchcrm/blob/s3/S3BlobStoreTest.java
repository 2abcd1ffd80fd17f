package com.benchcrm.blob.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/** The S3 adapter against a loopback stub of the S3 REST API (path-style HEAD, GET, PUT). */
class S3BlobStoreTest {

    HttpServer server;
    final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    final Map<String, Map<String, String>> metadata = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    /** Paths the stub answers with this status and an S3 error code. */
    final Map<String, Map.Entry<Integer, String>> failures = new ConcurrentHashMap<>();
    S3Client s3;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + path);
            Map.Entry<Integer, String> failure = failures.get(path);
            if (failure != null) {
                byte[] error = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + failure.getValue()
                        + "</Code><Message>stub</Message></Error>").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/xml");
                exchange.sendResponseHeaders(failure.getKey(), exchange.getRequestMethod().equals("HEAD") ? -1 : error.length);
                if (!exchange.getRequestMethod().equals("HEAD")) {
                    exchange.getResponseBody().write(error);
                }
                exchange.close();
                return;
            }
            switch (exchange.getRequestMethod()) {
                case "PUT" -> {
                    objects.put(path, exchange.getRequestBody().readAllBytes());
                    exchange.getResponseHeaders().add("ETag", "\"1\"");
                    exchange.sendResponseHeaders(200, -1);
                }
                case "HEAD", "GET" -> {
                    byte[] body = objects.get(path);
                    if (body == null) {
                        exchange.sendResponseHeaders(404, -1);
                        break;
                    }
                    metadata.getOrDefault(path, Map.of()).forEach((k, v) -> exchange.getResponseHeaders().add("x-amz-meta-" + k, v));
                    exchange.getResponseHeaders().add("Content-Type", "message/rfc822");
                    if (exchange.getRequestMethod().equals("HEAD")) {
                        exchange.getResponseHeaders().add("Content-Length", Integer.toString(body.length));
                        exchange.sendResponseHeaders(200, -1);
                    } else {
                        exchange.sendResponseHeaders(200, body.length);
                        exchange.getResponseBody().write(body);
                    }
                }
                default -> exchange.sendResponseHeaders(405, -1);
            }
            exchange.close();
        });
        server.start();
        s3 = S3Client.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).chunkedEncodingEnabled(false).build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }

    @AfterEach
    void stop() {
        s3.close();
        server.stop(0);
    }

    @Test
    void putThenGet_plainObject_roundTrips() {
        S3BlobStore store = new S3BlobStore(s3, "raw-mail", slug -> {
            throw new AssertionError("no encrypted client for a plain object");
        });
        byte[] mail = "Subject: hi\r\n\r\nbody".getBytes(StandardCharsets.US_ASCII);

        store.put("raw/acme/m1", mail);

        assertThat(store.get("raw/acme/m1")).hasValue(mail);
        assertThat(store.describe("raw/acme/m1")).isEqualTo("s3://raw-mail/raw/acme/m1");
        assertThat(requests).contains("PUT /raw-mail/raw/acme/m1", "HEAD /raw-mail/raw/acme/m1", "GET /raw-mail/raw/acme/m1");
    }

    @Test
    void get_s3Throttling_afterTheSdksRetries_isBlobUnavailable_soTheInvocationIsRetried() {
        failures.put("/raw-mail/raw/acme/slow", Map.entry(503, "SlowDown"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new S3BlobStore(s3, "raw-mail", slug -> s3).get("raw/acme/slow"))
                .isInstanceOf(com.benchcrm.blob.BlobUnavailableException.class)
                .hasMessageContaining("s3://raw-mail/raw/acme/slow");
        assertThat(requests.stream().filter(r -> r.endsWith("/raw/acme/slow")).count()).as("the SDK retried first").isGreaterThan(1);
    }

    @Test
    void get_accessDenied_isNotTransient() {
        failures.put("/raw-mail/raw/acme/denied", Map.entry(403, "AccessDenied"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new S3BlobStore(s3, "raw-mail", slug -> s3).get("raw/acme/denied"))
                .isInstanceOf(software.amazon.awssdk.services.s3.model.S3Exception.class);
    }

    @Test
    void get_missingObject_isEmpty() {
        assertThat(new S3BlobStore(s3, "raw-mail", slug -> s3).get("raw/acme/none")).isEmpty();
    }

    @Test
    void get_objectWithEncryptionEnvelope_isReadWithTheTenantsEncryptionClient() {
        objects.put("/raw-mail/raw/acme/enc", "ciphertext".getBytes(StandardCharsets.US_ASCII));
        metadata.put("/raw-mail/raw/acme/enc", Map.of("x-amz-key-v2", "AQID", "x-amz-wrap-alg", "kms", "x-amz-cek-alg", "AES/GCM/NoPadding"));
        List<String> tenants = new CopyOnWriteArrayList<>();
        S3BlobStore store = new S3BlobStore(s3, "raw-mail", slug -> {
            tenants.add(slug);
            return s3; // stands in for the S3 Encryption Client of that tenant's key
        });

        store.get("raw/acme/enc");
        store.get("raw/acme/enc");

        assertThat(tenants).containsExactly("acme");
    }
}
