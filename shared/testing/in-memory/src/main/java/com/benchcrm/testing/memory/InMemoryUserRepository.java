package com.benchcrm.testing.memory;

import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Role;
import com.benchcrm.user.User;
import com.benchcrm.user.UserRepository;
import com.benchcrm.user.UserStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link UserRepository} in memory, stored as PostgreSQL stores it: times at microsecond precision,
 * the same unique e-mail key. {@link #lock} is a no-op: in-memory transactions already run one at a
 * time.
 */
public final class InMemoryUserRepository implements UserRepository {

    private final Table<UUID, User> rows;

    InMemoryUserRepository(InMemoryTransactions store) {
        this.rows = store.table(Uuids.ORDER);
    }

    /** The tenancy port's create-or-update by e-mail: a new user is active with these roles, an existing one gets them. */
    @Override
    public UUID ensure(Tx tx, UUID newId, String email, Set<Role> roles) {
        Map<UUID, User> all = rows.rows(tx);
        Role role = roles.stream().sorted().findFirst().orElse(Role.ReadOnly);
        Optional<User> current = findByEmail(tx, email);
        if (current.isPresent()) {
            User u = current.get();
            all.put(u.id(), u.withRole(role));
            return u.id();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        all.put(newId, new User(newId, email, null, role, UserStatus.ACTIVE, null, null, now, now, null, 1));
        return newId;
    }

    @Override
    public boolean nameIfUnnamed(Tx tx, UUID id, String name) {
        Map<UUID, User> all = rows.rows(tx);
        User u = all.get(id);
        if (u == null || u.name() != null) {
            return false;
        }
        all.put(id, u.withName(name));
        return true;
    }

    @Override
    public List<User> list(Tx tx, Optional<UUID> before, int limit) {
        var all = rows.rows(tx);
        var view = before.isPresent() ? all.headMap(before.get(), false) : all;
        return view.descendingMap().values().stream().limit(limit).toList();
    }

    @Override
    public Optional<User> find(Tx tx, UUID id) {
        return Optional.ofNullable(rows.rows(tx).get(id));
    }

    @Override
    public Optional<User> findByEmail(Tx tx, String email) {
        return rows.rows(tx).values().stream()
                .filter(u -> u.email().equals(email))
                .findFirst();
    }

    @Override
    public void insert(Tx tx, User user) {
        Map<UUID, User> all = rows.rows(tx);
        if (all.containsKey(user.id())) {
            throw new DuplicateKeyException("app_user_pkey");
        }
        if (all.values().stream().anyMatch(u -> u.email().equals(user.email()))) {
            throw new DuplicateKeyException(EMAIL_KEY);
        }
        all.put(user.id(), stored(user));
    }

    @Override
    public void update(Tx tx, User user) {
        Map<UUID, User> all = rows.rows(tx);
        User current = all.get(user.id());
        if (current != null) {
            all.put(
                    user.id(),
                    stored(new User(
                            current.id(),
                            current.email(),
                            current.name(),
                            user.role(),
                            user.status(),
                            current.invitedAt(),
                            current.invitedBy(),
                            current.createdAt(),
                            user.updatedAt(),
                            user.lastSignInAt(),
                            user.version())));
        }
    }

    @Override
    public long activeOwners(Tx tx) {
        return rows.rows(tx).values().stream().filter(User::isActiveOwner).count();
    }

    @Override
    public void lock(Tx tx) {
        rows.rows(tx); // opens (and checks) the transaction; in-memory transactions are serialized already
    }

    @Override
    public Optional<UserStatus> signedIn(Tx tx, UUID id, Instant at) {
        Map<UUID, User> all = rows.rows(tx);
        User u = all.get(id);
        if (u == null) {
            return Optional.empty();
        }
        if (u.status() == UserStatus.DEACTIVATED) {
            return Optional.of(u.status());
        }
        UserStatus status = u.status() == UserStatus.INVITED ? UserStatus.ACTIVE : u.status();
        all.put(
                id,
                stored(new User(
                        u.id(),
                        u.email(),
                        u.name(),
                        u.role(),
                        status,
                        u.invitedAt(),
                        u.invitedBy(),
                        u.createdAt(),
                        u.updatedAt(),
                        at,
                        u.version())));
        return Optional.of(status);
    }

    private static User stored(User u) {
        return new User(
                u.id(),
                u.email(),
                u.name(),
                u.role(),
                u.status(),
                micros(u.invitedAt()),
                u.invitedBy(),
                micros(u.createdAt()),
                micros(u.updatedAt()),
                micros(u.lastSignInAt()),
                u.version());
    }

    private static Instant micros(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
    }

    /** Every user of the tenant (the notifications read the active ones). */
    List<User> all(Tx tx) {
        return List.copyOf(rows.rows(tx).values());
    }
}
