/**
 * Recommendations over HTTP: rank a requirement's candidates now or read the latest run, a
 * consultant's best requirements, and recruiter feedback; the typed response records mirror the
 * OpenAPI document's {@code MatchRun}, {@code Feedback} and {@code ConsultantMatches}.
 */
@NullMarked
package com.benchcrm.function.httpapi.recommendation;

import org.jspecify.annotations.NullMarked;
