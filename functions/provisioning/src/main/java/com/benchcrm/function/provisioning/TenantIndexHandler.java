package com.benchcrm.function.provisioning;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import com.benchcrm.embedding.ModelInfo;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.vector.opensearch.OpenSearchClients;
import com.benchcrm.vector.opensearch.OpenSearchVectorIndex;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * <p>A separate entry point from {@link MigrateHandler}, in the same artifact: this one runs outside
 * the VPC (the collection's endpoint is public, SigV4 only; the VPC has no route to it) and needs
 * no database (ADR 0032). Every request is answered, failures included.
 *
 * <pre>{@code
 * handler: com.benchcrm.function.provisioning.TenantIndexHandler::handleRequest   (sample events: events/provisioning/tenant-index-*.json)
 * }</pre>
 */
public final class TenantIndexHandler implements RequestHandler<CloudFormationCustomResourceEvent, Void> {

    public static final String TYPE = "Custom::BenchCrmTenantVectorIndex";

    private static final Logger LOG = LoggerFactory.getLogger(TenantIndexHandler.class);

    private final OpenSearchVectorIndex index;
    private final ResponseUploader uploader;

    /** The Lambda runtime's constructor: the client is built once, before a SnapStart snapshot. */
    public TenantIndexHandler() {
        this(TenantIndexConfig.from(System::getenv), ResponseUploader.create());
    }

    TenantIndexHandler(TenantIndexConfig config, ResponseUploader uploader) {
        this(new OpenSearchVectorIndex(client(config), config.index()), uploader);
    }

    public TenantIndexHandler(OpenSearchVectorIndex index, ResponseUploader uploader) {
        this.index = Objects.requireNonNull(index, "index");
        this.uploader = Objects.requireNonNull(uploader, "uploader");
    }

    static OpenSearchClient client(TenantIndexConfig config) {
        URI endpoint = config.endpoint();
        if ("http".equals(endpoint.getScheme())) {
            return OpenSearchClients.http(endpoint);
        }
        return OpenSearchClients.aws(endpoint.getHost(), Region.of(config.region()), config.service());
    }

    @Override
    public Void handleRequest(CloudFormationCustomResourceEvent event, Context context) {
        CustomResources.answer(event, context, uploader, LOG, this::apply);
        return null;
    }

    CustomResources.Outcome apply(CloudFormationCustomResourceEvent event) {
        String type = Objects.requireNonNullElse(event.getResourceType(), "");
        if (!TYPE.equals(type)) {
            throw new IllegalArgumentException("unknown resource type " + type + " (this function handles " + TYPE + ")");
        }
        switch (Objects.requireNonNullElse(event.getRequestType(), "")) {
            case "Delete" -> {
                // Retained by design: the tenant's vectors outlive its removal from the tenants file.
                return new CustomResources.Outcome(event.getPhysicalResourceId(), Map.of());
            }
            case "Create", "Update" -> {
                Map<String, Object> props = CustomResources.properties(event);
                TenantId tenant = new TenantId(UUID.fromString(CustomResources.required(props, "TenantId", TYPE)));
                String dimensionsText = CustomResources.required(props, "Dimensions", TYPE);
                int dimensions;
                try {
                    dimensions = Integer.parseInt(dimensionsText);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Dimensions must be a number, not " + dimensionsText);
                }
                ModelInfo model = ModelInfo.ofVersionedId(CustomResources.required(props, "ModelId", TYPE), dimensions);
                String name = index.createIndex(tenant, model.key(), model.dimensions());
                return new CustomResources.Outcome(name, Map.of("IndexName", name, "ModelKey", model.key()));
            }
            default -> throw new IllegalArgumentException("unknown request type " + event.getRequestType());
        }
    }
}
