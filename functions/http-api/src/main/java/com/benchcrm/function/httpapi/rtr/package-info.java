/** The right-to-represent routes ({@link com.benchcrm.function.httpapi.rtr.RtrRoutes}) over {@link com.benchcrm.rtr.Rtrs}. */
@NullMarked
package com.benchcrm.function.httpapi.rtr;

import org.jspecify.annotations.NullMarked;
