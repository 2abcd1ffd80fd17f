package com.benchcrm.secrets.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.secrets.SecretSealer;
import com.benchcrm.secrets.SecretUnavailableException;
import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * {@link KmsDataKeys} through the real KMS SDK client against a loopback stub of the KMS JSON wire
 * protocol ({@code TrentService.GenerateDataKey}, {@code TrentService.Decrypt}): the tenant's alias
 * and encryption context are sent, a wrapped key opens only with its tenant's context, refusals and
 * an unreachable KMS become a {@link SecretUnavailableException} with a reason, and a throttled call
 * is retried by the SDK.
 */
class KmsDataKeysIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static HttpServer stub;
    static final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    static final AtomicInteger throttleNext = new AtomicInteger();

    final TenantId acme = new TenantId(UUID.randomUUID());
    final TenantId globex = new TenantId(UUID.randomUUID());

    @BeforeAll
    static void start() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/", KmsDataKeysIT::answer);
        stub.start();
    }

    @AfterAll
    static void stop() {
        stub.stop(0);
    }

    @Test
    void sealAndOpen_throughKms_sendTheTenantsAliasAndContext() {
        SecretSealer sealer = new SecretSealer(keys(port()));

        String sealed = sealer.seal(acme, "webhook-subscription:1", "whsec_c2VjcmV0");

        assertThat(sealed).startsWith("v1.kms.").doesNotContain("whsec_");
        assertThat(sealer.open(acme, "webhook-subscription:1", sealed)).isEqualTo("whsec_c2VjcmV0");
        JsonNode generate = requests.stream().filter(r -> r.has("KeySpec")).reduce((a, b) -> b).orElseThrow();
        assertThat(generate.path("KeyId").asText()).isEqualTo("alias/test/tenant/acme");
        assertThat(generate.path("EncryptionContext").path("benchcrm:tenant").asText()).isEqualTo(acme.value().toString());
    }

    @Test
    void open_anotherTenantsSealedValue_isAClearRefusal() {
        SecretSealer sealer = new SecretSealer(keys(port()));
        String sealed = sealer.seal(acme, "webhook-subscription:1", "whsec_c2VjcmV0");

        assertThatThrownBy(() -> sealer.open(globex, "webhook-subscription:1", sealed))
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("KMS refused to decrypt the data key: InvalidCiphertextException");
    }

    @Test
    void generate_throttledOnce_isRetriedBySdk() {
        throttleNext.set(1);

        String sealed = new SecretSealer(keys(port())).seal(acme, "c", "whsec_x");

        assertThat(sealed).startsWith("v1.kms.");
        assertThat(throttleNext.get()).isZero();
    }

    @Test
    void generate_kmsUnreachable_isSecretUnavailable() throws IOException {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        assertThatThrownBy(() -> new SecretSealer(keys(closed)).seal(acme, "c", "whsec_x"))
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("KMS could not be reached");
    }

    private KmsDataKeys keys(int port) {
        KmsClient kms = KmsClient.builder().region(Region.US_EAST_1).endpointOverride(URI.create("http://127.0.0.1:" + port))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        return new KmsDataKeys(kms, t -> "alias/test/tenant/" + (t.equals(acme) ? "acme" : "globex"));
    }

    private static int port() {
        return stub.getAddress().getPort();
    }

    /** A toy KMS: the "ciphertext blob" is the context and the key, in the clear (the stub checks the context only). */
    private static void answer(HttpExchange x) throws IOException {
        String target = x.getRequestHeaders().getFirst("X-Amz-Target");
        JsonNode body = JSON.readTree(x.getRequestBody().readAllBytes());
        requests.add(body);
        ObjectNode out = JSON.createObjectNode();
        int status = 200;
        if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            status = 400;
            out.put("__type", "ThrottlingException");
            out.put("message", "Rate exceeded");
        } else if ("TrentService.GenerateDataKey".equals(target)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String context = body.path("EncryptionContext").toString();
            out.put("KeyId", "arn:aws:kms:us-east-1:123456789012:key/stub");
            out.put("Plaintext", Base64.getEncoder().encodeToString(key));
            out.put("CiphertextBlob", Base64.getEncoder().encodeToString(
                    (context + "|" + Base64.getEncoder().encodeToString(key)).getBytes(StandardCharsets.UTF_8)));
        } else if ("TrentService.Decrypt".equals(target)) {
            String blob = new String(Base64.getDecoder().decode(body.path("CiphertextBlob").asText()), StandardCharsets.UTF_8);
            String[] parts = blob.split("\\|");
            if (!parts[0].equals(body.path("EncryptionContext").toString())) {
                status = 400;
                out.put("__type", "InvalidCiphertextException");
                out.put("message", "");
            } else {
                out.put("KeyId", "arn:aws:kms:us-east-1:123456789012:key/stub");
                out.put("Plaintext", parts[1]);
            }
        } else {
            status = 400;
            out.put("__type", "UnsupportedOperationException");
        }
        byte[] bytes = JSON.writeValueAsBytes(out);
        x.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }
}
