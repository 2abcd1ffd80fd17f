package com.benchcrm.user;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.ConflictException;
import com.benchcrm.common.Ids;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.common.ValidationException;
import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.security.Caller;
import com.benchcrm.security.ForbiddenException;
import com.benchcrm.security.Permission;
import com.benchcrm.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The users of a tenant, as {@code /v1/users} manages them. Every call needs
 * {@link Permission#USER_MANAGE} (Owner, Admin). The rules:
 *
 * <ul>
 *   <li>only an Owner may invite an Owner, make someone an Owner, or change an Owner (an Admin gets
 *       403);</li>
 *   <li>the last active Owner of a tenant cannot be demoted or deactivated (422), and nobody can
 *       deactivate themselves;</li>
 *   <li>an e-mail address is one user per tenant (409 {@code duplicate});</li>
 *   <li>a deactivated user's tokens stop working ({@link ActiveUsers}) and the identity provider
 *       refuses it ({@link IdentityDirectory}); reactivating makes it active again (invited if it was
 *       invited and never signed in).</li>
 * </ul>
 * Every change is audited in its own transaction ({@code user.invited}, {@code user.role-changed},
 * {@code user.deactivated}, {@code user.reactivated}), and the identity provider is told inside it
 * (a refusal rolls the change back). Writes take the tenant's users lock, so the Owner count holds
 * under concurrent requests.
 *
 * <pre>{@code
 * User invited = users.invite(caller, new UserInvite("ada@acme.example", "Ada Lovelace", "Recruiter"));
 * users.change(caller, invited.id(), new UserChange(null, "DEACTIVATED"));
 * }</pre>
 */
public final class Users {

    static final String KIND = "user";

    private final Transactions transactions;
    private final UserRepository repository;
    private final AuditLog audit;
    private final IdentityDirectory identity;
    private final ActiveUsers activeUsers;
    private final Ids ids;
    private final Clock clock;

    public Users(
            Transactions transactions,
            UserRepository repository,
            AuditLog audit,
            IdentityDirectory identity,
            ActiveUsers activeUsers,
            Ids ids,
            Clock clock) {
        this.transactions = transactions;
        this.repository = repository;
        this.audit = audit;
        this.identity = identity;
        this.activeUsers = activeUsers;
        this.ids = ids;
        this.clock = clock;
    }

    public static String cursorKind() {
        return KIND;
    }

    public Page<User> list(Caller caller, PageRequest page) {
        caller.require(Permission.USER_MANAGE);
        List<User> rows =
                transactions.inTenant(caller.tenant(), tx -> repository.list(tx, page.after(), page.limit() + 1));
        return Page.fromOverfetch(rows, page.limit(), KIND, User::id);
    }

    public User get(Caller caller, UUID id) {
        caller.require(Permission.USER_MANAGE);
        return transactions
                .inTenant(caller.tenant(), tx -> repository.find(tx, id))
                .orElseThrow(() -> new NotFoundException(KIND, id));
    }

    public User invite(Caller caller, UserInvite invite) {
        caller.require(Permission.USER_MANAGE);
        invite.validate();
        Role role = UserChange.role(invite.role()).orElseThrow();
        if (role == Role.Owner) {
            requireOwner(caller, "only an Owner may invite an Owner");
        }
        Instant now = clock.instant();
        User user = new User(
                ids.next(),
                invite.normalizedEmail(),
                invite.name().trim(),
                role,
                UserStatus.INVITED,
                now,
                caller.userId(),
                now,
                now,
                null,
                1);
        try {
            return transactions.inTenant(caller.tenant(), tx -> {
                repository.lock(tx);
                if (repository.findByEmail(tx, user.email()).isPresent()) {
                    throw duplicate();
                }
                repository.insert(tx, user);
                audit.record(tx, caller, "user.invited", KIND, user.id(), null, user);
                identity.invited(caller.tenant(), user);
                return user;
            });
        } catch (DuplicateKeyException e) {
            throw duplicate();
        }
    }

    /** Changes the role, the status, or both (one audit entry per call; none when nothing changes). */
    public User change(Caller caller, UUID id, UserChange change) {
        caller.require(Permission.USER_MANAGE);
        change.validate();
        Optional<Role> newRole = change.newRole();
        Optional<UserStatus> newStatus = change.newStatus();
        if (newRole.equals(Optional.of(Role.Owner))) {
            requireOwner(caller, "only an Owner may make someone an Owner");
        }
        Instant now = clock.instant();
        User saved = transactions.inTenant(caller.tenant(), tx -> {
            repository.lock(tx);
            User current = repository.find(tx, id).orElseThrow(() -> new NotFoundException(KIND, id));
            User next = apply(caller, current, newRole, newStatus, repository.activeOwners(tx), now);
            if (next.equals(current)) {
                return current;
            }
            repository.update(tx, next);
            audit.record(tx, caller, action(current, next), KIND, id, current, next);
            identity.changed(caller.tenant(), current, next);
            return next;
        });
        activeUsers.forget(caller.tenant(), id);
        return saved;
    }

    /** The rules of a change; {@code current} itself when nothing changes. */
    private static User apply(
            Caller caller,
            User current,
            Optional<Role> newRole,
            Optional<UserStatus> newStatus,
            long activeOwners,
            Instant now) {
        if (current.role() == Role.Owner) {
            requireOwner(caller, "only an Owner may change an Owner");
        }
        User next = current;
        if (newRole.isPresent() && newRole.get() != current.role()) {
            next = next.withRole(newRole.get());
        }
        if (newStatus.isPresent()) {
            next = switch (newStatus.get()) {
                case DEACTIVATED ->
                    current.status() == UserStatus.DEACTIVATED ? next : next.withStatus(UserStatus.DEACTIVATED);
                case ACTIVE ->
                    current.status() != UserStatus.DEACTIVATED
                            ? next
                            : next.withStatus(
                                    current.invitedAt() != null && current.lastSignInAt() == null
                                            ? UserStatus.INVITED
                                            : UserStatus.ACTIVE);
                case INVITED -> throw new IllegalStateException("not a target status");
            };
        }
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (current.isActiveOwner() && !next.isActiveOwner() && activeOwners <= 1) {
            errors.add(new ValidationException.FieldError(
                    next.role() != Role.Owner ? "/role" : "/status",
                    "this is the tenant's last active Owner; make another user an Owner first"));
        }
        if (next.status() == UserStatus.DEACTIVATED
                && current.status() != UserStatus.DEACTIVATED
                && current.id().toString().equals(caller.userId())) {
            errors.add(new ValidationException.FieldError("/status", "you cannot deactivate yourself"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return next.equals(current) ? current : next.nextVersion(now);
    }

    /** The audit action of a change. */
    static String action(User before, User after) {
        if (before.status() != after.status()) {
            return after.status() == UserStatus.DEACTIVATED ? "user.deactivated" : "user.reactivated";
        }
        return "user.role-changed";
    }

    private static void requireOwner(Caller caller, String why) {
        if (!caller.roles().contains(Role.Owner)) {
            throw new ForbiddenException(Permission.USER_MANAGE, why);
        }
    }

    private static ConflictException duplicate() {
        return new ConflictException("duplicate", "the organization already has a user with this e-mail address");
    }
}
