/** {@code /v1/consultants}: the bench over HTTP. */
package com.benchcrm.function.httpapi.consultant;
