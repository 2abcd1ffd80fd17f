package com.benchcrm.security;

/**
 * Port: turns a bearer token into a {@link Caller}, or refuses it.
 *
 * <p>Implementations check the signature against the issuer's published keys, the issuer, the
 * audience and the expiry, and reject {@code alg: none}. The tenant and roles come only from the
 * verified claims.
 *
 * <pre>{@code
 * Caller caller = verifier.verify(bearerToken, traceId); // throws UnauthenticatedException
 * caller.require(Permission.CONSULTANT_WRITE);            // throws ForbiddenException
 * }</pre>
 */
public interface TokenVerifier {

    Caller verify(String bearerToken, String traceId);
}
