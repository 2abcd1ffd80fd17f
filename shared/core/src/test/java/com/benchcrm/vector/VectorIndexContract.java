package com.benchcrm.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.benchcrm.embedding.Vectors;
import com.benchcrm.tenancy.TenantId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link VectorIndex} adapter owes the domain, run against each adapter by a
 * subclass ({@code LuceneVectorIndexTest}, {@code OpenSearchVectorIndexIT}); the exact
 * {@link InMemoryVectorIndex} is the reference.
 */
public abstract class VectorIndexContract {

    protected static final TenantId BIG = new TenantId(UUID.fromString("00000000-0000-7000-8000-0000000000b1"));
    protected static final TenantId SMALL = new TenantId(UUID.fromString("00000000-0000-7000-8000-0000000000b2"));
    protected static final String MODEL = "test-model@1/16";
    protected static final int DIMS = 16;

    /** A fresh, empty index (the subclass closes it). */
    protected abstract VectorIndex index();

    /** Makes writes visible, for adapters whose reads are near-real-time; most need nothing. */
    protected void refresh(VectorIndex index) {}

    protected static float[] randomUnit(Random rnd, int dims) {
        float[] v = new float[dims];
        for (int i = 0; i < dims; i++) {
            v[i] = (float) rnd.nextGaussian();
        }
        return Vectors.normalize(v);
    }

    protected static UUID id(int n) {
        return new UUID(0x0000000000007000L, 0x8000000000000000L | n);
    }

    @Test
    void query_smallTenantInABigIndex_getsAllItsVectors_inExactOrder() {
        VectorIndex index = index();
        Random rnd = new Random(11);
        List<VectorRecord> big = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            big.add(new VectorRecord(BIG, EntityKind.CONSULTANT, id(i), MODEL, randomUnit(rnd, DIMS), 1));
        }
        index.upsert(big);
        InMemoryVectorIndex exact = new InMemoryVectorIndex();
        List<VectorRecord> small = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            small.add(new VectorRecord(SMALL, EntityKind.CONSULTANT, id(100_000 + i), MODEL, randomUnit(rnd, DIMS), 1));
        }
        index.upsert(small);
        exact.upsert(small);
        refresh(index);

        float[] q = randomUnit(rnd, DIMS);
        List<VectorHit> hits = index.query(new VectorQuery(SMALL, EntityKind.CONSULTANT, MODEL, q, 5));
        List<VectorHit> expected = exact.query(new VectorQuery(SMALL, EntityKind.CONSULTANT, MODEL, q, 5));
        assertThat(hits)
                .extracting(VectorHit::id)
                .containsExactlyElementsOf(expected.stream().map(VectorHit::id).toList());
        for (int i = 0; i < hits.size(); i++) {
            assertThat(hits.get(i).similarity()).isCloseTo(expected.get(i).similarity(), within(1e-4));
        }
        assertThat(index.query(new VectorQuery(SMALL, EntityKind.CONSULTANT, MODEL, q, 50)))
                .hasSize(7);
    }

    @Test
    void query_neverReturnsAnotherTenantsOrKindsOrModelsVectors() {
        VectorIndex index = index();
        Random rnd = new Random(12);
        float[] v = randomUnit(rnd, DIMS);
        index.upsert(List.of(
                new VectorRecord(BIG, EntityKind.CONSULTANT, id(1), MODEL, v, 1),
                new VectorRecord(SMALL, EntityKind.REQUIREMENT, id(2), MODEL, v, 1),
                new VectorRecord(SMALL, EntityKind.CONSULTANT, id(3), "other-model@1/16", v, 1)));
        refresh(index);
        assertThat(index.query(new VectorQuery(SMALL, EntityKind.CONSULTANT, MODEL, v, 10)))
                .isEmpty();
        assertThat(index.query(new VectorQuery(BIG, EntityKind.CONSULTANT, MODEL, v, 10)))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.id()).isEqualTo(id(1));
                    assertThat(h.similarity()).isCloseTo(1.0, within(1e-4));
                });
    }

    @Test
    void upsert_replacesByKey_ignoresAnOlderVersion_andFindReturnsTheStoredVector() {
        VectorIndex index = index();
        Random rnd = new Random(13);
        float[] v2 = randomUnit(rnd, DIMS);
        float[] v1 = randomUnit(rnd, DIMS);
        index.upsert(List.of(new VectorRecord(BIG, EntityKind.CONSULTANT, id(1), MODEL, v2, 2)));
        index.upsert(List.of(new VectorRecord(BIG, EntityKind.CONSULTANT, id(1), MODEL, v1, 1)));
        refresh(index);
        float[] stored = index.find(BIG, EntityKind.CONSULTANT, id(1), MODEL).orElseThrow();
        assertThat(Vectors.cosine(stored, v2)).isCloseTo(1.0, within(1e-5));
        assertThat(index.find(BIG, EntityKind.CONSULTANT, id(1), "other@1/16")).isEmpty();

        float[] v3 = randomUnit(rnd, DIMS);
        index.upsert(List.of(new VectorRecord(BIG, EntityKind.CONSULTANT, id(1), MODEL, v3, 3)));
        refresh(index);
        assertThat(index.query(new VectorQuery(BIG, EntityKind.CONSULTANT, MODEL, v3, 10)))
                .singleElement()
                .satisfies(h -> assertThat(h.similarity()).isCloseTo(1.0, within(1e-4)));
    }

    @Test
    void delete_removesTheEntity_andDeletingTwiceIsFine() {
        VectorIndex index = index();
        Random rnd = new Random(14);
        float[] v = randomUnit(rnd, DIMS);
        index.upsert(List.of(
                new VectorRecord(BIG, EntityKind.CONSULTANT, id(1), MODEL, v, 1),
                new VectorRecord(BIG, EntityKind.CONSULTANT, id(2), MODEL, randomUnit(rnd, DIMS), 1)));
        index.delete(BIG, EntityKind.CONSULTANT, id(1));
        index.delete(BIG, EntityKind.CONSULTANT, id(1));
        refresh(index);
        assertThat(index.query(new VectorQuery(BIG, EntityKind.CONSULTANT, MODEL, v, 10)))
                .extracting(VectorHit::id)
                .containsExactly(id(2));
        assertThat(index.find(BIG, EntityKind.CONSULTANT, id(1), MODEL)).isEmpty();
    }

    @Test
    void query_recallAgainstExactSearch_isHigh() {
        VectorIndex index = index();
        InMemoryVectorIndex exact = new InMemoryVectorIndex();
        Random rnd = new Random(15);
        List<VectorRecord> all = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            TenantId t = i % 3 == 0 ? SMALL : BIG;
            all.add(new VectorRecord(t, EntityKind.CONSULTANT, id(i), MODEL, randomUnit(rnd, DIMS), 1));
        }
        index.upsert(all);
        exact.upsert(all);
        refresh(index);
        int found = 0;
        int total = 0;
        for (int q = 0; q < 30; q++) {
            float[] v = randomUnit(rnd, DIMS);
            Set<UUID> truth = new HashSet<>();
            exact.query(new VectorQuery(BIG, EntityKind.CONSULTANT, MODEL, v, 20))
                    .forEach(h -> truth.add(h.id()));
            for (VectorHit h : index.query(new VectorQuery(BIG, EntityKind.CONSULTANT, MODEL, v, 20))) {
                found += truth.contains(h.id()) ? 1 : 0;
            }
            total += truth.size();
        }
        assertThat((double) found / total).isGreaterThan(0.95);
    }
}
