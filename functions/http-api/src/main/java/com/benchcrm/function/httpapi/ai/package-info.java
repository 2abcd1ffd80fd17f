/** {@code POST /v1/ai/extract}: structured extraction of pasted text. */
package com.benchcrm.function.httpapi.ai;
