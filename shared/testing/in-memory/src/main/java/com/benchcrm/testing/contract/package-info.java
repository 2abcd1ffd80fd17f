/**
 * Repository contract tests as main code: abstract JUnit classes that the in-memory repositories
 * ({@code com.benchcrm.testing.memory}) and the PostgreSQL ones both extend, so the two behave alike.
 */
@NullMarked
package com.benchcrm.testing.contract;

import org.jspecify.annotations.NullMarked;
