package com.benchcrm.extraction;

/** A place: city (may be null), state or province code, ISO 3166-1 alpha-2 country. */
public record ExtractedLocation(String city, String state, String country, String source) {

    public ExtractedLocation {
        source = source != null && source.length() > Sourced.MAX_SOURCE
                ? source.substring(0, Sourced.MAX_SOURCE)
                : source;
    }
}
