/**
 * The deployment's configuration: one JSON file (the "tenants file") with the deployment-wide
 * settings and the list of tenants, read and validated once by
 * {@link com.benchcrm.infra.config.DeploymentConfig#load(java.nio.file.Path)} before any construct
 * is created. Every problem is reported at once, with the field's path.
 */
@NullMarked
package com.benchcrm.infra.config;

import org.jspecify.annotations.NullMarked;
