package com.benchcrm.user;

import com.benchcrm.common.Validator;
import com.benchcrm.security.Role;
import java.util.Arrays;
import java.util.Locale;

/** {@code POST /v1/users}: whom to invite, what to call them and with which role. */
public record UserInvite(String email, String name, String role) {

    public static final int MAX_NAME = 200;

    /** Shape rules (all problems at once); who may grant which role is {@link Users}'. */
    public void validate() {
        Validator v = new Validator();
        v.required("/email", email, 254).email("/email", email == null ? null : email.trim());
        v.required("/name", name, MAX_NAME);
        v.required("/role", role, 20);
        if (role != null && !role.isBlank()) {
            v.check(UserChange.role(role).isPresent(), "/role", "must be one of " + Arrays.toString(Role.values()));
        }
        v.throwIfInvalid();
    }

    /** The e-mail as stored: trimmed, lower case (one user per address and tenant). */
    public String normalizedEmail() {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
