package com.benchcrm.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.consultant.Consultant;
import com.benchcrm.embedding.Embedding;
import com.benchcrm.embedding.EmbeddingException;
import com.benchcrm.embedding.EmbeddingModel;
import com.benchcrm.embedding.HashingEmbeddingModel;
import com.benchcrm.embedding.ModelInfo;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.MalformedEventException;
import com.benchcrm.matching.ProfileEmbedding.Change;
import com.benchcrm.matching.ProfileEmbedding.Profile;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.vector.EntityKind;
import com.benchcrm.vector.InMemoryVectorIndex;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The embed use case on an in-memory index and a hashing model: no database, no ONNX. */
class ProfileEmbeddingTest {

    static final TenantId ACME = new TenantId(UUID.fromString("00000000-0000-7000-8000-00000000000a"));
    static final TenantId OTHER = new TenantId(UUID.fromString("00000000-0000-7000-8000-00000000000b"));

    /** The hashing model, except that a batch holding a text with "Cobol" fails (as a model call can). */
    static final class Model implements EmbeddingModel {
        final HashingEmbeddingModel inner = new HashingEmbeddingModel(32);
        final List<Integer> batchSizes = new ArrayList<>();

        @Override
        public ModelInfo info() {
            return inner.info();
        }

        @Override
        public List<Embedding> embedAll(List<String> texts) {
            batchSizes.add(texts.size());
            if (texts.stream().anyMatch(t -> t.contains("Cobol"))) {
                throw new EmbeddingException("the model refused the batch", false, null);
            }
            return inner.embedAll(texts);
        }
    }

    final Model model = new Model();
    final InMemoryVectorIndex index = new InMemoryVectorIndex();
    final Map<UUID, Consultant> consultants = new HashMap<>();
    final Map<UUID, Requirement> requirements = new HashMap<>();
    boolean consultantStoreDown;

    final ProfileEmbedding embedding = new ProfileEmbedding(new ProfileIndexer(model, index), (tenant, ids) -> {
        if (consultantStoreDown) {
            throw new IllegalStateException("database unavailable");
        }
        return present(consultants, ids);
    }, (tenant, ids) -> present(requirements, ids));

    /** What a lookup answers: the records that still exist. */
    static <T> Map<UUID, T> present(Map<UUID, T> store, Collection<UUID> ids) {
        Map<UUID, T> found = new HashMap<>();
        ids.stream().filter(store::containsKey).forEach(id -> found.put(id, store.get(id)));
        return found;
    }

    Consultant consultant(String title, String skill) {
        Consultant c = new Consultant(UUID.randomUUID(), null, "Avery " + title, null, null, title, null, null, null, null,
                skill == null ? List.of() : List.of(Profiles.has(skill, 5)), null, null, 3, Instant.EPOCH, Instant.EPOCH);
        consultants.put(c.id(), c);
        return c;
    }

    static Change upserted(TenantId tenant, Consultant c) {
        return new Change(new Profile(tenant, EntityKind.CONSULTANT, c.id()), false);
    }

    boolean indexed(TenantId tenant, EntityKind kind, UUID id) {
        return index.find(tenant, kind, id, model.info().key()).isPresent();
    }

    @Test
    void upserts_areEmbeddedInOneCallPerKindAndTenant_andFindableInTheirTenantOnly() {
        Consultant java = consultant("Java Developer", "Java");
        Consultant python = consultant("Python Developer", "Python");
        Consultant other = consultant("Go Developer", "Go");
        Requirement role = Profiles.R.javaDallas().build();
        requirements.put(role.id(), role);

        Map<Profile, RuntimeException> failed = embedding.apply(List.of(upserted(ACME, java), upserted(ACME, python),
                new Change(new Profile(ACME, EntityKind.REQUIREMENT, role.id()), false), upserted(OTHER, other)));

        assertThat(failed).isEmpty();
        // each batch of profile texts, then the same batch's titles (the role factor's vectors, ADR 0075)
        assertThat(model.batchSizes).containsExactly(2, 2, 1, 1, 1, 1);
        assertThat(index.find(ACME, EntityKind.CONSULTANT, java.id(), ProfileText.titleKey(model.info().key()))).isPresent();
        assertThat(indexed(ACME, EntityKind.CONSULTANT, java.id())).isTrue();
        assertThat(indexed(ACME, EntityKind.CONSULTANT, python.id())).isTrue();
        assertThat(indexed(ACME, EntityKind.REQUIREMENT, role.id())).isTrue();
        assertThat(indexed(OTHER, EntityKind.CONSULTANT, other.id())).isTrue();
        assertThat(indexed(ACME, EntityKind.CONSULTANT, other.id())).isFalse();
    }

    @Test
    void aDeleteAmongSeveralChangesOfOneRecord_removesIt_withoutEmbedding() {
        Consultant c = consultant("Java Developer", "Java");
        embedding.apply(List.of(upserted(ACME, c)));
        model.batchSizes.clear();

        Map<Profile, RuntimeException> failed = embedding.apply(List.of(upserted(ACME, c),
                new Change(new Profile(ACME, EntityKind.CONSULTANT, c.id()), true), upserted(ACME, c)));

        assertThat(failed).isEmpty();
        assertThat(model.batchSizes).isEmpty();
        assertThat(indexed(ACME, EntityKind.CONSULTANT, c.id())).isFalse();
    }

    @Test
    void aRecordGoneSinceTheEvent_orWithoutProfileText_isRemovedFromTheIndex_andNotAFailure() {
        Consultant gone = consultant("Java Developer", "Java");
        Consultant nameOnly = consultant("Java Developer", "Java");
        embedding.apply(List.of(upserted(ACME, gone), upserted(ACME, nameOnly)));
        consultants.remove(gone.id());
        consultants.put(nameOnly.id(), new Consultant(nameOnly.id(), null, "Only A. Name", null, null, null, null, null, null, null,
                List.of(), null, null, 4, Instant.EPOCH, Instant.EPOCH));

        Map<Profile, RuntimeException> failed = embedding.apply(List.of(upserted(ACME, gone), upserted(ACME, nameOnly)));

        assertThat(failed).isEmpty();
        assertThat(indexed(ACME, EntityKind.CONSULTANT, gone.id())).isFalse();
        assertThat(indexed(ACME, EntityKind.CONSULTANT, nameOnly.id())).isFalse();
    }

    @Test
    void aBatchEmbeddingThatFails_isRetriedOneByOne_andOnlyTheFailingRecordIsReported() {
        Consultant java = consultant("Java Developer", "Java");
        Consultant cobol = consultant("Mainframe Developer", "Cobol");
        Consultant python = consultant("Python Developer", "Python");

        Map<Profile, RuntimeException> failed = embedding.apply(List.of(upserted(ACME, java), upserted(ACME, cobol), upserted(ACME, python)));

        assertThat(failed).containsOnlyKeys(new Profile(ACME, EntityKind.CONSULTANT, cobol.id()));
        assertThat(failed.values()).allSatisfy(e -> assertThat(e).hasMessage("the model refused the batch"));
        // the batch, then one by one (profile, then title; the refused one has no title call)
        assertThat(model.batchSizes).containsExactly(3, 1, 1, 1, 1, 1);
        assertThat(indexed(ACME, EntityKind.CONSULTANT, java.id())).isTrue();
        assertThat(indexed(ACME, EntityKind.CONSULTANT, python.id())).isTrue();
    }

    @Test
    void whenTheRecordsCannotBeRead_everyUpsertOfThatKindFails_andRemovalsStillHappen() {
        Consultant kept = consultant("Java Developer", "Java");
        Consultant removed = consultant("Go Developer", "Go");
        embedding.apply(List.of(upserted(ACME, removed)));
        consultantStoreDown = true;

        Map<Profile, RuntimeException> failed = embedding.apply(List.of(upserted(ACME, kept),
                new Change(new Profile(ACME, EntityKind.CONSULTANT, removed.id()), true)));

        assertThat(failed).containsOnlyKeys(new Profile(ACME, EntityKind.CONSULTANT, kept.id()));
        assertThat(indexed(ACME, EntityKind.CONSULTANT, removed.id())).isFalse();
    }

    @Test
    void changeOf_readsTheKindIdAndWhetherItIsADelete() {
        UUID id = UUID.randomUUID();

        Change change = ProfileEmbedding.changeOf(event("RequirementDeleted", id.toString()));

        assertThat(change).isEqualTo(new Change(new Profile(ACME, EntityKind.REQUIREMENT, id), true));
        assertThat(ProfileEmbedding.changeOf(event("ConsultantUpserted", id.toString())).deleted()).isFalse();
    }

    @Test
    void changeOf_anotherEventType_orNoValidId_isMalformed() {
        assertThatThrownBy(() -> ProfileEmbedding.changeOf(event("RecommendationsReady", UUID.randomUUID().toString())))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("not RecommendationsReady");
        assertThatThrownBy(() -> ProfileEmbedding.changeOf(event("ConsultantUpserted", "42")))
                .isInstanceOf(MalformedEventException.class).hasMessage("ConsultantUpserted without a valid data.id");
    }

    static DomainEvent event(String type, String id) {
        return DomainEvent.parse("""
                {"id":"0193f7a5-1000-7000-8000-000000000001","type":"%s","version":1,
                 "tenant":"%s","time":"2026-11-22T12:00:00.123456Z","traceId":"t","data":{"id":"%s","version":1}}"""
                .formatted(type, ACME.value(), id));
    }
}
