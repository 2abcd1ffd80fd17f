/**
 * The embedded stack's OpenID Connect provider: discovery, the authorization endpoint with a local
 * sign-in page (pick a tenant, one of its users, a role), the token endpoint (authorization code with
 * PKCE, rotating refresh tokens) and end-session. The protocol messages are Nimbus' OAuth 2.0 SDK's;
 * tokens are signed with the stack's issuer key, so the HTTP API function verifies them exactly as it
 * verifies {@code ./benchcrm token}'s. Loopback only. ADR 0060.
 */
@NullMarked
package com.benchcrm.local.oidc;

import org.jspecify.annotations.NullMarked;
