/** {@code /v1/requirements}: job requirements over HTTP. */
package com.benchcrm.function.httpapi.requirement;
