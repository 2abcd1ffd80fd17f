/**
 * The vector index port: store one vector per (tenant, entity kind, entity id, model) and find the
 * nearest ones within a tenant.
 *
 * <p>Implemented by Apache Lucene HNSW on local disk ({@code shared/adapters/vector-lucene}, the embedded
 * default) and OpenSearch k-NN ({@code shared/adapters/vector-opensearch}). Both apply the tenant, kind and
 * model filter <em>inside</em> the k-NN search (efficient filtering), so a query returns k hits of the
 * tenant even when the tenant is a small share of the index: filtering after the search would return
 * fewer, or none.
 */
@NullMarked
package com.benchcrm.vector;

import org.jspecify.annotations.NullMarked;
