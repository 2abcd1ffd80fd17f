package com.benchcrm.common;

/** Where a consultant lives or a requirement is based; country is ISO 3166-1 alpha-2. */
public record Location(String city, String state, String country) {

    public void validate(String prefix, Validator v) {
        v.maxLength(prefix + "/city", city, 100);
        v.maxLength(prefix + "/state", state, 100);
        v.country(prefix + "/country", country);
    }
}
