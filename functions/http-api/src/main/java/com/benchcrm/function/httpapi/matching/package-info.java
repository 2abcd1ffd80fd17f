/** Recommendations, a consultant's matches, feedback and hybrid search over HTTP. */
@NullMarked
package com.benchcrm.function.httpapi.matching;

import org.jspecify.annotations.NullMarked;
