package com.benchcrm.extraction;

/** A person to talk to: the vendor's recruiter, usually from the signature. */
public record ExtractedContact(String name, String email, String phone, String source) {

    public ExtractedContact {
        source = source != null && source.length() > Sourced.MAX_SOURCE
                ? source.substring(0, Sourced.MAX_SOURCE)
                : source;
    }
}
