/**
 * The users of a tenant: who may sign in, with which role, and whether they still may.
 *
 * <p>{@link com.benchcrm.user.Users} holds the rules of {@code /v1/users} (invite, change a role,
 * deactivate, reactivate; Owner/Admin only, an Admin cannot make or change an Owner, the last active
 * Owner stays); {@link com.benchcrm.user.UserRepository} is the port its store implements inside the
 * core's {@code Transactions} (PostgreSQL in {@code benchcrm-persistence-postgres}, in memory in
 * {@code benchcrm-test-fixtures}); {@link com.benchcrm.user.IdentityDirectory}
 * tells the identity provider (Cognito in AWS; nothing to tell locally, where the embedded provider
 * reads the same table); {@link com.benchcrm.user.ActiveUsers} is the request-path check that makes a
 * deactivated user's tokens stop working.
 */
@NullMarked
package com.benchcrm.user;

import org.jspecify.annotations.NullMarked;
