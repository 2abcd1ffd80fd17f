/**
 * Small value types and helpers every feature uses: identifiers, strict JSON, canonical hashing,
 * cursor pagination and the domain exceptions that entry points translate into responses.
 *
 * <p>Nothing here knows about HTTP, AWS or Spring; the HTTP function maps the exceptions to
 * RFC 9457 problem details.
 */
@NullMarked
package com.benchcrm.common;

import org.jspecify.annotations.NullMarked;
