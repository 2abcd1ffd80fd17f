/**
 * Job requirements that vendors send: title, skills (required or nice to have), location and work
 * mode, budget, duration, start, client and accepted work authorizations.
 */
@NullMarked
package com.benchcrm.requirement;

import org.jspecify.annotations.NullMarked;
