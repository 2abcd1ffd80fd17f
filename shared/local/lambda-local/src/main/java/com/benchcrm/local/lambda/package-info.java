/**
 * The embedded stack's stand-in for the Lambda service and API Gateway: the same event shapes and
 * the same entry point ({@code FunctionInvoker}) as in AWS, so the function code does not know
 * where it runs.
 */
@NullMarked
package com.benchcrm.local.lambda;

import org.jspecify.annotations.NullMarked;
