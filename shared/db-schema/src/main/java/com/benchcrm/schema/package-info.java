/**
 * The PostgreSQL schema as code: {@link com.benchcrm.schema.SchemaBootstrap} creates the two roles
 * (owner and application) once per cluster, and {@link com.benchcrm.schema.SchemaMigrator} applies
 * the Flyway migrations as the owner. The embedded stack and the AWS migration step both use them.
 */
@NullMarked
package com.benchcrm.schema;

import org.jspecify.annotations.NullMarked;
