/**
 * What every BenchCRM Lambda function does around its own handler, written once.
 *
 * <ul>
 *   <li>{@link com.benchcrm.function.runtime.LambdaFunction}: the function Spring Cloud Function's
 *       {@code FunctionInvoker} calls (raw event bytes and the Lambda context in, Powertools logging
 *       around the call); a function supplies an {@link com.benchcrm.function.runtime.EventHandler}.</li>
 *   <li>{@link com.benchcrm.function.runtime.FunctionBeans}: the functional bean registration of a
 *       function's {@code *Application} (environment, composition root, priming, functions).</li>
 *   <li>{@link com.benchcrm.function.runtime.SnapStartPriming}: SnapStart priming as a CRaC resource.</li>
 *   <li>{@link com.benchcrm.function.runtime.sqs}: SQS consumers' partial batch responses and DLQ policy.</li>
 *   <li>{@link com.benchcrm.function.runtime.customresource}: CloudFormation custom-resource handlers.</li>
 * </ul>
 */
@NullMarked
package com.benchcrm.function.runtime;

import org.jspecify.annotations.NullMarked;
