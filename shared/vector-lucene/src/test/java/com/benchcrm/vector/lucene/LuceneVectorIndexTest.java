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

    @Override
    protected VectorIndex index() {
        LuceneVectorIndex index = LuceneVectorIndex.open(dir.resolve("idx" + opened.size()));
        opened.add(index);
        return index;
    }

    @AfterEach
    void close() {
        opened.forEach(LuceneVectorIndex::close);
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
            assertThat(index.query(new VectorQuery(BIG, EntityKind.CONSULTANT, MODEL, v, 1))).hasSize(1);
        }
    }

    @Test
    void bulkLoad_withoutCommitOnWrite_isVisibleAfterCommit_andForceMergeKeepsResults() {
        Random rnd = new Random(2);
        try (LuceneVectorIndex index = LuceneVectorIndex.open(dir.resolve("bulk"), new LuceneVectorIndex.Config(100, false, 16))) {
            for (int b = 0; b < 5; b++) {
                List<VectorRecord> batch = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    batch.add(new VectorRecord(BIG, EntityKind.CONSULTANT, id(b * 1000 + i), MODEL, randomUnit(rnd, DIMS), 1));
                }
                index.upsert(batch);
            }
            index.commit();
            float[] q = randomUnit(rnd, DIMS);
            var before = index.query(new VectorQuery(BIG, EntityKind.CONSULTANT, MODEL, q, 10));
            index.forceMerge();
            assertThat(index.size()).isEqualTo(1000);
            assertThat(index.query(new VectorQuery(BIG, EntityKind.CONSULTANT, MODEL, q, 10)).get(0).id())
                    .isEqualTo(before.get(0).id());
        }
    }
}
