/**
 * The PostgreSQL implementations of core's repository ports, one package per feature. Every
 * statement runs through the SQL port inside a tenant transaction (row-level security applies) and
 * also names {@code tenant_id}.
 */
package com.benchcrm.persistence;
