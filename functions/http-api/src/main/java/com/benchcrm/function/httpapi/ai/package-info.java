/** {@code POST /v1/ai/extract}: structured extraction of pasted text. */
@NullMarked
package com.benchcrm.function.httpapi.ai;

import org.jspecify.annotations.NullMarked;
