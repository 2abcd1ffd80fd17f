/** The submission pipeline's benchmark: KPI latency with 100k submissions per tenant, writes under concurrent clients. */
@NullMarked
package com.benchcrm.bench.pipeline;

import org.jspecify.annotations.NullMarked;
