/**
 * HTTP plumbing shared by every route: the request and response the function works with, the
 * router, JSON bodies (strict parsing, merge patch), entity tags, and the mapping of domain
 * exceptions to RFC 9457 problem details.
 */
@NullMarked
package com.benchcrm.function.httpapi.http;

import org.jspecify.annotations.NullMarked;
