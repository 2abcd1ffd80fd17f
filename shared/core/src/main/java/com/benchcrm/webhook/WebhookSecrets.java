package com.benchcrm.webhook;

import com.benchcrm.persistence.Transactions;
import com.benchcrm.secrets.SecretSealer;
import com.benchcrm.secrets.SecretUnavailableException;
import com.benchcrm.tenancy.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signing secrets of webhook subscriptions under envelope encryption (ADR 0057): sealed by the
 * tenant's key before they are stored ({@link #seal}), opened only to sign a delivery ({@link #open}).
 * A subscription written before sealing existed still holds its secret in the clear; the first
 * {@link #open} of it seals it in place, and {@link #sealLegacy} (run by the provisioning function on
 * every deployment, and by the embedded stack on start) seals all of a tenant's at once.
 *
 * <pre>{@code
 * WebhookSecrets secrets = new WebhookSecrets(db.transactions(), db.webhooks(), new SecretSealer(dataKeys));
 * String stored = secrets.seal(tenant, id, "whsec_...");
 * String secret = secrets.open(tenant, id, stored);     // SecretUnavailableException: a clear reason
 * }</pre>
 */
public final class WebhookSecrets {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSecrets.class);

    private final Transactions transactions;
    private final WebhookRepository subscriptions;
    private final SecretSealer sealer;

    public WebhookSecrets(Transactions transactions, WebhookRepository subscriptions, SecretSealer sealer) {
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.sealer = sealer;
    }

    /** @throws SecretUnavailableException when the tenant's key cannot be used now */
    public String seal(TenantId tenant, UUID subscription, String secret) {
        return sealer.seal(tenant, context(subscription), secret);
    }

    /**
     * The signing secret of a stored value. A plain (pre-sealing) secret is returned and sealed in
     * place in a transaction of its own; if sealing fails, the delivery still goes out and the next
     * read tries again.
     *
     * @throws SecretUnavailableException when a sealed secret does not open
     */
    public String open(TenantId tenant, UUID subscription, String stored) {
        if (SecretSealer.isSealed(stored)) {
            return sealer.open(tenant, context(subscription), stored);
        }
        try {
            sealInPlace(tenant, subscription, stored);
        } catch (SecretUnavailableException e) {
            LOG.warn("webhook {}: its plain secret could not be sealed yet: {}", subscription, e.getMessage());
        }
        return stored;
    }

    /** Whether a stored secret is this plain secret (a sealed one is opened to compare). */
    boolean matches(TenantId tenant, UUID subscription, String stored, String secret) {
        try {
            return secret.equals(open(tenant, subscription, stored));
        } catch (SecretUnavailableException e) {
            return false;
        }
    }

    /** Seals every plain secret of the tenant's subscriptions; returns how many. */
    public int sealLegacy(TenantId tenant) {
        int sealed = 0;
        for (UUID id : ids(tenant)) {
            Optional<String> stored = transactions.inTenant(tenant, tx -> subscriptions.storedSecret(tx, id));
            if (stored.isPresent() && !SecretSealer.isSealed(stored.get())) {
                sealInPlace(tenant, id, stored.get());
                sealed++;
            }
        }
        return sealed;
    }

    /**
     * Seals every secret of the tenant again under the key's current version (after a rotation of the
     * local keyring: the old version can then be retired); returns how many.
     */
    public int resealAll(TenantId tenant) {
        int resealed = 0;
        for (UUID id : ids(tenant)) {
            Optional<String> stored = transactions.inTenant(tenant, tx -> subscriptions.storedSecret(tx, id));
            if (stored.isPresent()) {
                String plain = open(tenant, id, stored.get());
                String sealedAgain = seal(tenant, id, plain);
                transactions.inTenant(tenant, tx -> subscriptions.replaceSecret(tx, id, sealedAgain));
                resealed++;
            }
        }
        return resealed;
    }

    private void sealInPlace(TenantId tenant, UUID subscription, String plain) {
        String sealed = seal(tenant, subscription, plain);
        transactions.inTenant(tenant, tx -> {
            // only if the row still holds that plain secret (a concurrent write wins)
            if (subscriptions.storedSecret(tx, subscription).filter(plain::equals).isPresent()) {
                subscriptions.replaceSecret(tx, subscription, sealed);
            }
            return null;
        });
    }

    private List<UUID> ids(TenantId tenant) {
        return transactions.inTenant(tenant, tx -> subscriptions.list(tx, Optional.empty(), Webhooks.MAX_PER_TENANT * 10)).stream()
                .map(Webhook::id).toList();
    }

    private static String context(UUID subscription) {
        return "webhook-subscription:" + subscription;
    }
}
