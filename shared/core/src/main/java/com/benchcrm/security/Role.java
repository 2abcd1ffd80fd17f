package com.benchcrm.security;

import java.util.Optional;

/** The roles of a tenant's users, from most to least privileged. */
public enum Role {
    Owner,
    Admin,
    Recruiter,
    Sales,
    Analyst,
    ReadOnly;

    /** Parses a role name as it appears in tokens; unknown names are ignored, not guessed. */
    public static Optional<Role> parse(String name) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
