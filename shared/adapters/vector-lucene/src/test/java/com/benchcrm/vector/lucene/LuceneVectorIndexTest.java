package com.benchcrm.vector.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.vector.EntityKind;
import com.benchcrm.vector.VectorIndex;
import com.benchcrm.vector.VectorIndexContract;
import com.benchcrm.vector.VectorQuery;
import com.benchcrm.vector.VectorRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneVectorIndexTest extends VectorIndexContract {

    @TempDir
    Path dir;

    private final List<LuceneVectorIndex> opened = new ArrayList<>();

    /** The contract runs on the HNSW path (exactThreshold 0); the exact scan has its own test below. */
    @Override
    protected VectorIndex index() {
        LuceneVectorIndex index = LuceneVectorIndex.open(
                dir.resolve("idx" + opened.size()), new LuceneVectorIndex.Config(100, true, 64, 0));
        opened.add(index);
        return index;
    }

    @AfterEach
    void close() {
        opened.forEach(LuceneVectorIndex::close);
    }

    @Test
    void smallFilteredSet_isScannedExactly_sameResultsAsTheReference_andDeletedVectorsStayOut() {
        Random rnd = new Random(3);
        com.benchcrm.vector.InMemoryVectorIndex exact = new com.benchcrm.vector.InMemoryVectorIndex();
        try (LuceneVectorIndex index =
                LuceneVectorIndex.open(dir.resolve("exact"), new LuceneVectorIndex.Config(100, true, 64, 1000))) {
            List<VectorRecord> all = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                all.add(new VectorRecord(
                        i < 600 ? SMALL : BIG, EntityKind.CONSULTANT, id(i), MODEL, randomUnit(rnd, DIMS), 1));
            }
            index.upsert(all.subList(0, 1500));
            index.upsert(all.subList(1500, 3000));
            exact.upsert(all);
            index.delete(SMALL, EntityKind.CONSULTANT, id(5));
            exact.delete(SMALL, EntityKind.CONSULTANT, id(5));
            for (int q = 0; q < 20; q++) {
                float[] v = randomUnit(rnd, DIMS);
                var got = index.query(new VectorQuery(SMALL, EntityKind.CONSULTANT, MODEL, v, 25));
                var want = exact.query(new VectorQuery(SMALL, EntityKind.CONSULTANT, MODEL, v, 25));
                assertThat(got)
                        .extracting(h -> h.id())
                        .containsExactlyElementsOf(
                                want.stream().map(h -> h.id()).toList());
                for (int i = 0; i < got.size(); i++) {
                    assertThat(got.get(i).similarity())
                            .isCloseTo(want.get(i).similarity(), org.assertj.core.api.Assertions.within(1e-5));
                }
            }
        }
    }

    @Test
    void reopen_keepsWhatWasCommitted() {
        Path path = dir.resolve("durable");
        float[] v = randomUnit(new Random(1), DIMS);
        try (LuceneVectorIndex index = LuceneVectorIndex.open(path)) {
            index.upsert(List.of(new VectorRecord(BIG, EntityKind.CONSULTANT, id(1), MODEL, v, 1)));
        }
        try (LuceneVectorIndex index = LuceneVectorIndex.open(path)) {
            assertThat(index.size()).isEqualTo(1);
            assertThat(index.query(new VectorQuery(BIG, EntityKind.CONSULTANT, MODEL, v, 1)))
                    .hasSize(1);
        }
    }

    @Test
    void bulkLoad_withoutCommitOnWrite_isVisibleAfterCommit_andForceMergeKeepsResults() {
        Random rnd = new Random(2);
        try (LuceneVectorIndex index =
                LuceneVectorIndex.open(dir.resolve("bulk"), new LuceneVectorIndex.Config(100, false, 16))) {
            for (int b = 0; b < 5; b++) {
                List<VectorRecord> batch = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    batch.add(new VectorRecord(
                            BIG, EntityKind.CONSULTANT, id(b * 1000 + i), MODEL, randomUnit(rnd, DIMS), 1));
                }
                index.upsert(batch);
            }
            index.commit();
            float[] q = randomUnit(rnd, DIMS);
            var before = index.query(new VectorQuery(BIG, EntityKind.CONSULTANT, MODEL, q, 10));
            index.forceMerge();
            assertThat(index.size()).isEqualTo(1000);
            assertThat(index.query(new VectorQuery(BIG, EntityKind.CONSULTANT, MODEL, q, 10))
                            .get(0)
                            .id())
                    .isEqualTo(before.get(0).id());
        }
    }
}
