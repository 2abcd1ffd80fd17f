/** The right-to-represent routes ({@link com.benchcrm.function.httpapi.rtr.RtrRoutes}) over {@link com.benchcrm.rtr.Rtrs}. */
package com.benchcrm.function.httpapi.rtr;
