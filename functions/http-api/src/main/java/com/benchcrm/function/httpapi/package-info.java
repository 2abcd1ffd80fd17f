/**
 * The HTTP API function: API Gateway HTTP API (payload 2.0) events in, responses out.
 *
 * <p>{@link com.benchcrm.function.httpapi.HttpApiApplication} registers the beans functionally (no classpath
 * scanning, no auto-configuration) for a short cold start; the Lambda handler is Spring Cloud
 * Function's stock {@code FunctionInvoker}, which finds the {@code httpApi} function.
 * {@link com.benchcrm.function.httpapi.HttpApiFunction} only translates between the event and the
 * {@link com.benchcrm.function.httpapi.http.HttpApi} pipeline; the routes call one use case each.
 */
@NullMarked
package com.benchcrm.function.httpapi;

import org.jspecify.annotations.NullMarked;
