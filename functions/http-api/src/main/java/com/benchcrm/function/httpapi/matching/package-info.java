/** Recommendations, a consultant's matches, feedback and hybrid search over HTTP. */
package com.benchcrm.function.httpapi.matching;
