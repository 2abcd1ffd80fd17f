/**
 * cdk-nag: the AWS Solutions rule pack applied to the whole app
 * ({@link com.benchcrm.infra.nag.NagChecks}), and the one way to suppress a finding
 * ({@link com.benchcrm.infra.nag.Suppress}), always with a reason, next to the resource it concerns.
 */
@NullMarked
package com.benchcrm.infra.nag;

import org.jspecify.annotations.NullMarked;
