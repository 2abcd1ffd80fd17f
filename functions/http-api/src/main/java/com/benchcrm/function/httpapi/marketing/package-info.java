/**
 * HTTP routes of marketing the bench (issue 15): {@code /v1/hot-lists} with its preview, a
 * consultant's marketing preferences ({@code /v1/consultants/{id}/marketing}) and the tenant's
 * marketing policy ({@code /v1/settings/marketing}). Thin: each route reads its typed body, calls
 * one use case and writes its result.
 */
@NullMarked
package com.benchcrm.function.httpapi.marketing;

import org.jspecify.annotations.NullMarked;
