/** Unauthenticated operational routes: {@code /health} and the OpenAPI document. */
@NullMarked
package com.benchcrm.function.httpapi.health;

import org.jspecify.annotations.NullMarked;
