package com.benchcrm.function.provisioning;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.common.ValidationException;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.webhook.DestinationGuard;
import com.benchcrm.webhook.Webhook;
import com.benchcrm.webhook.WebhookSignature;
import com.benchcrm.webhook.Webhooks;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Keeps a tenant's declared partner webhooks ({@code Custom::BenchCrmTenantWebhook}) as
 * {@code webhook_subscription} rows, through the SQL port ({@link JdbcSqlPort}, as the application role,
 * under row-level security) and the core rules ({@link Webhooks#provision}, {@link Webhooks#remove}):
 * the same shape rules, {@link DestinationGuard} and per-tenant limit as {@code POST /v1/webhooks}.
 *
 * <p>Signing secrets are stored sealed under the tenant's KMS key ({@code com.benchcrm.webhook.WebhookSecrets}).
 * The signing secret is read from the webhook's Secrets Manager secret on every Create and Update.
 * The deployment generates it as 64 letters and digits, which are base64 of 48 bytes: the partner's
 * secret is {@code whsec_} followed by the stored value. A value that already starts with
 * {@code whsec_} (an operator's rotation) is taken as it is.
 *
 * <pre>{@code
 * DeclaredWebhooks hooks = new DeclaredWebhooks(config, secrets, DestinationGuard.publicOnly(), Clock.systemUTC());
 * Webhook w = hooks.apply(WebhookDeclaration.fromProperties(event.getResourceProperties()), requestId);
 * }</pre>
 */
public final class DeclaredWebhooks {

    private final DatabaseConfig config;
    private final Secrets secrets;
    private final DestinationGuard guard;
    private final Clock clock;

    public DeclaredWebhooks(DatabaseConfig config, Secrets secrets, DestinationGuard guard, Clock clock) {
        this.config = config;
        this.secrets = secrets;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * Creates the subscription, or replaces its URL, event types and secret in place.
     *
     * @throws IllegalArgumentException when the core rules refuse it (the message names the webhook and
     *                                  every broken rule, never the secret)
     */
    public Webhook apply(WebhookDeclaration d, String traceId) {
        String secret = partnerSecret(secrets.secretString(d.secretArn()));
        return withWebhooks(webhooks -> {
            try {
                return webhooks.provision(Webhooks.deploymentCaller(d.tenant(), traceId), d.subscriptionId(), d.input(), secret);
            } catch (ValidationException e) {
                throw new IllegalArgumentException("webhook " + d.name() + " of tenant " + d.tenant() + " is refused: "
                        + e.errors().stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; ")), e);
            }
        });
    }

    /**
     * Seals every signing secret of the tenant still stored in the clear (rows written before
     * envelope encryption, ADR 0057), under the tenant's key; returns how many. Run on every
     * deployment of the tenant, so no plain secret outlives the first deployment after the upgrade.
     */
    public int sealLegacySecrets(TenantId tenant) {
        return withPersistence((db, secrets) -> secrets.sealLegacy(tenant));
    }

    /** Removes the subscription if it exists; its deliveries and their log go with it. */
    public boolean remove(TenantId tenant, UUID subscription, String traceId) {
        return withWebhooks(webhooks -> webhooks.remove(Webhooks.deploymentCaller(tenant, traceId), subscription));
    }

    /** The partner's secret from the stored value (see the class comment); checked, never echoed. */
    static String partnerSecret(String stored) {
        String value = stored == null ? "" : stored.strip();
        String secret = value.startsWith(WebhookSignature.PREFIX) ? value : WebhookSignature.PREFIX + value;
        try {
            WebhookSignature.requireValid(secret);
        } catch (IllegalArgumentException e) {
            throw new SecretUnavailableException("the webhook's signing secret is not usable: " + e.getMessage());
        }
        return secret;
    }

    private <T> T withWebhooks(Function<Webhooks, T> work) {
        return withPersistence((db, secrets) -> {
            Ids ids = new Ids(clock);
            return work.apply(new Webhooks(db.transactions(), db.webhooks(), new AuditLog(db.transactions(), db.audit(), ids, clock), guard,
                    secrets, ids, clock));
        });
    }

    private <T> T withPersistence(java.util.function.BiFunction<com.benchcrm.persistence.postgres.PostgresPersistence,
            com.benchcrm.webhook.WebhookSecrets, T> work) {
        DatabaseCredentials app = DatabaseCredentials.parse(secrets.secretString(config.appSecretArn()));
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(config.jdbcUrl(config.database()));
        ds.setUser(app.username());
        ds.setPassword(app.password());
        // No pool: one custom-resource request opens one connection per transaction.
        JdbcSqlPort sql = new JdbcSqlPort(ds);
        com.benchcrm.persistence.postgres.PostgresPersistence db = com.benchcrm.persistence.postgres.PostgresPersistence.over(sql);
        com.benchcrm.tenancy.TenantPolicies tenants = new com.benchcrm.tenancy.TenantPolicies(db.transactions(), db.tenants(), clock);
        com.benchcrm.secrets.DataKeys keys = com.benchcrm.secrets.kms.SecretKeys.create(config.secretKeys(), config.region(),
                t -> tenants.find(t).orElseThrow(() -> new com.benchcrm.secrets.SecretUnavailableException("no tenant " + t)).slug());
        return work.apply(db, new com.benchcrm.webhook.WebhookSecrets(db.transactions(), db.webhooks(),
                new com.benchcrm.secrets.SecretSealer(keys)));
    }
}
