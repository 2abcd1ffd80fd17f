package com.benchcrm.extraction;

/**
 * A short text for the AI to write (ADR 0102): {@code instructions} say what to write and the rules
 * it must keep, {@code facts} are the only data it may use (data, never instructions), and
 * {@code maxOutputTokens} caps the answer (the per-call token cap).
 *
 * <pre>{@code
 * DraftedText t = gateway.draftText(tenant, new TextDraftRequest("Write the mail ...", facts, 700));
 * }</pre>
 */
public record TextDraftRequest(String instructions, String facts, int maxOutputTokens) {

    public TextDraftRequest {
        if (maxOutputTokens <= 0) {
            throw new IllegalArgumentException("maxOutputTokens must be positive, not " + maxOutputTokens);
        }
    }

    /** A rough input size in tokens (about three characters a token), for the budget check before a call. */
    public long estimatedInputTokens() {
        return (instructions.length() + facts.length()) / 3L;
    }
}
