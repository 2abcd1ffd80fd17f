package com.benchcrm.matching;

import com.benchcrm.consultant.Consultant;
import com.benchcrm.embedding.Embedding;
import com.benchcrm.embedding.EmbeddingModel;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.vector.EntityKind;
import com.benchcrm.vector.VectorIndex;
import com.benchcrm.vector.VectorRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the vector index in step with the records: embeds {@link ProfileText} in one batch and
 * upserts with the record's version (so a late event cannot overwrite a newer vector), or removes the
 * vectors of a deleted record. Phase 2's {@code embed} function calls this for each SQS batch.
 *
 * <pre>{@code
 * ProfileIndexer indexer = new ProfileIndexer(model, index);
 * indexer.indexConsultants(tenant, List.of(consultant));
 * indexer.remove(tenant, EntityKind.CONSULTANT, deletedId);
 * }</pre>
 */
public final class ProfileIndexer {

    private final EmbeddingModel model;
    private final VectorIndex index;

    public ProfileIndexer(EmbeddingModel model, VectorIndex index) {
        this.model = model;
        this.index = index;
    }

    public void indexConsultants(TenantId tenant, List<Consultant> consultants) {
        List<String> texts = consultants.stream().map(ProfileText::of).toList();
        upsert(tenant, EntityKind.CONSULTANT, consultants.stream().map(Consultant::id).toList(),
                consultants.stream().map(Consultant::version).toList(), texts,
                consultants.stream().map(ProfileText::title).toList());
    }

    public void indexRequirements(TenantId tenant, List<Requirement> requirements) {
        List<String> texts = requirements.stream().map(ProfileText::of).toList();
        upsert(tenant, EntityKind.REQUIREMENT, requirements.stream().map(Requirement::id).toList(),
                requirements.stream().map(Requirement::version).toList(), texts,
                requirements.stream().map(ProfileText::title).toList());
    }

    /** Removes the entity's vectors (its profile and, for every model key, its title). */
    public void remove(TenantId tenant, EntityKind kind, UUID id) {
        index.delete(tenant, kind, id);
    }

    /**
     * Embeds the profile texts and the titles (the role factor's vectors, under {@link ProfileText#titleKey});
     * an entity without a title keeps no title vector.
     */
    private void upsert(TenantId tenant, EntityKind kind, List<UUID> ids, List<Long> versions, List<String> texts,
                        List<String> titles) {
        if (ids.isEmpty()) {
            return;
        }
        List<Embedding> vectors = model.embedAll(texts);
        List<VectorRecord> records = new ArrayList<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            records.add(VectorRecord.of(tenant, kind, ids.get(i), versions.get(i), vectors.get(i)).withText(texts.get(i)));
        }
        List<Integer> titled = new ArrayList<>();
        List<String> titleTexts = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            if (titles.get(i) != null) {
                titled.add(i);
                titleTexts.add(titles.get(i));
            }
        }
        if (!titleTexts.isEmpty()) {
            String key = ProfileText.titleKey(model.info().key());
            List<Embedding> titleVectors = model.embedAll(titleTexts);
            for (int j = 0; j < titled.size(); j++) {
                int i = titled.get(j);
                records.add(new VectorRecord(tenant, kind, ids.get(i), key, titleVectors.get(j).vector(), versions.get(i)));
            }
        }
        index.upsert(records);
    }
}
