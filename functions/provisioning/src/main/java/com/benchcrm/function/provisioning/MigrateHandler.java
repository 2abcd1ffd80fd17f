package com.benchcrm.function.provisioning;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import com.benchcrm.webhook.DestinationGuard;
import com.benchcrm.webhook.Webhook;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lambda entry point of the database step of a deployment: translates a CloudFormation
 * custom-resource request into one {@link DatabaseDeployment} call and answers CloudFormation.
 *
 * <table>
 *   <caption>Resource types</caption>
 *   <tr><th>type</th><th>Create / Update</th><th>Delete</th></tr>
 *   <tr><td>{@code Custom::BenchCrmSchema}</td><td>roles, database, migrations</td><td>nothing (data retained)</td></tr>
 *   <tr><td>{@code Custom::BenchCrmTenant} (properties {@code Slug}, {@code Name}, optional {@code Settings}: the
 *       tenants file's retention and mail policy as JSON, {@code Suspended}: {@code "true"})</td>
 *       <td>{@code ensure_tenant}, status ACTIVE (SUSPENDED when the file says so), settings stored; plain webhook
 *       secrets of the tenant sealed</td><td>status SUSPENDED (rows retained)</td></tr>
 *   <tr><td>{@code Custom::BenchCrmTenantWebhook} (see {@link WebhookDeclaration})</td>
 *       <td>the tenant's {@code webhook_subscription} row, created or replaced in place ({@link DeclaredWebhooks})</td>
 *       <td>the row is deleted, with its deliveries and their log</td></tr>
 * </table>
 *
 * <p>Every request is answered, a failure included, so a stack never waits an hour for a
 * response. A failed Create answers with a {@code failed:} physical id, and the Delete that
 * CloudFormation's rollback sends for it succeeds without touching the database.
 *
 * <pre>{@code
 * handler: com.benchcrm.function.provisioning.MigrateHandler::handleRequest   (sample events: events/provisioning/)
 * }</pre>
 */
public final class MigrateHandler implements RequestHandler<CloudFormationCustomResourceEvent, Void> {

    public static final String SCHEMA_TYPE = "Custom::BenchCrmSchema";
    public static final String TENANT_TYPE = "Custom::BenchCrmTenant";
    static final String FAILED_PREFIX = CustomResources.FAILED_PREFIX;

    private static final Logger LOG = LoggerFactory.getLogger(MigrateHandler.class);

    private final DatabaseDeployment database;
    private final DeclaredWebhooks webhooks;
    private final ResponseUploader uploader;

    /** The Lambda runtime's constructor: configuration from the environment, AWS Secrets Manager. */
    public MigrateHandler() {
        this(MigrateConfig.from(System::getenv), AwsSecrets.fromEnvironment(), ResponseUploader.create());
    }

    /** Webhook destinations must resolve to public addresses ({@link DestinationGuard#publicOnly()}). */
    public MigrateHandler(MigrateConfig config, Secrets secrets, ResponseUploader uploader) {
        this(config, secrets, uploader, DestinationGuard.publicOnly());
    }

    /** @param guard checks webhook destinations; tests pass one with a fixed resolver */
    public MigrateHandler(MigrateConfig config, Secrets secrets, ResponseUploader uploader, DestinationGuard guard) {
        this.database = new DatabaseDeployment(config, secrets);
        this.webhooks = new DeclaredWebhooks(config, secrets, guard, Clock.systemUTC());
        this.uploader = uploader;
    }

    @Override
    public Void handleRequest(CloudFormationCustomResourceEvent event, Context context) {
        CustomResources.answer(event, context, uploader, LOG, this::apply);
        return null;
    }

    CustomResources.Outcome apply(CloudFormationCustomResourceEvent event) {
        String type = Objects.requireNonNullElse(event.getResourceType(), "");
        String requestType = Objects.requireNonNullElse(event.getRequestType(), "");
        boolean delete = "Delete".equals(requestType);
        if (!delete && !"Create".equals(requestType) && !"Update".equals(requestType)) {
            throw new IllegalArgumentException("unknown request type " + requestType);
        }
        if (delete && event.getPhysicalResourceId() != null && event.getPhysicalResourceId().startsWith(FAILED_PREFIX)) {
            return new CustomResources.Outcome(event.getPhysicalResourceId(), Map.of()); // its Create never happened
        }
        return switch (type) {
            case SCHEMA_TYPE -> delete ? new CustomResources.Outcome(event.getPhysicalResourceId(), Map.of()) : schema();
            case TENANT_TYPE -> tenant(event, delete);
            case WebhookDeclaration.TYPE -> webhook(event, delete);
            default -> throw new IllegalArgumentException("unknown resource type " + type);
        };
    }

    private CustomResources.Outcome schema() {
        DatabaseDeployment.SchemaResult result = database.prepareSchema();
        return new CustomResources.Outcome("benchcrm-schema", Map.of(
                "SchemaVersion", result.schemaVersion(),
                "MigrationsExecuted", Integer.toString(result.migrationsExecuted())));
    }

    private CustomResources.Outcome tenant(CloudFormationCustomResourceEvent event, boolean delete) {
        Map<String, Object> props = event.getResourceProperties() == null ? Map.of() : event.getResourceProperties();
        String slug = text(props, "Slug");
        if (slug == null) {
            throw new IllegalArgumentException("a Custom::BenchCrmTenant needs the property Slug");
        }
        if (delete) {
            // the physical id names the tenant this resource created; on a slug change it is the old one
            String created = event.getPhysicalResourceId();
            String target = created != null && created.startsWith("tenant:") ? created.substring("tenant:".length()) : slug;
            database.suspendTenant(target);
            return new CustomResources.Outcome(created, Map.of());
        }
        String settings = text(props, "Settings");
        if (settings != null) {
            com.benchcrm.tenancy.TenantPolicy.parseSettings(settings); // refuses invalid settings with every rule broken
        }
        UUID id = database.ensureTenant(slug, text(props, "Name"), settings == null ? "{}" : settings,
                "true".equalsIgnoreCase(text(props, "Suspended")));
        int sealed = webhooks.sealLegacySecrets(new com.benchcrm.tenancy.TenantId(id));
        if (sealed > 0) {
            LOG.info("sealed {} plain webhook signing secrets of tenant {}", sealed, slug);
        }
        return new CustomResources.Outcome("tenant:" + slug, Map.of("TenantId", id.toString(), "Slug", slug));
    }

    private CustomResources.Outcome webhook(CloudFormationCustomResourceEvent event, boolean delete) {
        String trace = "cfn:" + event.getRequestId();
        if (delete) {
            // the physical id names what this resource created; a changed tenant or name was a new resource
            WebhookDeclaration.Target target = WebhookDeclaration.parsePhysicalId(event.getPhysicalResourceId());
            webhooks.remove(target.tenant(), target.subscription(), trace);
            return new CustomResources.Outcome(event.getPhysicalResourceId(), Map.of());
        }
        WebhookDeclaration declared = WebhookDeclaration.fromProperties(event.getResourceProperties());
        Webhook w = webhooks.apply(declared, trace);
        // a new physical id (tenant or name changed) makes CloudFormation delete the old subscription
        return new CustomResources.Outcome(declared.physicalId(), Map.of("SubscriptionId", w.id().toString()));
    }

    private static String text(Map<String, Object> props, String key) {
        Object v = props.get(key);
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }
}
