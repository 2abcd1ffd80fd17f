/**
 * Right to represent (RTR): the consultant's consent for one requirement and vendor, with its time,
 * rate, expiry and the signed text ({@link com.benchcrm.rtr.Rtr}). By tenant policy (on by default)
 * a submission cannot reach SUBMITTED without a valid one; {@link com.benchcrm.submission.Submissions}
 * checks that through {@link com.benchcrm.rtr.RtrRepository#forSubmission}.
 */
@NullMarked
package com.benchcrm.rtr;

import org.jspecify.annotations.NullMarked;
