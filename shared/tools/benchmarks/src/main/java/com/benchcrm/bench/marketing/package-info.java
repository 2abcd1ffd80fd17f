/** {@code shared/tools/benchmarks/run marketing}: hot list rendering and list sends (issue 15's measurements). */
@NullMarked
package com.benchcrm.bench.marketing;

import org.jspecify.annotations.NullMarked;
