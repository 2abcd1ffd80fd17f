/** {@code run model-eval}: the calibrated success model on the demo's generated history (issue 14 item 7). */
@NullMarked
package com.benchcrm.bench.model;

import org.jspecify.annotations.NullMarked;
