package com.benchcrm.matching.success;

import com.benchcrm.blob.BlobStore;
import com.benchcrm.common.Json;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The model registry in a {@link BlobStore} (S3 bucket in AWS, a folder under the stack home locally):
 *
 * <pre>
 * models/&lt;tenant&gt;/registry.json          {"active": "v...", "versions": ["v...", ...]}
 * models/&lt;tenant&gt;/&lt;version&gt;/model.json    the served model (SuccessModel)
 * models/&lt;tenant&gt;/&lt;version&gt;/card.json     its model card
 * models/&lt;tenant&gt;/&lt;version&gt;/gbt.ubj       the gradient-boosted trees (XGBoost), kept for comparison
 * </pre>
 * Versions are never overwritten or deleted, so a rollback is activating an older one. The index is
 * rewritten whole; two activations racing leave one of them active (the last write), which is what an
 * operator clicking twice expects.
 */
public final class BlobModelRegistry implements SuccessModelRegistry {

    /** The index of one tenant's versions. */
    record Index(String active, List<String> versions) {
        Index {
            versions = versions == null ? List.of() : List.copyOf(versions);
        }
    }

    private final BlobStore blobs;

    public BlobModelRegistry(BlobStore blobs) {
        this.blobs = Objects.requireNonNull(blobs, "blobs");
    }

    static String prefix(TenantId tenant) {
        return "models/" + tenant + "/";
    }

    private Index index(TenantId tenant) {
        return blobs.get(prefix(tenant) + "registry.json")
                .map(b -> Json.read(new String(b, StandardCharsets.UTF_8), Index.class))
                .orElse(new Index(null, List.of()));
    }

    private void write(String key, Object value) {
        blobs.put(key, Json.write(value).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public ModelCard register(TenantId tenant, SuccessModel model, ModelCard card, byte[] extraArtifact) {
        if (!model.version().equals(card.version()) || !model.version().matches("[A-Za-z0-9._-]{1,80}")) {
            throw new IllegalArgumentException("model and card must carry the same safe version: " + model.version());
        }
        Index idx = index(tenant);
        if (idx.versions().contains(model.version())) {
            throw new IllegalStateException("version already registered: " + model.version());
        }
        String dir = prefix(tenant) + model.version() + "/";
        if (extraArtifact != null) {
            blobs.put(dir + "gbt.ubj", extraArtifact);
        }
        write(dir + "model.json", model);
        write(dir + "card.json", card);
        List<String> versions = new ArrayList<>(idx.versions());
        versions.add(model.version());
        write(prefix(tenant) + "registry.json", new Index(idx.active(), versions));
        return card;
    }

    @Override
    public List<ModelCard> list(TenantId tenant) {
        List<ModelCard> out = new ArrayList<>();
        for (String v : index(tenant).versions()) {
            card(tenant, v).ifPresent(out::add);
        }
        out.sort(Comparator.comparing(ModelCard::trainedAt).reversed().thenComparing(ModelCard::version, Comparator.reverseOrder()));
        return out;
    }

    @Override
    public Optional<ModelCard> card(TenantId tenant, String version) {
        if (version == null || !version.matches("[A-Za-z0-9._-]{1,80}")) {
            return Optional.empty();
        }
        return blobs.get(prefix(tenant) + version + "/card.json")
                .map(b -> Json.read(new String(b, StandardCharsets.UTF_8), ModelCard.class));
    }

    @Override
    public Optional<String> activeVersion(TenantId tenant) {
        return Optional.ofNullable(index(tenant).active());
    }

    @Override
    public Optional<SuccessModel> active(TenantId tenant) {
        return activeVersion(tenant).flatMap(v -> blobs.get(prefix(tenant) + v + "/model.json"))
                .map(b -> Json.read(new String(b, StandardCharsets.UTF_8), SuccessModel.class));
    }

    @Override
    public ModelCard activate(TenantId tenant, String version) {
        Index idx = index(tenant);
        if (version == null || !idx.versions().contains(version)) {
            throw new NotFoundException("model", String.valueOf(version));
        }
        ModelCard card = card(tenant, version).orElseThrow(() -> new NotFoundException("model", version));
        write(prefix(tenant) + "registry.json", new Index(version, idx.versions()));
        return card;
    }
}
