/** The tenant's workflow policy routes ({@link com.benchcrm.function.httpapi.workflow.WorkflowSettingsRoutes}). */
@NullMarked
package com.benchcrm.function.httpapi.workflow;

import org.jspecify.annotations.NullMarked;
