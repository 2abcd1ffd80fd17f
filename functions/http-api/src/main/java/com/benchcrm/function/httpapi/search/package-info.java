/** Hybrid search over HTTP, with its typed response record. */
@NullMarked
package com.benchcrm.function.httpapi.search;

import org.jspecify.annotations.NullMarked;
