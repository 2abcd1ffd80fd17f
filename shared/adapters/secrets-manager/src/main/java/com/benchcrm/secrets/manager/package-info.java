/**
 * A function's secret environment variables in AWS: {@link com.benchcrm.secrets.manager.SecretEnvironment}
 * answers {@code NAME} with the value of the Secrets Manager secret {@code NAME_ARN} names, read once at start.
 */
@NullMarked
package com.benchcrm.secrets.manager;

import org.jspecify.annotations.NullMarked;
