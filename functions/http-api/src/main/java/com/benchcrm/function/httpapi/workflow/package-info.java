/** The tenant's workflow policy routes ({@link com.benchcrm.function.httpapi.workflow.WorkflowSettingsRoutes}). */
package com.benchcrm.function.httpapi.workflow;
