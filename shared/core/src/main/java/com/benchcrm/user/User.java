package com.benchcrm.user;

import com.benchcrm.security.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One user of a tenant. Its {@code id} is the subject ({@code sub}) of the tokens the embedded
 * provider issues and the {@code user_id} claim Cognito's tokens carry.
 *
 * @param name         the display name (absent for users made by {@code ./benchcrm token})
 * @param invitedBy    who invited the user (a user id), absent for users the deployment or the CLI made
 * @param lastSignInAt the first request or sign-in after the invitation sets it
 */
public record User(
        UUID id,
        String email,
        String name,
        Role role,
        UserStatus status,
        Instant invitedAt,
        String invitedBy,
        Instant createdAt,
        Instant updatedAt,
        Instant lastSignInAt,
        long version) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
    }

    public boolean isActiveOwner() {
        return role == Role.Owner && status == UserStatus.ACTIVE;
    }

    public User withRole(Role newRole) {
        return new User(
                id, email, name, newRole, status, invitedAt, invitedBy, createdAt, updatedAt, lastSignInAt, version);
    }

    public User withName(String newName) {
        return new User(
                id, email, newName, role, status, invitedAt, invitedBy, createdAt, updatedAt, lastSignInAt, version);
    }

    User withStatus(UserStatus newStatus) {
        return new User(
                id, email, name, role, newStatus, invitedAt, invitedBy, createdAt, updatedAt, lastSignInAt, version);
    }

    /** The next version of this user, changed at {@code at}. */
    User nextVersion(Instant at) {
        return new User(id, email, name, role, status, invitedAt, invitedBy, createdAt, at, lastSignInAt, version + 1);
    }
}
