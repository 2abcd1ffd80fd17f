package com.benchcrm.matching.success;

import com.benchcrm.tenancy.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Port: the versioned success models of each tenant, one of them active (ADR 0076). Adapter:
 * {@link BlobModelRegistry} over the {@link com.benchcrm.blob.BlobStore} (S3 in AWS, a folder under the
 * stack home locally).
 */
public interface SuccessModelRegistry {

    /** Stores a new version (not yet active) and returns its card. */
    ModelCard register(TenantId tenant, SuccessModel model, ModelCard card, byte[] extraArtifact);

    /** The tenant's model cards, newest first. */
    List<ModelCard> list(TenantId tenant);

    Optional<ModelCard> card(TenantId tenant, String version);

    /** The active version's name, if any. */
    Optional<String> activeVersion(TenantId tenant);

    /** The active model, if any. */
    Optional<SuccessModel> active(TenantId tenant);

    /**
     * Makes {@code version} the tenant's active model (a rollback is activating an older version).
     *
     * @throws com.benchcrm.common.NotFoundException when the tenant has no such version
     */
    ModelCard activate(TenantId tenant, String version);
}
