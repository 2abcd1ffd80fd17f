/**
 * Sign-in in AWS: {@link com.benchcrm.infra.identity.IdentityStack} holds the console's Cognito user
 * pool ({@link com.benchcrm.infra.identity.ConsoleUserPool}: hosted sign-in, the console's app client
 * with code + PKCE and no secret, the six role groups, MFA per the tenants file, each tenant's SSO
 * provider, and the pre-token-generation trigger that adds the tenant and roles to the tokens). The
 * HTTP API's JWT authorizer and function trust this pool when the tenants file has a {@code console}.
 */
@NullMarked
package com.benchcrm.infra.identity;

import org.jspecify.annotations.NullMarked;
