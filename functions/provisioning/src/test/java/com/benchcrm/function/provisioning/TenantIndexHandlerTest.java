package com.benchcrm.function.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import com.benchcrm.function.runtime.customresource.CustomResourceHandler;
import com.benchcrm.function.runtime.customresource.ResponseUploader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code Custom::BenchCrmTenantVectorIndex} through the handler's entry point, with the shared sample
 * events, against a loopback stub of the OpenSearch index API and of the pre-signed response URL.
 * (The mapping itself is the vector adapter's, checked against a real node by its IT.)
 */
class TenantIndexHandlerTest {

    static final String INDEX_1024 =
            "benchcrm-dev-01932c5e-7a1b-7c3d-8e4f-5a6b7c8d9e0f-amazon-titan-embed-text-v2-0-0-1024";
    static final String INDEX_512 =
            "benchcrm-dev-01932c5e-7a1b-7c3d-8e4f-5a6b7c8d9e0f-amazon-titan-embed-text-v2-0-0-512";
    static final ObjectMapper JSON = new ObjectMapper();

    OpenSearchStub openSearch;
    ResponseStub cloudFormation;
    TenantIndexHandler handler;

    @BeforeEach
    void start() {
        openSearch = new OpenSearchStub();
        cloudFormation = new ResponseStub();
        TenantIndexConfig config = TenantIndexConfig.from(Map.of(
                "BENCHCRM_OPENSEARCH_ENDPOINT", openSearch.uri().toString(),
                "BENCHCRM_OPENSEARCH_SERVICE", "aoss",
                "BENCHCRM_OPENSEARCH_INDEX_PREFIX", "benchcrm-dev",
                "BENCHCRM_OPENSEARCH_ENGINE", "faiss",
                "BENCHCRM_OPENSEARCH_INDEX_LAYOUT", "per-tenant")::get);
        handler = new TenantIndexHandler(config, ResponseUploader.create());
    }

    @AfterEach
    void stop() {
        openSearch.close();
        cloudFormation.close();
    }

    @Test
    void create_newTenant_createsItsFaissIndexAndAnswersWithItsName() throws Exception {
        handler.handleRequest(SampleEvents.load("tenant-index-create", cloudFormation.url()), null);

        ResponseStub.Received put = cloudFormation.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(put.body().get("PhysicalResourceId").asText()).isEqualTo(INDEX_1024);
        assertThat(put.body().get("Data").get("IndexName").asText()).isEqualTo(INDEX_1024);
        assertThat(put.body().get("Data").get("ModelKey").asText()).isEqualTo("amazon.titan-embed-text-v2:0@0/1024");
        assertThat(openSearch.indexes()).containsExactly(INDEX_1024);
        OpenSearchStub.Request create = openSearch.requests.stream()
                .filter(r -> r.method().equals("PUT"))
                .findFirst()
                .orElseThrow();
        JsonNode body = JSON.readTree(create.body());
        JsonNode vector = body.path("mappings").path("properties").path("vector");
        assertThat(vector.path("dimension").asInt()).isEqualTo(1024);
        assertThat(vector.path("method").path("engine").asText()).isEqualTo("faiss");
        assertThat(body.path("settings").toString())
                .contains("\"knn\":true")
                .as("Serverless manages shards")
                .doesNotContain("number_of_shards");
    }

    @Test
    void create_indexAlreadyThere_succeedsWithoutCreatingAgain() {
        openSearch.indexes().add(INDEX_1024);

        handler.handleRequest(SampleEvents.load("tenant-index-create", cloudFormation.url()), null);

        assertThat(cloudFormation.next().body().get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(openSearch.requests)
                .extracting(OpenSearchStub.Request::method)
                .containsExactly("HEAD");
    }

    @Test
    void update_newDimensions_ensuresTheNewModelsIndex_andReportsItsName() {
        openSearch.indexes().add(INDEX_1024);

        handler.handleRequest(SampleEvents.load("tenant-index-update", cloudFormation.url()), null);

        ResponseStub.Received put = cloudFormation.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(put.body().get("PhysicalResourceId").asText()).isEqualTo(INDEX_512);
        assertThat(openSearch.indexes()).containsExactlyInAnyOrder(INDEX_1024, INDEX_512);
    }

    @Test
    void delete_retainsTheIndex_andSendsNothingToOpenSearch() {
        openSearch.indexes().add(INDEX_1024);

        handler.handleRequest(SampleEvents.load("tenant-index-delete", cloudFormation.url()), null);

        ResponseStub.Received put = cloudFormation.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(put.body().get("PhysicalResourceId").asText()).isEqualTo(INDEX_1024);
        assertThat(openSearch.requests).isEmpty();
        assertThat(openSearch.indexes()).containsExactly(INDEX_1024);
    }

    @Test
    void create_openSearchRefuses_answersFailedWithAFailedPhysicalId() {
        openSearch.failWith(403);
        CloudFormationCustomResourceEvent event = SampleEvents.load("tenant-index-create", cloudFormation.url());

        handler.handleRequest(event, null);

        ResponseStub.Received put = cloudFormation.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("FAILED");
        assertThat(put.body().get("PhysicalResourceId").asText())
                .isEqualTo(CustomResourceHandler.FAILED_PREFIX + event.getRequestId());
        assertThat(put.body().get("Reason").asText()).contains(INDEX_1024);
    }

    @Test
    void create_withoutTenantId_answersFailedNamingTheProperty() {
        CloudFormationCustomResourceEvent event = SampleEvents.load("tenant-index-create", cloudFormation.url());
        event.getResourceProperties().remove("TenantId");

        handler.handleRequest(event, null);

        assertThat(cloudFormation.next().body().get("Reason").asText()).contains("TenantId");
        assertThat(openSearch.requests).isEmpty();
    }

    @Test
    void config_missingAndWrongValues_areAllReported() {
        assertThatThrownBy(() -> TenantIndexConfig.from(Map.of(
                        "BENCHCRM_OPENSEARCH_ENDPOINT", "ftp://x",
                        "BENCHCRM_OPENSEARCH_SERVICE", "solr",
                        "BENCHCRM_OPENSEARCH_ENGINE", "nmslib",
                        "BENCHCRM_OPENSEARCH_INDEX_LAYOUT", "per-model")::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BENCHCRM_OPENSEARCH_ENDPOINT must be an https URL")
                .hasMessageContaining("BENCHCRM_OPENSEARCH_SERVICE must be aoss or es")
                .hasMessageContaining("BENCHCRM_OPENSEARCH_INDEX_PREFIX is not set")
                .hasMessageContaining("BENCHCRM_OPENSEARCH_ENGINE must be faiss or lucene")
                .hasMessageContaining("BENCHCRM_OPENSEARCH_INDEX_LAYOUT must be per-tenant or shared");
    }

    @Test
    void config_collectionEndpoint_signsForServerlessInTheRegion() {
        TenantIndexConfig config = TenantIndexConfig.from(Map.of(
                "BENCHCRM_OPENSEARCH_ENDPOINT", "https://abc123.us-east-1.aoss.amazonaws.com",
                "BENCHCRM_OPENSEARCH_INDEX_PREFIX", "benchcrm-dev",
                "AWS_REGION", "us-east-1")::get);

        assertThat(config.service()).isEqualTo("aoss");
        assertThat(config.endpoint().getHost()).isEqualTo("abc123.us-east-1.aoss.amazonaws.com");
        assertThat(config.index().layout())
                .isEqualTo(com.benchcrm.vector.opensearch.OpenSearchVectorIndex.IndexLayout.PER_TENANT);
        assertThat(config.index().shards()).isZero();
    }
}
