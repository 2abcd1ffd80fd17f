package com.benchcrm.schema;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The database, the owner role (owns every object, runs migrations) and the application role
 * (what functions connect as; owns nothing).
 */
public record DatabaseRoles(String database, String ownerRole, String ownerPassword, String appRole, String appPassword) {

    private static final Pattern IDENTIFIER = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");
    private static final Pattern PASSWORD = Pattern.compile("^[A-Za-z0-9_\\-]{16,128}$");

    public static final String DEFAULT_DATABASE = "benchcrm";
    public static final String DEFAULT_OWNER = "benchcrm_owner";
    public static final String DEFAULT_APP = "benchcrm_app";

    public DatabaseRoles {
        for (String id : new String[] {database, ownerRole, appRole}) {
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
        if (Objects.equals(ownerRole, appRole)) {
            throw new IllegalArgumentException("the application role must differ from the owner role");
        }
    }

    public static DatabaseRoles defaults(String ownerPassword, String appPassword) {
        return new DatabaseRoles(DEFAULT_DATABASE, DEFAULT_OWNER, ownerPassword, DEFAULT_APP, appPassword);
    }

    @Override
    public String toString() {
        return "DatabaseRoles[database=" + database + ", owner=" + ownerRole + ", app=" + appRole + "]";
    }
}
