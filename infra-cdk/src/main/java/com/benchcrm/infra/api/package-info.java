/**
 * The HTTP edge: the API stack ({@link com.benchcrm.infra.api.ApiStack}) with the HTTP API function
 * and the API Gateway HTTP API in front of it ({@link com.benchcrm.infra.api.HttpApiEdge}): JWT
 * authorizer on everything but the two public routes, access logs, throttling.
 */
@NullMarked
package com.benchcrm.infra.api;

import org.jspecify.annotations.NullMarked;
