/** HTTP routes of the tenant's settings (matching, work authorization), with typed response records. */
package com.benchcrm.function.httpapi.settings;
