/**
 * Reusable constructs, one per shape the app repeats: {@link com.benchcrm.infra.constructs.JavaFunction}
 * (every Lambda function), {@link com.benchcrm.infra.constructs.QueueWithDlq} (every work queue) and
 * {@link com.benchcrm.infra.constructs.EncryptedLogGroup} (every log group). Each takes a
 * {@code Props} built with a builder that validates before any resource exists, so a wrong value
 * fails synthesis with a sentence rather than a deployment with a CloudFormation error.
 */
@NullMarked
package com.benchcrm.infra.constructs;

import org.jspecify.annotations.NullMarked;
