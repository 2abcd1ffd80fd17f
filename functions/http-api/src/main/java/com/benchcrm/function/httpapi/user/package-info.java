/** {@code /v1/users}: the Owner/Admin screen's API to invite users, change roles, deactivate and reactivate. */
package com.benchcrm.function.httpapi.user;
