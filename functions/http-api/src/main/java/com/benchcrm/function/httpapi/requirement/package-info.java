/** {@code /v1/requirements}: job requirements over HTTP. */
@NullMarked
package com.benchcrm.function.httpapi.requirement;

import org.jspecify.annotations.NullMarked;
