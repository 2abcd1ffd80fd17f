package com.benchcrm.extraction;

/**
 * The AI adapter could not give a valid answer: {@code reason} is a stable code
 * ({@code daily-token-cap}, {@code timeout}, {@code throttled}, {@code invalid-output},
 * {@code service-error}, {@link #NOT_CONFIGURED}) and the message says what happened, without the text extracted from.
 */
public final class AiUnavailableException extends RuntimeException {

    /** The reason when no AI model is configured at all (the deterministic extractor alone). */
    public static final String NOT_CONFIGURED = "ai-not-configured";

    private final String reason;

    public AiUnavailableException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public AiUnavailableException(String reason, String message) {
        this(reason, message, null);
    }

    public String reason() {
        return reason;
    }
}
