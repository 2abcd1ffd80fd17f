/** {@code /v1/users}: the Owner/Admin screen's API to invite users, change roles, deactivate and reactivate. */
@NullMarked
package com.benchcrm.function.httpapi.user;

import org.jspecify.annotations.NullMarked;
