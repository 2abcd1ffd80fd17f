/** {@code run model-eval}: the calibrated success model on the demo's generated history (issue 14 item 7). */
package com.benchcrm.bench.model;
