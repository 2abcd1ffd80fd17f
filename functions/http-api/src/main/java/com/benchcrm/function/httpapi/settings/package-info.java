/** The tenant's matching settings over HTTP, with the typed response record. */
package com.benchcrm.function.httpapi.settings;
