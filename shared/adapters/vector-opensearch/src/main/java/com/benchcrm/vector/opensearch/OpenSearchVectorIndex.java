package com.benchcrm.vector.opensearch;

import com.benchcrm.embedding.Vectors;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.vector.EntityKind;
import com.benchcrm.vector.VectorHit;
import com.benchcrm.vector.VectorIndex;
import com.benchcrm.vector.VectorIndexException;
import com.benchcrm.vector.VectorQuery;
import com.benchcrm.vector.VectorRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Vectors in OpenSearch k-NN: one index per model (a {@code knn_vector} field has one dimension),
 * documents keyed by tenant, kind and entity id. Two layouts ({@link IndexLayout}):
 * {@code SHARED}, one index per model for every tenant ({@code <prefix>-<model slug>}, the default),
 * and {@code PER_TENANT}, one index per tenant and model ({@code <prefix>-<tenant uuid>-<model slug>},
 * what the AWS deployment uses: ADR 0032).
 *
 * <pre>{@code
 * VectorIndex index = new OpenSearchVectorIndex(OpenSearchClients.aws(host, region, "aoss"),
 *         OpenSearchVectorIndex.Config.defaults("benchcrm-vectors", Engine.FAISS).withLayout(IndexLayout.PER_TENANT));
 * index.createIndex(tenant, model.key(), model.dimensions());   // idempotent; the deployment does it per tenant
 * }</pre>
 *
 * <p>In either layout the tenant filter stays in every query: with per-tenant indexes it is a second
 * guard, not the only one.
 *
 * <p><b>Tenant filter inside the k-NN clause.</b> A query is {@code {"knn": {"vector": {"vector": [...],
 * "k": k, "filter": {"bool": {"filter": [tenant, kind]}}}}}}: the engine filters while it searches
 * (efficient filtering; the Lucene engine and Faiss HNSW both support it), so a small tenant still gets
 * k of its own neighbours. A post-filter ({@code bool} around {@code knn}) would not.
 *
 * <p><b>Engine</b> is a mapping choice made when an index is created: {@code lucene} (what the
 * integration test runs: the test node has no Faiss natives) or {@code faiss}; both use HNSW and the
 * same query JSON. <b>Versions.</b> Writes use external versioning ({@code external_gte}) with the
 * record's source version: an older vector never replaces a newer one, without a read first.
 */
public final class OpenSearchVectorIndex implements VectorIndex {

    public enum Engine {
        LUCENE, FAISS;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Which indexes hold a tenant's vectors. */
    public enum IndexLayout {
        /** One index per model, shared by every tenant: {@code <prefix>-<model slug>}. */
        SHARED,
        /**
         * One index per tenant and model: {@code <prefix>-<tenant uuid>-<model slug>}. Created ahead of
         * use ({@link #createIndex}), kept or dropped with the tenant, and matchable per tenant by a
         * data access policy ({@code index/<collection>/<prefix>-<tenant uuid>-*}).
         */
        PER_TENANT
    }

    /**
     * @param indexPrefix  index names start with this (data access policies can match {@code prefix-*})
     * @param engine       k-NN engine of new indexes
     * @param shards       primary shards of new indexes (1 is plenty below a few million vectors); 0
     *                     leaves it to the service (OpenSearch Serverless manages shards itself)
     * @param m            HNSW graph degree
     * @param efConstruction HNSW build beam
     * @param waitForRefresh make writes visible before returning ({@code refresh=wait_for}); turn off
     *                     where the service does not support it
     * @param layout       shared or per-tenant indexes
     */
    public record Config(String indexPrefix, Engine engine, int shards, int m, int efConstruction,
                         boolean waitForRefresh, IndexLayout layout) {

        public Config {
            Objects.requireNonNull(indexPrefix, "indexPrefix");
            Objects.requireNonNull(engine, "engine");
            Objects.requireNonNull(layout, "layout");
            if (!indexPrefix.matches("[a-z0-9][a-z0-9_-]*")) {
                throw new IllegalArgumentException("index prefix must be lower-case letters, digits, - or _");
            }
            if (shards < 0) {
                throw new IllegalArgumentException("shards must be positive, or 0 for the service's choice: " + shards);
            }
        }

        /** The shared layout (what this adapter did before layouts existed). */
        public Config(String indexPrefix, Engine engine, int shards, int m, int efConstruction, boolean waitForRefresh) {
            this(indexPrefix, engine, shards, m, efConstruction, waitForRefresh, IndexLayout.SHARED);
        }

        public static Config defaults(String indexPrefix, Engine engine) {
            return new Config(indexPrefix, engine, 1, 16, 128, true, IndexLayout.SHARED);
        }

        public Config withLayout(IndexLayout v) {
            return new Config(indexPrefix, engine, shards, m, efConstruction, waitForRefresh, v);
        }

        public Config withShards(int v) {
            return new Config(indexPrefix, engine, v, m, efConstruction, waitForRefresh, layout);
        }

        public Config withWaitForRefresh(boolean v) {
            return new Config(indexPrefix, engine, shards, m, efConstruction, v, layout);
        }
    }

    static final String TENANT = "tenant_id";
    static final String KIND = "kind";
    static final String ENTITY = "entity_id";
    static final String MODEL = "model";
    static final String VERSION = "source_version";
    static final String VECTOR = "vector";
    /** The embedded text, analyzed for BM25 ({@link #textQuery}). */
    static final String TEXT = "profile_text";

    private final OpenSearchClient client;
    private final Config config;
    private final Set<String> knownIndexes = ConcurrentHashMap.newKeySet();

    public OpenSearchVectorIndex(OpenSearchClient client, Config config) {
        this.client = Objects.requireNonNull(client, "client");
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * The shared index of one model: {@code prefix-<model key, lower-cased, other characters as '-'>}.
     * In the per-tenant layout use {@link #indexName(TenantId, String)}.
     */
    public String indexName(String modelKey) {
        return config.indexPrefix() + "-" + slug(modelKey);
    }

    /**
     * The index that holds a tenant's vectors of one model: {@code prefix-<model slug>} in the shared
     * layout, {@code prefix-<tenant uuid>-<model slug>} in the per-tenant layout.
     */
    public String indexName(TenantId tenant, String modelKey) {
        Objects.requireNonNull(tenant, "tenant");
        return switch (config.layout()) {
            case SHARED -> indexName(modelKey);
            case PER_TENANT -> config.indexPrefix() + "-" + tenant + "-" + slug(modelKey);
        };
    }

    /** The indexes a tenant's vectors can be in, as a pattern (for deletes across models). */
    String tenantIndexPattern(TenantId tenant) {
        return switch (config.layout()) {
            case SHARED -> config.indexPrefix() + "-*";
            case PER_TENANT -> config.indexPrefix() + "-" + tenant + "-*";
        };
    }

    private static String slug(String modelKey) {
        return modelKey.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /**
     * Creates the index of a tenant and model with the k-NN mapping unless it exists (idempotent: a
     * second call, or a concurrent creator, is not an error). In the shared layout this is the model's
     * shared index. Returns the index name.
     *
     * @throws VectorIndexException when the service refuses or cannot be reached
     */
    public String createIndex(TenantId tenant, String modelKey, int dimensions) {
        if (dimensions <= 0) {
            throw new IllegalArgumentException("dimensions must be positive: " + dimensions);
        }
        String index = indexName(tenant, modelKey);
        ensureIndex(index, dimensions);
        return index;
    }

    /**
     * Deletes the index of a tenant and model with its vectors, if it exists; true when it did. For
     * operators and tests: the deployment keeps a removed tenant's index (ADR 0032).
     */
    public boolean deleteIndex(TenantId tenant, String modelKey) {
        String index = indexName(tenant, modelKey);
        knownIndexes.remove(index);
        try {
            client.indices().delete(d -> d.index(index));
            return true;
        } catch (OpenSearchException e) {
            if (e.status() == 404) {
                return false;
            }
            throw new VectorIndexException("cannot delete index " + index, e);
        } catch (IOException e) {
            throw new VectorIndexException("cannot delete index " + index, e);
        }
    }

    static String docId(TenantId tenant, EntityKind kind, UUID id) {
        return tenant + ":" + kind.code() + ":" + id;
    }

    @Override
    public void upsert(List<VectorRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        Map<String, VectorRecord> latest = new LinkedHashMap<>();
        for (VectorRecord r : records) {
            latest.merge(indexName(r.tenant(), r.modelKey()) + "/" + docId(r.tenant(), r.kind(), r.id()), r,
                    (a, b) -> b.sourceVersion() >= a.sourceVersion() ? b : a);
        }
        List<BulkOperation> ops = new ArrayList<>(latest.size());
        for (VectorRecord r : latest.values()) {
            String index = indexName(r.tenant(), r.modelKey());
            ensureIndex(index, r.vector().length);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put(TENANT, r.tenant().toString());
            doc.put(KIND, r.kind().code());
            doc.put(ENTITY, r.id().toString());
            doc.put(MODEL, r.modelKey());
            doc.put(VERSION, r.sourceVersion());
            doc.put(VECTOR, toList(Vectors.normalize(r.vector())));
            if (r.text() != null && !r.text().isBlank()) {
                doc.put(TEXT, r.text());
            }
            ops.add(BulkOperation.of(b -> b.index(i -> i.index(index).id(docId(r.tenant(), r.kind(), r.id()))
                    .version(r.sourceVersion()).versionType(VersionType.ExternalGte).document(doc))));
        }
        try {
            BulkResponse response = client.bulk(b -> b.operations(ops)
                    .refresh(config.waitForRefresh() ? Refresh.WaitFor : Refresh.False));
            if (response.errors()) {
                for (BulkResponseItem item : response.items()) {
                    if (item.error() != null && !"version_conflict_engine_exception".equals(item.error().type())) {
                        throw new VectorIndexException("bulk upsert failed for " + item.id() + ": "
                                + item.error().type() + " " + item.error().reason());
                    }
                }
            }
        } catch (IOException | OpenSearchException e) {
            throw new VectorIndexException("bulk upsert failed", e);
        }
    }

    @Override
    public void delete(TenantId tenant, EntityKind kind, UUID id) {
        try {
            client.deleteByQuery(d -> d.index(tenantIndexPattern(tenant)).allowNoIndices(true)
                    .refresh(config.waitForRefresh() ? Refresh.True : Refresh.False)
                    .query(q -> q.bool(b -> b
                            .filter(term(TENANT, tenant.toString()))
                            .filter(term(KIND, kind.code()))
                            .filter(term(ENTITY, id.toString())))));
        } catch (IOException | OpenSearchException e) {
            throw new VectorIndexException("delete failed", e);
        }
    }

    @Override
    public List<VectorHit> textQuery(TenantId tenant, EntityKind kind, String modelKey, String text, int k) {
        if (text == null || text.isBlank() || k < 1) {
            return List.of();
        }
        String index = indexName(tenant, modelKey);
        String words = text.length() > 4000 ? text.substring(0, 4000) : text;
        try {
            SearchResponse<Map> response = client.search(s -> s.index(index).ignoreUnavailable(true)
                    .size(Math.min(k, VectorQuery.MAX_K))
                    .source(src -> src.filter(f -> f.includes(ENTITY)))
                    .query(x -> x.bool(b -> b
                            .must(m -> m.match(mt -> mt.field(TEXT).query(FieldValue.of(words))))
                            .filter(term(TENANT, tenant.toString()))
                            .filter(term(KIND, kind.code())))), Map.class);
            List<VectorHit> hits = new ArrayList<>();
            for (Hit<Map> h : response.hits().hits()) {
                Object entity = h.source() == null ? null : h.source().get(ENTITY);
                if (entity != null && h.score() != null) {
                    hits.add(new VectorHit(UUID.fromString(entity.toString()), h.score()));
                }
            }
            return hits;
        } catch (IOException | OpenSearchException e) {
            if (e instanceof OpenSearchException ose && ose.status() == 404) {
                return List.of();
            }
            throw new VectorIndexException("text query failed", e);
        }
    }

    @Override
    public List<VectorHit> query(VectorQuery q) {
        String index = indexName(q.tenant(), q.modelKey());
        List<Float> vector = toList(Vectors.normalize(q.vector()));
        Query filter = Query.of(f -> f.bool(b -> {
            b.filter(term(TENANT, q.tenant().toString())).filter(term(KIND, q.kind().code()));
            if (!q.ids().isEmpty()) {
                // the candidates only: a small filter, so the engine scores them exactly
                List<FieldValue> ids = q.ids().stream().map(id -> FieldValue.of(id.toString())).toList();
                b.filter(Query.of(t -> t.terms(ts -> ts.field(ENTITY).terms(v -> v.value(ids)))));
            }
            return b;
        }));
        try {
            SearchResponse<Map> response = client.search(s -> s.index(index).ignoreUnavailable(true)
                    .size(q.k())
                    .source(src -> src.filter(f -> f.includes(ENTITY)))
                    .query(x -> x.knn(k -> k.field(VECTOR).vector(vector).k(q.k()).filter(filter))), Map.class);
            List<VectorHit> hits = new ArrayList<>();
            for (Hit<Map> h : response.hits().hits()) {
                Object entity = h.source() == null ? null : h.source().get(ENTITY);
                if (entity != null && h.score() != null) {
                    // cosinesimil scores are (1 + cosine) / 2
                    hits.add(new VectorHit(UUID.fromString(entity.toString()), 2.0 * h.score() - 1.0));
                }
            }
            return hits;
        } catch (IOException | OpenSearchException e) {
            if (e instanceof OpenSearchException ose && ose.status() == 404) {
                return List.of();
            }
            throw new VectorIndexException("k-NN query failed", e);
        }
    }

    @Override
    public Optional<float[]> find(TenantId tenant, EntityKind kind, UUID id, String modelKey) {
        try {
            GetResponse<Map> r = client.get(g -> g.index(indexName(tenant, modelKey)).id(docId(tenant, kind, id))
                    .sourceIncludes(VECTOR), Map.class);
            if (!r.found() || r.source() == null || !(r.source().get(VECTOR) instanceof List<?> list)) {
                return Optional.empty();
            }
            float[] v = new float[list.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = ((Number) list.get(i)).floatValue();
            }
            return Optional.of(v);
        } catch (OpenSearchException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw new VectorIndexException("get failed", e);
        } catch (IOException e) {
            throw new VectorIndexException("get failed", e);
        }
    }

    /** Creates the model's index with the k-NN mapping if it is not there (idempotent). */
    void ensureIndex(String index, int dimensions) {
        if (knownIndexes.contains(index)) {
            return;
        }
        try {
            if (!client.indices().exists(e -> e.index(index)).value()) {
                client.indices().create(c -> c.index(index)
                        .settings(s -> {
                            s.knn(true);
                            if (config.shards() > 0) {
                                s.numberOfShards(config.shards());
                            }
                            return s;
                        })
                        .mappings(m -> m
                                .properties(TENANT, p -> p.keyword(k -> k))
                                .properties(KIND, p -> p.keyword(k -> k))
                                .properties(ENTITY, p -> p.keyword(k -> k))
                                .properties(MODEL, p -> p.keyword(k -> k))
                                .properties(VERSION, p -> p.long_(l -> l))
                                .properties(TEXT, p -> p.text(t -> t.analyzer("english")))
                                .properties(VECTOR, p -> p.knnVector(v -> v.dimension(dimensions)
                                        .method(me -> me.name("hnsw").engine(config.engine().code()).spaceType("cosinesimil")
                                                .parameters("m", JsonData.of(config.m()))
                                                .parameters("ef_construction", JsonData.of(config.efConstruction())))))));
            }
            knownIndexes.add(index);
        } catch (OpenSearchException e) {
            if ("resource_already_exists_exception".equals(e.error().type())) {
                knownIndexes.add(index);
                return;
            }
            throw new VectorIndexException("cannot create index " + index, e);
        } catch (IOException e) {
            throw new VectorIndexException("cannot create index " + index, e);
        }
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    private static List<Float> toList(float[] v) {
        List<Float> out = new ArrayList<>(v.length);
        for (float f : v) {
            out.add(f);
        }
        return out;
    }
}
