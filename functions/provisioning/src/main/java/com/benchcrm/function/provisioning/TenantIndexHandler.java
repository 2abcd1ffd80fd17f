package com.benchcrm.function.provisioning;

import com.benchcrm.embedding.ModelInfo;
import com.benchcrm.function.runtime.customresource.CustomResourceHandler;
import com.benchcrm.function.runtime.customresource.CustomResourceRequest;
import com.benchcrm.function.runtime.customresource.ResponseUploader;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.vector.opensearch.OpenSearchClients;
import com.benchcrm.vector.opensearch.OpenSearchVectorIndex;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.opensearch.client.opensearch.OpenSearchClient;
import software.amazon.awssdk.regions.Region;

/**
 * Lambda entry point of the tenant vector index step of a deployment: the custom resource
 * {@value #TYPE} creates a tenant's k-NN index in the OpenSearch Serverless collection, through the
 * vector adapter's own {@link OpenSearchVectorIndex#createIndex} (one mapping definition for the
 * deployment and the functions).
 *
 * <table>
 *   <caption>{@value #TYPE} (properties {@code TenantId}, {@code ModelId}, {@code Dimensions})</caption>
 *   <tr><th>request</th><th>what it does</th></tr>
 *   <tr><td>Create</td><td>creates {@code <prefix>-<tenant id>-<model key>} unless it exists; physical id and
 *       attribute {@code IndexName} are its name</td></tr>
 *   <tr><td>Update</td><td>ensures the index of the new properties (a new model or dimension count is a new
 *       index and a new physical id; CloudFormation then deletes the old resource, which keeps its index)</td></tr>
 *   <tr><td>Delete</td><td>nothing: the index and its vectors are <b>retained</b> (a removed tenant's data is
 *       kept, as its key and rows are; re-adding the tenant finds its vectors)</td></tr>
 * </table>
 *
 * <p>A separate entry point from {@link DatabaseHandler}, in the same artifact: this one runs outside
 * the VPC (the collection's endpoint is public, SigV4 only; the VPC has no route to it) and needs
 * no database (ADR 0032). Every request is answered, failures included.
 *
 * <pre>{@code
 * handler: com.benchcrm.function.provisioning.TenantIndexHandler::handleRequest   (sample events: events/provisioning/tenant-index-*.json)
 * }</pre>
 */
public final class TenantIndexHandler extends CustomResourceHandler {

    public static final String TYPE = "Custom::BenchCrmTenantVectorIndex";

    private final OpenSearchVectorIndex index;

    /** The Lambda runtime's constructor: the client is built once, before a SnapStart snapshot. */
    public TenantIndexHandler() {
        this(TenantIndexConfig.from(System::getenv), ResponseUploader.create());
    }

    TenantIndexHandler(TenantIndexConfig config, ResponseUploader uploader) {
        this(new OpenSearchVectorIndex(client(config), config.index()), uploader);
    }

    public TenantIndexHandler(OpenSearchVectorIndex index, ResponseUploader uploader) {
        super(uploader);
        this.index = Objects.requireNonNull(index, "index");
    }

    static OpenSearchClient client(TenantIndexConfig config) {
        URI endpoint = config.endpoint();
        if ("http".equals(endpoint.getScheme())) {
            return OpenSearchClients.http(endpoint);
        }
        return OpenSearchClients.aws(endpoint.getHost(), Region.of(config.region()), config.service());
    }

    @Override
    protected Outcome apply(CustomResourceRequest request) {
        request.requireType(TYPE);
        return switch (request.kind()) {
            // Retained by design: the tenant's vectors outlive its removal from the tenants file.
            case DELETE -> Outcome.of(request.physicalId().orElse(null));
            case CREATE, UPDATE -> {
                TenantId tenant = new TenantId(request.uuid("TenantId"));
                ModelInfo model =
                        ModelInfo.ofVersionedId(request.required("ModelId"), request.wholeNumber("Dimensions"));
                String name = index.createIndex(tenant, model.key(), model.dimensions());
                yield new Outcome(name, Map.of("IndexName", name, "ModelKey", model.key()));
            }
        };
    }
}
