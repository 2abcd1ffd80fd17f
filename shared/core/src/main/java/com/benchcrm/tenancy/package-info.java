/**
 * Tenants: their identifiers, slugs and the directory that creates and resolves them.
 *
 * <p>A tenant id reaches the code only from a verified token (HTTP) or from the tenant directory
 * (ingest address to tenant); it is never read from a header or body the caller controls.
 */
@NullMarked
package com.benchcrm.tenancy;

import org.jspecify.annotations.NullMarked;
