/**
 * Cognito's pre-token-generation trigger (event version 2) for the console's user pool: puts the
 * tenant ({@code tenant_id}, {@code tenant}), the BenchCRM user id ({@code user_id}) and the roles
 * (the user's Cognito groups that name a role) into the access and ID tokens, so the HTTP API's JWT
 * authorizer and the function read them as they read the embedded provider's. A user without a
 * tenant is refused (the sign-in fails). Federated (SSO) users get the tenant of their identity
 * provider, looked up once per container in SSM Parameter Store, and that provider's default role.
 */
@NullMarked
package com.benchcrm.function.cognitopretoken;

import org.jspecify.annotations.NullMarked;
