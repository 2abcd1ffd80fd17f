package com.benchcrm.function.runtime.customresource;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Lambda entry point behind CloudFormation custom resources: it translates the request into one
 * call of {@link #apply} and answers CloudFormation exactly once, success or failure, so a stack
 * never waits an hour for a response. A failed Create answers with the physical id
 * {@value #FAILED_PREFIX}{@code <request id>}; the Delete that CloudFormation's rollback then sends
 * for it succeeds here without reaching {@link #apply} (its Create never happened).
 *
 * <pre>{@code
 * public final class TenantIndexHandler extends CustomResourceHandler {
 *     public TenantIndexHandler() { super(ResponseUploader.create()); }
 *     protected Outcome apply(CustomResourceRequest request) {
 *         request.requireType("Custom::BenchCrmTenantVectorIndex");
 *         ...
 *     }
 * }
 * // handler: com.example.TenantIndexHandler::handleRequest
 * }</pre>
 */
public abstract class CustomResourceHandler implements RequestHandler<CloudFormationCustomResourceEvent, Void> {

    /** The physical id of a resource whose Create failed. */
    public static final String FAILED_PREFIX = "failed:";

    private static final Logger LOG = LoggerFactory.getLogger(CustomResourceHandler.class);

    private final ResponseUploader uploader;

    protected CustomResourceHandler(ResponseUploader uploader) {
        this.uploader = Objects.requireNonNull(uploader, "uploader");
    }

    /** A resource's physical id and the attributes {@code Fn::GetAtt} can read. */
    public record Outcome(String physicalId, Map<String, String> data) {

        public Outcome {
            data = Map.copyOf(data);
        }

        /** Done, nothing to report (a Delete, a retained resource). */
        public static Outcome of(String physicalId) {
            return new Outcome(physicalId, Map.of());
        }
    }

    /**
     * The resource's work for one request.
     *
     * @throws RuntimeException to answer FAILED, with the exception's message as the reason (shown in
     *                          the stack's events: never a secret)
     */
    protected abstract Outcome apply(CustomResourceRequest request);

    @Override
    public final Void handleRequest(CloudFormationCustomResourceEvent event, Context context) {
        String where = context == null ? "" : " (log stream " + context.getLogStreamName() + ")";
        CustomResourceResponse response;
        try {
            CustomResourceRequest request = new CustomResourceRequest(event);
            Outcome outcome =
                    request.isDeleteOfAFailedCreate() ? Outcome.of(event.getPhysicalResourceId()) : apply(request);
            response = CustomResourceResponse.success(
                    event,
                    outcome.physicalId(),
                    outcome.data(),
                    event.getRequestType() + " " + event.getResourceType() + " done" + where);
            LOG.info(
                    "{} {} {} succeeded: {}",
                    event.getRequestType(),
                    event.getResourceType(),
                    event.getLogicalResourceId(),
                    outcome.physicalId());
        } catch (RuntimeException e) {
            LOG.error(
                    "{} {} {} failed",
                    event.getRequestType(),
                    event.getResourceType(),
                    event.getLogicalResourceId(),
                    e);
            String physicalId = event.getPhysicalResourceId() != null
                    ? event.getPhysicalResourceId()
                    : FAILED_PREFIX + event.getRequestId();
            response = CustomResourceResponse.failure(event, physicalId, e.getMessage() + where);
        }
        uploader.put(URI.create(event.getResponseUrl()), response);
        return null;
    }
}
