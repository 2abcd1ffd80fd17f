/** Hybrid search over HTTP, with its typed response record. */
package com.benchcrm.function.httpapi.search;
