/**
 * The web console in AWS: {@link com.benchcrm.infra.console.ConsoleStack} with
 * {@link com.benchcrm.infra.console.ConsoleHosting}: a private S3 bucket behind CloudFront (origin
 * access control), strict security headers, {@code /v1/*} routed to the HTTP API as a second origin
 * (same origin for the browser; nothing cached, every method, Authorization forwarded), the SPA
 * fallback in a CloudFront Function, and the built console ({@code web/dist}) deployed with a
 * generated {@code console-config.json} pointing at Cognito.
 */
@NullMarked
package com.benchcrm.infra.console;

import org.jspecify.annotations.NullMarked;
