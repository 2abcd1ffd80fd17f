package com.benchcrm.vector.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.benchcrm.tenancy.TenantId;
import com.benchcrm.vector.EntityKind;
import com.benchcrm.vector.VectorHit;
import com.benchcrm.vector.VectorQuery;
import com.benchcrm.vector.VectorRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.aws.AwsSdk2TransportOptions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;

/**
 * The requests the adapter sends through the SigV4 transport, captured by an in-memory HTTP client:
 * what Amazon OpenSearch Serverless would receive. (The real node is in {@code OpenSearchVectorIndexIT}.)
 */
class OpenSearchVectorIndexTest {

    static final TenantId TENANT = new TenantId(UUID.fromString("00000000-0000-7000-8000-0000000000aa"));
    static final ObjectMapper JSON = new ObjectMapper();

    record Sent(String method, String uri, String authorization, JsonNode body, String raw) {}

    /** Answers by route from the fixtures in {@code opensearch/}; records every request. */
    static final class CapturingHttp implements SdkHttpClient {
        final List<Sent> sent = new CopyOnWriteArrayList<>();

        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() throws IOException {
                    SdkHttpFullRequest r = (SdkHttpFullRequest) request.httpRequest();
                    JsonNode body = null;
                    String raw = "";
                    if (request.contentStreamProvider().isPresent()) {
                        try (InputStream in =
                                request.contentStreamProvider().get().newStream()) {
                            byte[] bytes = in.readAllBytes();
                            raw = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                            body = raw.isBlank() ? null : JSON.readTree(raw);
                        }
                    }
                    sent.add(new Sent(
                            r.method().name(),
                            r.getUri().toString(),
                            r.firstMatchingHeader("Authorization").orElse(null),
                            body,
                            raw));
                    String path = r.encodedPath();
                    int status = 200;
                    String fixture = null;
                    if (r.method().name().equals("HEAD")) {
                        status = 404;
                    } else if (path.endsWith("/_search")) {
                        fixture = "search-response.json";
                    } else if (path.endsWith("/_bulk")) {
                        fixture = "bulk-response.json";
                    } else if (r.method().name().equals("PUT")) {
                        fixture = "create-index-response.json";
                    } else if (r.method().name().equals("DELETE")) {
                        fixture = "acknowledged-response.json";
                    }
                    byte[] out = fixture == null ? new byte[0] : fixture(fixture);
                    return HttpExecuteResponse.builder()
                            .response(SdkHttpResponse.builder()
                                    .statusCode(status)
                                    .putHeader("Content-Type", "application/json")
                                    .build())
                            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(out)))
                            .build();
                }

                @Override
                public void abort() {}
            };
        }

        @Override
        public void close() {}
    }

    static byte[] fixture(String name) {
        try (InputStream in = OpenSearchVectorIndexTest.class.getResourceAsStream("/opensearch/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OpenSearchClient signedClient(CapturingHttp http) {
        return OpenSearchClients.aws(
                http,
                "abc123.us-east-1.aoss.amazonaws.com",
                Region.US_EAST_1,
                "aoss",
                AwsSdk2TransportOptions.builder()
                        .setCredentials(
                                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
                        .setResponseCompression(false)
                        .build());
    }

    @Test
    void query_putsTheTenantFilterInsideTheKnnClause_signedForServerless() {
        CapturingHttp http = new CapturingHttp();
        OpenSearchVectorIndex index = new OpenSearchVectorIndex(
                signedClient(http),
                OpenSearchVectorIndex.Config.defaults("benchcrm-vectors", OpenSearchVectorIndex.Engine.FAISS));

        List<VectorHit> hits =
                index.query(new VectorQuery(TENANT, EntityKind.CONSULTANT, "m@1/16", new float[] {3, 4}, 50));

        Sent s = http.sent.get(0);
        assertThat(s.method()).isEqualTo("POST");
        assertThat(s.uri()).startsWith("https://abc123.us-east-1.aoss.amazonaws.com/benchcrm-vectors-m-1-16/_search");
        assertThat(s.authorization())
                .startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
                .contains("/us-east-1/aoss/aws4_request");
        JsonNode knn = s.body().path("query").path("knn").path("vector");
        assertThat(knn.path("k").asInt()).isEqualTo(50);
        assertThat(knn.path("vector").get(0).asDouble()).isCloseTo(0.6, within(1e-6));
        JsonNode filters = knn.path("filter").path("bool").path("filter");
        assertThat(filters.toString())
                .contains("\"tenant_id\"")
                .contains(TENANT.toString())
                .contains("\"kind\"")
                .contains("consultant");
        assertThat(s.body().path("size").asInt()).isEqualTo(50);
        assertThat(s.body().path("query").has("bool"))
                .as("no post-filter around the knn clause")
                .isFalse();

        assertThat(hits)
                .extracting(VectorHit::id)
                .containsExactly(
                        UUID.fromString("00000000-0000-7000-8000-000000000001"),
                        UUID.fromString("00000000-0000-7000-8000-000000000002"));
        assertThat(hits.get(0).similarity()).isCloseTo(0.9, within(1e-6));
    }

    @Test
    void upsert_createsTheModelsIndexWithTheConfiguredEngine_thenWritesWithExternalVersions() {
        CapturingHttp http = new CapturingHttp();
        OpenSearchVectorIndex index = new OpenSearchVectorIndex(
                signedClient(http),
                OpenSearchVectorIndex.Config.defaults("benchcrm-vectors", OpenSearchVectorIndex.Engine.FAISS));

        index.upsert(List.of(new VectorRecord(
                        TENANT,
                        EntityKind.CONSULTANT,
                        UUID.fromString("00000000-0000-7000-8000-000000000001"),
                        "m@1/16",
                        new float[16],
                        7))
                .stream()
                .map(r -> {
                    r.vector()[0] = 1;
                    return r;
                })
                .toList());

        assertThat(http.sent).extracting(Sent::method).containsExactly("HEAD", "PUT", "POST");
        JsonNode mapping = http.sent.get(1).body();
        assertThat(mapping.path("settings").toString()).contains("\"knn\":true");
        JsonNode vector = mapping.path("mappings").path("properties").path("vector");
        assertThat(vector.path("type").asText()).isEqualTo("knn_vector");
        assertThat(vector.path("dimension").asInt()).isEqualTo(16);
        assertThat(vector.path("method").path("engine").asText()).isEqualTo("faiss");
        assertThat(vector.path("method").path("space_type").asText()).isEqualTo("cosinesimil");
        assertThat(mapping.path("mappings")
                        .path("properties")
                        .path("tenant_id")
                        .path("type")
                        .asText())
                .isEqualTo("keyword");

        Sent bulk = http.sent.get(2);
        assertThat(bulk.uri()).contains("/_bulk").contains("refresh=wait_for");
        assertThat(bulk.raw())
                .contains("\"version\":7")
                .contains("\"version_type\":\"external_gte\"")
                .contains("\"tenant_id\":\"" + TENANT + "\"");
    }

    @Test
    void indexNames_areLowerCaseSlugsOfTheModelKey() {
        OpenSearchVectorIndex index = new OpenSearchVectorIndex(
                signedClient(new CapturingHttp()),
                OpenSearchVectorIndex.Config.defaults("benchcrm-vectors", OpenSearchVectorIndex.Engine.LUCENE));
        assertThat(index.indexName("amazon.titan-embed-text-v2:0@0/512"))
                .isEqualTo("benchcrm-vectors-amazon-titan-embed-text-v2-0-0-512");
        assertThat(index.indexName("all-MiniLM-L6-v2-q@langchain4j-1.20.0-beta30/384"))
                .isEqualTo("benchcrm-vectors-all-minilm-l6-v2-q-langchain4j-1-20-0-beta30-384");
    }

    @Test
    void indexName_perTenantLayout_putsTheTenantBetweenPrefixAndModel() {
        OpenSearchVectorIndex index = new OpenSearchVectorIndex(
                signedClient(new CapturingHttp()),
                OpenSearchVectorIndex.Config.defaults("benchcrm-dev", OpenSearchVectorIndex.Engine.FAISS)
                        .withLayout(OpenSearchVectorIndex.IndexLayout.PER_TENANT));
        assertThat(index.indexName(TENANT, "amazon.titan-embed-text-v2:0@0/1024"))
                .isEqualTo("benchcrm-dev-00000000-0000-7000-8000-0000000000aa-amazon-titan-embed-text-v2-0-0-1024");
    }

    @Test
    void indexName_sharedLayout_ignoresTheTenant() {
        OpenSearchVectorIndex index = new OpenSearchVectorIndex(
                signedClient(new CapturingHttp()),
                OpenSearchVectorIndex.Config.defaults("benchcrm-vectors", OpenSearchVectorIndex.Engine.LUCENE));
        assertThat(index.indexName(TENANT, "m@1/16"))
                .isEqualTo(index.indexName("m@1/16"))
                .isEqualTo("benchcrm-vectors-m-1-16");
    }

    @Test
    void query_perTenantLayout_searchesTheTenantsIndex_andStillFiltersByTenant() {
        CapturingHttp http = new CapturingHttp();
        OpenSearchVectorIndex index = new OpenSearchVectorIndex(
                signedClient(http),
                OpenSearchVectorIndex.Config.defaults("benchcrm-dev", OpenSearchVectorIndex.Engine.FAISS)
                        .withLayout(OpenSearchVectorIndex.IndexLayout.PER_TENANT));

        index.query(new VectorQuery(TENANT, EntityKind.CONSULTANT, "m@1/16", new float[] {3, 4}, 5));

        Sent s = http.sent.get(0);
        assertThat(s.uri()).contains("/benchcrm-dev-" + TENANT + "-m-1-16/_search");
        assertThat(s.body()
                        .path("query")
                        .path("knn")
                        .path("vector")
                        .path("filter")
                        .toString())
                .contains(TENANT.toString());
    }

    @Test
    void createIndex_absentIndex_createsItOnce_withoutShardsWhenTheServiceChooses() {
        CapturingHttp http = new CapturingHttp();
        OpenSearchVectorIndex index = new OpenSearchVectorIndex(
                signedClient(http),
                OpenSearchVectorIndex.Config.defaults("benchcrm-dev", OpenSearchVectorIndex.Engine.FAISS)
                        .withLayout(OpenSearchVectorIndex.IndexLayout.PER_TENANT)
                        .withShards(0));

        String name = index.createIndex(TENANT, "m@1/16", 16);
        index.createIndex(TENANT, "m@1/16", 16);

        assertThat(name).isEqualTo("benchcrm-dev-" + TENANT + "-m-1-16");
        assertThat(http.sent).extracting(Sent::method).containsExactly("HEAD", "PUT");
        assertThat(http.sent.get(1).uri()).endsWith("/" + name);
        JsonNode settings = http.sent.get(1).body().path("settings");
        assertThat(settings.toString()).contains("\"knn\":true").doesNotContain("number_of_shards");
        assertThat(http.sent
                        .get(1)
                        .body()
                        .path("mappings")
                        .path("properties")
                        .path("vector")
                        .path("dimension")
                        .asInt())
                .isEqualTo(16);
    }

    @Test
    void deleteIndex_sendsADeleteForTheTenantsIndex() {
        CapturingHttp http = new CapturingHttp();
        OpenSearchVectorIndex index = new OpenSearchVectorIndex(
                signedClient(http),
                OpenSearchVectorIndex.Config.defaults("benchcrm-dev", OpenSearchVectorIndex.Engine.FAISS)
                        .withLayout(OpenSearchVectorIndex.IndexLayout.PER_TENANT));

        assertThat(index.deleteIndex(TENANT, "m@1/16")).isTrue();

        assertThat(http.sent).extracting(Sent::method).containsExactly("DELETE");
        assertThat(http.sent.get(0).uri()).endsWith("/benchcrm-dev-" + TENANT + "-m-1-16");
    }
}
