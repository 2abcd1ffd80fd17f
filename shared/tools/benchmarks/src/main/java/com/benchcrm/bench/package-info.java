/**
 * Benchmarks that print numbers (never timed assertions): {@link com.benchcrm.bench.ColdStart},
 * {@link com.benchcrm.bench.IngestBenchmark},
 * {@link com.benchcrm.bench.UpTime} and {@link com.benchcrm.bench.LoadTest}, run by
 * {@code shared/tools/benchmarks/run}.
 */
@NullMarked
package com.benchcrm.bench;

import org.jspecify.annotations.NullMarked;
