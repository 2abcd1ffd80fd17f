package com.benchcrm.testing.memory;

import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.UserRepository;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** {@link UserRepository} in memory: one user per tenant and e-mail. */
public final class InMemoryUserRepository implements UserRepository {

    /** A user row. */
    public record User(UUID id, String email, Set<Role> roles) {
    }

    private final Table<String, User> users;

    InMemoryUserRepository(InMemoryTransactions store) {
        this.users = store.table(String::compareTo);
    }

    @Override
    public UUID ensure(Tx tx, UUID newId, String email, Set<Role> roles) {
        Map<String, User> all = users.rows(tx);
        User current = all.get(email);
        User user = new User(current == null ? newId : current.id(), email, Set.copyOf(roles));
        all.put(email, user);
        return user.id();
    }

    /** The user with this e-mail (for tests). */
    public java.util.Optional<User> find(Tx tx, String email) {
        return java.util.Optional.ofNullable(users.rows(tx).get(email));
    }
}
