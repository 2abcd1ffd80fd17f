/**
 * The submission pipeline's routes ({@link com.benchcrm.function.httpapi.submission.SubmissionRoutes})
 * and their typed response records; the use cases are {@link com.benchcrm.submission.Submissions}.
 */
@NullMarked
package com.benchcrm.function.httpapi.submission;

import org.jspecify.annotations.NullMarked;
