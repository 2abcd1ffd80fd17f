/**
 * Shared by the functions' tests (the test-jar of {@code benchcrm-lambda-runtime}): the Lambda
 * artifact's entries and what it must not carry ({@link com.benchcrm.function.runtime.testing.ShadedJars}),
 * and a ten-line stand-in for the Lambda Java runtime ({@link com.benchcrm.function.runtime.testing.ShadedJarSmoke}).
 */
package com.benchcrm.function.runtime.testing;
