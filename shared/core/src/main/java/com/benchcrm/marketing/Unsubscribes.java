package com.benchcrm.marketing;

import java.util.Optional;

/**
 * The public one-click unsubscribe (RFC 8058; {@code GET|POST /v1/unsubscribe/{token}}, no login):
 * the signed token names the tenant and the address; a valid one suppresses the address at once
 * (reason {@code UNSUBSCRIBED}), a second time changes nothing, and anything else is refused without
 * saying whether an address is known.
 */
public final class Unsubscribes {

    private final UnsubscribeTokens tokens;
    private final Suppressions suppressions;

    public Unsubscribes(UnsubscribeTokens tokens, Suppressions suppressions) {
        this.tokens = tokens;
        this.suppressions = suppressions;
    }

    /** Who the token would unsubscribe (for the confirmation page); empty for an invalid token. */
    public Optional<UnsubscribeTokens.Subject> check(String token) {
        return tokens.verify(token);
    }

    /** Suppresses the token's address; empty for an invalid token. */
    public Optional<UnsubscribeTokens.Subject> unsubscribe(String token) {
        Optional<UnsubscribeTokens.Subject> subject = tokens.verify(token);
        subject.ifPresent(s -> suppressions.suppress(
                s.tenant(), s.email(), SuppressionReason.UNSUBSCRIBED, "one-click unsubscribe", "unsubscribe-link"));
        return subject;
    }
}
