/** Unauthenticated operational routes: {@code /health} and the OpenAPI document. */
package com.benchcrm.function.httpapi.health;
