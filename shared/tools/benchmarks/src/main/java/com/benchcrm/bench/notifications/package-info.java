/** The notifications benchmark: fan-out of one match event to 50 owners, and the daily digest of 200 users. */
@NullMarked
package com.benchcrm.bench.notifications;

import org.jspecify.annotations.NullMarked;
