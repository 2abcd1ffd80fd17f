package com.benchcrm.user;

import com.benchcrm.common.Validator;
import com.benchcrm.security.Role;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code PATCH /v1/users/{id}}: a new role, a new status ({@code DEACTIVATED} to deactivate,
 * {@code ACTIVE} to reactivate), or both. Absent fields stay as they are.
 */
public record UserChange(String role, String status) {

    public void validate() {
        Validator v = new Validator();
        v.check(role != null || status != null, "/", "name a role, a status or both");
        if (role != null) {
            v.check(role(role).isPresent(), "/role", "must be one of " + Arrays.toString(Role.values()));
        }
        if (status != null) {
            v.check(
                    "ACTIVE".equals(status) || "DEACTIVATED".equals(status),
                    "/status",
                    "must be ACTIVE (reactivate) or DEACTIVATED (deactivate)");
        }
        v.throwIfInvalid();
    }

    public Optional<Role> newRole() {
        return role == null ? Optional.empty() : role(role);
    }

    public Optional<UserStatus> newStatus() {
        return status == null ? Optional.empty() : Optional.of(UserStatus.valueOf(status));
    }

    /** A role by its exact name (the API is case-sensitive, unlike token parsing). */
    static Optional<Role> role(String name) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
