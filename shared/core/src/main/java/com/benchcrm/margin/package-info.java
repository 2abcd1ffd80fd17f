/**
 * Rates and margin: a bill rate against a pay rate on one hourly scale, with the employer's W2
 * burden, as gross margin and markup ({@link com.benchcrm.margin.Margins}). Pure functions; the
 * tenant's floor and burden come from {@link com.benchcrm.workflow.WorkflowSettings}.
 */
@NullMarked
package com.benchcrm.margin;

import org.jspecify.annotations.NullMarked;
