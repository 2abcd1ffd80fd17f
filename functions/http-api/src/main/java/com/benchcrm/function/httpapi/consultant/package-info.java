/** {@code /v1/consultants}: the bench over HTTP. */
@NullMarked
package com.benchcrm.function.httpapi.consultant;

import org.jspecify.annotations.NullMarked;
