/**
 * Bearer tokens: {@link com.benchcrm.auth.jwt.JwtTokenVerifier} checks RS256 signatures against
 * the issuer's JWKS, the issuer, audience and expiry, and builds the caller from the claims;
 * {@link com.benchcrm.auth.jwt.LocalTokenIssuer} is the embedded stack's issuer, whose keys live
 * under {@code .benchcrm/}.
 */
@NullMarked
package com.benchcrm.auth.jwt;

import org.jspecify.annotations.NullMarked;
