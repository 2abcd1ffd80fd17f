/** HTTP routes of the tenant's settings. */
package com.benchcrm.function.httpapi.settings;
