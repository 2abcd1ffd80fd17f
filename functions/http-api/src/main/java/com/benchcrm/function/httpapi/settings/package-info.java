/** HTTP routes of the tenant's settings. */
@NullMarked
package com.benchcrm.function.httpapi.settings;

import org.jspecify.annotations.NullMarked;
