package com.benchcrm.extraction;

/**
 * An extracted value and the text it came from (a line or phrase of the input, verbatim after
 * whitespace normalization), so a recruiter can see why a field says what it says.
 */
public record Sourced<T>(T value, String source) {

    /** Sources longer than this are cut (a line of an HTML mail can be a whole page). */
    public static final int MAX_SOURCE = 2000;

    public Sourced {
        if (source != null && source.length() > MAX_SOURCE) {
            source = source.substring(0, MAX_SOURCE);
        }
    }

    public static <T> Sourced<T> of(T value, String source) {
        return value == null ? null : new Sourced<>(value, source);
    }
}
