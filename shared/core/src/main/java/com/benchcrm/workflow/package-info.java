/**
 * The tenant's submission policy: whether an RTR is required, the duplicate-submission window, the
 * margin floor and the W2 burden ({@link com.benchcrm.workflow.WorkflowSettings}), read and changed
 * through {@link com.benchcrm.workflow.WorkflowPolicy}; stored behind
 * {@link com.benchcrm.workflow.WorkflowSettingsRepository}.
 */
@NullMarked
package com.benchcrm.workflow;

import org.jspecify.annotations.NullMarked;
