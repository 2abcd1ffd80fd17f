package com.benchcrm.tenancy;

import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Role;
import java.util.Set;
import java.util.UUID;

/** Port: the users of the {@link Tx}'s tenant, keyed by e-mail address (stored in lower case). */
public interface UserRepository {

    /**
     * Creates the user with {@code newId}, or replaces the roles of the user with this e-mail.
     *
     * @return the user's id (the existing one when the user was there)
     */
    UUID ensure(Tx tx, UUID newId, String email, Set<Role> roles);
}
