package com.benchcrm.function.provisioning;

import com.benchcrm.function.runtime.customresource.CustomResourceHandler;
import com.benchcrm.function.runtime.customresource.CustomResourceRequest;
import com.benchcrm.function.runtime.customresource.ResponseUploader;
import com.benchcrm.ratelimit.RateLimit;
import com.benchcrm.ratelimit.dynamodb.DynamoDbRateLimiter;
import com.benchcrm.ratelimit.dynamodb.TenantLimitItems;
import com.benchcrm.tenancy.TenantId;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Lambda entry point of a tenant's API rate limit (ADR 0035): the custom resource {@value #TYPE}
 * keeps the tenant's limit item {@code limit#<tenant id>} ({@code rate}, {@code burst}) in the rate
 * limit table, the item the HTTP API function's {@link DynamoDbRateLimiter} reads. The item is
 * written by {@link TenantLimitItems}, the limiter's own module.
 *
 * <table>
 *   <caption>{@value #TYPE} (properties {@code TenantId}, {@code Rate}, {@code Burst})</caption>
 *   <tr><th>request</th><th>what it does</th></tr>
 *   <tr><td>Create</td><td>puts the item; physical id and attribute {@code ItemKey} are its key</td></tr>
 *   <tr><td>Update</td><td>puts the item again (new numbers; another tenant id is a new key, a new physical id,
 *       and CloudFormation then deletes the old resource's item)</td></tr>
 *   <tr><td>Delete</td><td>deletes the item named by the physical id (the tenant falls back to the deployment's
 *       default within a minute); nothing when the Create had failed</td></tr>
 * </table>
 *
 * <p>A third entry point of this artifact, beside {@link TenantIndexHandler} and like it a function
 * <b>outside</b> the VPC: DynamoDB is a public regional endpoint, and the database VPC has no
 * DynamoDB gateway endpoint. Its role may only {@code PutItem} and {@code DeleteItem} on the table.
 *
 * <pre>{@code
 * handler: com.benchcrm.function.provisioning.TenantRateLimitHandler::handleRequest   (sample events: events/provisioning/tenant-rate-limit-*.json)
 * }</pre>
 */
public final class TenantRateLimitHandler extends CustomResourceHandler {

    public static final String TYPE = "Custom::BenchCrmTenantRateLimit";

    private final TenantLimitItems items;

    /** The Lambda runtime's constructor: the client is built once, before a SnapStart snapshot. */
    public TenantRateLimitHandler() {
        this(TenantRateLimitConfig.from(System::getenv), ResponseUploader.create());
    }

    TenantRateLimitHandler(TenantRateLimitConfig config, ResponseUploader uploader) {
        this(new TenantLimitItems(client(config), config.table()), uploader);
    }

    public TenantRateLimitHandler(TenantLimitItems items, ResponseUploader uploader) {
        super(uploader);
        this.items = Objects.requireNonNull(items, "items");
    }

    static DynamoDbClient client(TenantRateLimitConfig config) {
        return DynamoDbClient.builder()
                .region(Region.of(config.region()))
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(10))
                        .build())
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(60)))
                .build();
    }

    @Override
    protected Outcome apply(CustomResourceRequest request) {
        request.requireType(TYPE);
        return switch (request.kind()) {
            case DELETE -> {
                String physicalId = request.physicalId().orElse("");
                if (physicalId.startsWith(DynamoDbRateLimiter.LIMIT_PREFIX)) {
                    items.delete(physicalId);
                }
                yield Outcome.of(physicalId);
            }
            case CREATE, UPDATE -> {
                TenantId tenant = new TenantId(request.uuid("TenantId"));
                String key =
                        items.put(tenant, new RateLimit(request.wholeNumber("Rate"), request.wholeNumber("Burst")));
                yield new Outcome(key, Map.of("ItemKey", key));
            }
        };
    }
}
