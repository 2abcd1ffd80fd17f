/** The users of a tenant in {@code app_user}: {@link com.benchcrm.persistence.user.PostgresUserRepository}. */
package com.benchcrm.persistence.user;
