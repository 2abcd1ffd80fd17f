package com.benchcrm.tenancy;

import java.util.regex.Pattern;

/** A tenant's short name: lower-case letters, digits and dashes, 2 to 63 characters (a DNS label). */
public record TenantSlug(String value) {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");

    public TenantSlug {
        if (value == null || !SLUG.matcher(value).matches() || value.endsWith("-")) {
            throw new IllegalArgumentException(
                    "a tenant slug is 2-63 lower-case letters, digits or dashes, starting with a letter or digit: "
                            + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
