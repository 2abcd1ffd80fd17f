package com.benchcrm.schema;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The database, the owner role (owns every object, runs migrations), the application role (what
 * functions connect as; owns nothing) and the relay role (what the outbox relay and the purge
 * connect as: it may execute only the cross-tenant definer functions, which the application role
 * may not; ADR 0059).
 *
 * <p>A relay password of {@code null} leaves the relay role without LOGIN (the five-argument
 * constructor, for callers that never run the relay).
 */
public record DatabaseRoles(String database, String ownerRole, String ownerPassword, String appRole, String appPassword,
                            String relayRole, String relayPassword) {

    private static final Pattern IDENTIFIER = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");
    private static final Pattern PASSWORD = Pattern.compile("^[A-Za-z0-9_\\-]{16,128}$");

    public static final String DEFAULT_DATABASE = "benchcrm";
    public static final String DEFAULT_OWNER = "benchcrm_owner";
    public static final String DEFAULT_APP = "benchcrm_app";
    public static final String DEFAULT_RELAY = "benchcrm_relay";

    public DatabaseRoles {
        for (String id : new String[] {database, ownerRole, appRole, relayRole}) {
            if (id == null || !IDENTIFIER.matcher(id).matches()) {
                throw new IllegalArgumentException("not a safe SQL identifier: " + id);
            }
        }
        // Passwords are hashed client-side (SCRAM) and never inlined; the alphabet rule keeps them
        // safe in connection strings and shell environments.
        for (String pw : new String[] {ownerPassword, appPassword}) {
            if (pw == null || !PASSWORD.matcher(pw).matches()) {
                throw new IllegalArgumentException("role passwords must be 16-128 characters of [A-Za-z0-9_-]");
            }
        }
        if (relayPassword != null && !PASSWORD.matcher(relayPassword).matches()) {
            throw new IllegalArgumentException("role passwords must be 16-128 characters of [A-Za-z0-9_-]");
        }
        if (Objects.equals(ownerRole, appRole)) {
            throw new IllegalArgumentException("the application role must differ from the owner role");
        }
        if (Objects.equals(relayRole, ownerRole) || Objects.equals(relayRole, appRole)) {
            throw new IllegalArgumentException("the relay role must differ from the owner and application roles");
        }
    }

    /** Without a relay login: the relay role {@value #DEFAULT_RELAY} exists but cannot connect. */
    public DatabaseRoles(String database, String ownerRole, String ownerPassword, String appRole, String appPassword) {
        this(database, ownerRole, ownerPassword, appRole, appPassword, DEFAULT_RELAY, null);
    }

    public static DatabaseRoles defaults(String ownerPassword, String appPassword) {
        return new DatabaseRoles(DEFAULT_DATABASE, DEFAULT_OWNER, ownerPassword, DEFAULT_APP, appPassword);
    }

    public static DatabaseRoles defaults(String ownerPassword, String appPassword, String relayPassword) {
        return new DatabaseRoles(DEFAULT_DATABASE, DEFAULT_OWNER, ownerPassword, DEFAULT_APP, appPassword, DEFAULT_RELAY, relayPassword);
    }

    /** Whether the relay role can log in (it has a password). */
    public boolean relayLogin() {
        return relayPassword != null;
    }

    @Override
    public String toString() {
        return "DatabaseRoles[database=" + database + ", owner=" + ownerRole + ", app=" + appRole + ", relay=" + relayRole + "]";
    }
}
