package com.benchcrm.function.provisioning;

import com.benchcrm.function.runtime.customresource.CustomResourceHandler;
import com.benchcrm.function.runtime.customresource.CustomResourceRequest;
import com.benchcrm.function.runtime.customresource.ResponseUploader;
import com.benchcrm.webhook.DestinationGuard;
import com.benchcrm.webhook.Webhook;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

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
 * <p>Every request is answered, a failure included ({@link CustomResourceHandler}): a failed Create
 * answers with a {@code failed:} physical id, and the Delete that CloudFormation's rollback sends for
 * it succeeds without touching the database.
 *
 * <pre>{@code
 * handler: com.benchcrm.function.provisioning.DatabaseHandler::handleRequest   (sample events: events/provisioning/)
 * }</pre>
 */
public final class DatabaseHandler extends CustomResourceHandler {

    public static final String SCHEMA_TYPE = "Custom::BenchCrmSchema";
    public static final String TENANT_TYPE = "Custom::BenchCrmTenant";

    private final DatabaseDeployment database;
    private final DeclaredWebhooks webhooks;

    /** The Lambda runtime's constructor: configuration from the environment, AWS Secrets Manager. */
    public DatabaseHandler() {
        this(DatabaseConfig.from(System::getenv), AwsSecrets.fromEnvironment(), ResponseUploader.create());
    }

    /** Webhook destinations must resolve to public addresses ({@link DestinationGuard#publicOnly()}). */
    public DatabaseHandler(DatabaseConfig config, Secrets secrets, ResponseUploader uploader) {
        this(config, secrets, uploader, DestinationGuard.publicOnly());
    }

    /** @param guard checks webhook destinations; tests pass one with a fixed resolver */
    public DatabaseHandler(DatabaseConfig config, Secrets secrets, ResponseUploader uploader, DestinationGuard guard) {
        super(uploader);
        this.database = new DatabaseDeployment(config, secrets);
        this.webhooks = new DeclaredWebhooks(config, secrets, guard, Clock.systemUTC());
    }

    @Override
    protected Outcome apply(CustomResourceRequest request) {
        boolean delete = request.kind() == CustomResourceRequest.Kind.DELETE;
        return switch (request.type()) {
            case SCHEMA_TYPE -> delete ? Outcome.of(request.physicalId().orElse(null)) : schema();
            case TENANT_TYPE -> tenant(request, delete);
            case WebhookDeclaration.TYPE -> webhook(request, delete);
            default -> throw new IllegalArgumentException("unknown resource type " + request.type());
        };
    }

    private Outcome schema() {
        DatabaseDeployment.SchemaResult result = database.prepareSchema();
        return new Outcome("benchcrm-schema", Map.of(
                "SchemaVersion", result.schemaVersion(),
                "MigrationsExecuted", Integer.toString(result.migrationsExecuted())));
    }

    private Outcome tenant(CustomResourceRequest request, boolean delete) {
        String slug = request.required("Slug");
        if (delete) {
            // the physical id names the tenant this resource created; on a slug change it is the old one
            String created = request.physicalId().orElse(null);
            String target = created != null && created.startsWith("tenant:") ? created.substring("tenant:".length()) : slug;
            database.suspendTenant(target);
            return Outcome.of(created);
        }
        String settings = request.optional("Settings").orElse(null);
        if (settings != null) {
            com.benchcrm.tenancy.TenantPolicy.parseSettings(settings); // refuses invalid settings with every rule broken
        }
        UUID id = database.ensureTenant(slug, request.optional("Name").orElse(null), settings == null ? "{}" : settings,
                "true".equalsIgnoreCase(request.optional("Suspended").orElse("false")));
        int sealed = webhooks.sealLegacySecrets(new com.benchcrm.tenancy.TenantId(id));
        if (sealed > 0) {
            org.slf4j.LoggerFactory.getLogger(DatabaseHandler.class).info("sealed {} plain webhook signing secrets of tenant {}", sealed, slug);
        }
        return new Outcome("tenant:" + slug, Map.of("TenantId", id.toString(), "Slug", slug));
    }

    private Outcome webhook(CustomResourceRequest request, boolean delete) {
        String trace = "cfn:" + request.event().getRequestId();
        if (delete) {
            // the physical id names what this resource created; a changed tenant or name was a new resource
            String physicalId = request.physicalId().orElse(null);
            WebhookDeclaration.Target target = WebhookDeclaration.parsePhysicalId(physicalId);
            webhooks.remove(target.tenant(), target.subscription(), trace);
            return Outcome.of(physicalId);
        }
        WebhookDeclaration declared = WebhookDeclaration.fromProperties(request.event().getResourceProperties());
        Webhook w = webhooks.apply(declared, trace);
        // a new physical id (tenant or name changed) makes CloudFormation delete the old subscription
        return new Outcome(declared.physicalId(), Map.of("SubscriptionId", w.id().toString()));
    }
}
