package com.benchcrm.mail;

import java.util.Locale;

/** A mailbox: display name (may be null) and address (lower case). */
public record MailAddress(String name, String email) {

    public MailAddress {
        email = email == null ? null : email.trim().toLowerCase(Locale.ROOT);
        name = name == null || name.isBlank() ? null : name.trim();
    }

    /** The domain part of the address, or null. */
    public String domain() {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at < 0 ? null : email.substring(at + 1);
    }

    /** The local part ({@code acme} of {@code acme@ingest.localhost}), or null. */
    public String localPart() {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at < 0 ? email : email.substring(0, at);
    }
}
