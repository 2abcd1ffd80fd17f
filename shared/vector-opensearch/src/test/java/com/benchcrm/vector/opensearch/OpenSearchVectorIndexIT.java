package com.benchcrm.vector.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.vector.EntityKind;
import com.benchcrm.vector.VectorIndex;
import com.benchcrm.vector.VectorIndexContract;
import com.benchcrm.vector.VectorQuery;
import com.benchcrm.vector.VectorRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * The vector index contract against a real OpenSearch 3.6 node with the k-NN plugin (engine lucene:
 * the test distribution has no Faiss natives). Runs with {@code -Popensearch-it}; skips otherwise.
 */
class OpenSearchVectorIndexIT extends VectorIndexContract {

    static OpenSearchNode node;
    static OpenSearchClient client;
    static final AtomicInteger indexes = new AtomicInteger();

    @BeforeAll
    static void startNode() throws Exception {
        Optional<Path> dist = OpenSearchNode.distribution();
        Assumptions.assumeTrue(dist.isPresent(), "no OpenSearch distribution: run with -Popensearch-it");
        node = OpenSearchNode.start(dist.get());
        client = OpenSearchClients.http(node.uri());
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    /** A fresh index prefix per test, so tests do not see each other's vectors. */
    @Override
    protected VectorIndex index() {
        return new OpenSearchVectorIndex(client, OpenSearchVectorIndex.Config.defaults("it" + indexes.incrementAndGet(),
                OpenSearchVectorIndex.Engine.LUCENE));
    }

    @Test
    void theNode_hasTheKnnPlugin_andTheIndexUsesTheLuceneEngine() throws Exception {
        OpenSearchVectorIndex index = (OpenSearchVectorIndex) index();
        index.upsert(List.of(new VectorRecord(BIG, EntityKind.CONSULTANT, id(1), MODEL, randomUnit(new Random(1), DIMS), 1)));
        String name = index.indexName(MODEL);
        var mapping = client.indices().getMapping(m -> m.index(name)).result().get(name).mappings().properties().get("vector");
        assertThat(mapping.isKnnVector()).isTrue();
        assertThat(mapping.knnVector().method().engine()).isEqualTo("lucene");
        assertThat(index.query(new VectorQuery(BIG, EntityKind.CONSULTANT, MODEL, randomUnit(new Random(2), DIMS), 3))).hasSize(1);
    }
}
