/** HTTP routes of the tenant's settings (matching, work authorization), with typed response records. */
@NullMarked
package com.benchcrm.function.httpapi.settings;

import org.jspecify.annotations.NullMarked;
