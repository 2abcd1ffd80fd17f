/**
 * The embedded default of the vector index port: an Apache Lucene index on local disk with one HNSW
 * graph per model (a {@code KnnFloatVectorField} per model key), the tenant and kind as a filter inside
 * the k-NN query.
 */
@NullMarked
package com.benchcrm.vector.lucene;

import org.jspecify.annotations.NullMarked;
