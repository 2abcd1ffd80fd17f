/**
 * {@code shared/tools/benchmarks/run match}: embedding throughput, HNSW recall against exact search on real
 * embeddings, recommendation latency at 10k and 100k consultants per tenant, and ranking quality on
 * real postings and resumes next to a BM25 baseline. Prints numbers; asserts nothing.
 */
@NullMarked
package com.benchcrm.bench.match;

import org.jspecify.annotations.NullMarked;
