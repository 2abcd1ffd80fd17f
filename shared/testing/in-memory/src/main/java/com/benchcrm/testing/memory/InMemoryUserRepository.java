package com.benchcrm.testing.memory;

import com.benchcrm.common.ConflictException;
import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.security.Caller;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.user.User;
import com.benchcrm.user.UserRepository;
import com.benchcrm.user.UserStatus;
import com.benchcrm.user.Users;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link UserRepository} in a map per tenant; every write is one synchronized step (the PostgreSQL
 * one's tenant lock), and its audit entries are kept in {@link #audit()}. A failure inside the
 * change or the in-transaction work leaves the stored user as it was (rollback).
 *
 * <pre>{@code
 * InMemoryUserRepository repository = new InMemoryUserRepository();
 * Users users = new Users(repository, IdentityDirectory.NONE, ActiveUsers.NONE, ids, clock);
 * }</pre>
 */
public final class InMemoryUserRepository implements UserRepository {

    /** One audit entry as the PostgreSQL repository writes it. */
    public record AuditEntry(TenantId tenant, String actor, String action, UUID userId, User before, User after) {
    }

    private final Map<TenantId, Map<UUID, User>> users = new LinkedHashMap<>();
    private final List<AuditEntry> audit = new ArrayList<>();

    /** Puts a user in place without auditing (test setup: what the deployment or the CLI made). */
    public synchronized User seed(TenantId tenant, User user) {
        tenant(tenant).put(user.id(), user);
        return user;
    }

    public synchronized List<AuditEntry> audit() {
        return List.copyOf(audit);
    }

    @Override
    public synchronized Page<User> list(TenantId tenant, PageRequest page) {
        List<User> rows = tenant(tenant).values().stream()
                .filter(u -> page.after().map(after -> u.id().compareTo(after) < 0).orElse(true))
                .sorted(Comparator.comparing(User::id).reversed())
                .limit(page.limit() + 1L)
                .toList();
        return Page.fromOverfetch(rows, page.limit(), Users.cursorKind(), User::id);
    }

    @Override
    public synchronized Optional<User> find(TenantId tenant, UUID id) {
        return Optional.ofNullable(tenant(tenant).get(id));
    }

    @Override
    public synchronized User insert(Caller actor, User user, String action, InTransaction inTransaction) {
        Map<UUID, User> tenantUsers = tenant(actor.tenant());
        if (tenantUsers.values().stream().anyMatch(u -> u.email().equals(user.email()))) {
            throw new ConflictException("duplicate", "the organization already has a user with this e-mail address");
        }
        inTransaction.run(user);
        tenantUsers.put(user.id(), user);
        audit.add(new AuditEntry(actor.tenant(), actor.userId(), action, user.id(), null, user));
        return user;
    }

    @Override
    public synchronized Optional<User> update(Caller actor, UUID id, Change change, InTransaction inTransaction) {
        Map<UUID, User> tenantUsers = tenant(actor.tenant());
        User current = tenantUsers.get(id);
        if (current == null) {
            return Optional.empty();
        }
        long owners = tenantUsers.values().stream().filter(User::isActiveOwner).count();
        User next = change.apply(current, owners);
        if (next.equals(current)) {
            return Optional.of(current);
        }
        inTransaction.run(next);
        tenantUsers.put(id, next);
        audit.add(new AuditEntry(actor.tenant(), actor.userId(), change.action(current, next), id, current, next));
        return Optional.of(next);
    }

    @Override
    public synchronized Optional<UserStatus> status(TenantId tenant, UUID id) {
        return find(tenant, id).map(User::status);
    }

    @Override
    public synchronized Optional<UserStatus> signedIn(TenantId tenant, UUID id, Instant at) {
        User u = tenant(tenant).get(id);
        if (u == null) {
            return Optional.empty();
        }
        if (u.status() == UserStatus.DEACTIVATED) {
            return Optional.of(u.status());
        }
        UserStatus status = u.status() == UserStatus.INVITED ? UserStatus.ACTIVE : u.status();
        User after = new User(u.id(), u.email(), u.name(), u.role(), status, u.invitedAt(), u.invitedBy(), u.createdAt(),
                u.updatedAt(), at, u.version());
        tenant(tenant).put(id, after);
        return Optional.of(status);
    }

    private Map<UUID, User> tenant(TenantId tenant) {
        return users.computeIfAbsent(tenant, t -> new LinkedHashMap<>());
    }
}
