package com.benchcrm.user;

import com.benchcrm.common.Ids;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.common.ValidationException;
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
 * Every change is audited ({@code user.invited}, {@code user.role-changed}, {@code user.deactivated},
 * {@code user.reactivated}).
 *
 * <pre>{@code
 * User invited = users.invite(caller, new UserInvite("ada@acme.example", "Ada Lovelace", "Recruiter"));
 * users.change(caller, invited.id(), new UserChange(null, "DEACTIVATED"));
 * }</pre>
 */
public final class Users {

    static final String KIND = "user";

    private final UserRepository repository;
    private final IdentityDirectory identity;
    private final ActiveUsers activeUsers;
    private final Ids ids;
    private final Clock clock;

    public Users(UserRepository repository, IdentityDirectory identity, ActiveUsers activeUsers, Ids ids, Clock clock) {
        this.repository = repository;
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
        return repository.list(caller.tenant(), page);
    }

    public User get(Caller caller, UUID id) {
        caller.require(Permission.USER_MANAGE);
        return repository.find(caller.tenant(), id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    public User invite(Caller caller, UserInvite invite) {
        caller.require(Permission.USER_MANAGE);
        invite.validate();
        Role role = invite.role() == null ? null : UserChange.role(invite.role()).orElseThrow();
        if (role == Role.Owner) {
            requireOwner(caller, "only an Owner may invite an Owner");
        }
        Instant now = clock.instant();
        User user = new User(ids.next(), invite.normalizedEmail(), invite.name().trim(), role, UserStatus.INVITED, now,
                caller.userId(), now, now, null, 1);
        return repository.insert(caller, user, "user.invited", stored -> identity.invited(caller.tenant(), stored));
    }

    /** Changes the role, the status, or both (one audit entry per call). */
    public User change(Caller caller, UUID id, UserChange change) {
        caller.require(Permission.USER_MANAGE);
        change.validate();
        Optional<Role> newRole = change.newRole();
        Optional<UserStatus> newStatus = change.newStatus();
        if (newRole.equals(Optional.of(Role.Owner))) {
            requireOwner(caller, "only an Owner may make someone an Owner");
        }
        Instant now = clock.instant();
        java.util.concurrent.atomic.AtomicReference<User> before = new java.util.concurrent.atomic.AtomicReference<>();
        User saved = repository.update(caller, id, (current, activeOwners) -> {
            before.set(current);
            if (current.role() == Role.Owner) {
                requireOwner(caller, "only an Owner may change an Owner");
            }
            User next = current;
            if (newRole.isPresent() && newRole.get() != current.role()) {
                next = next.withRole(newRole.get());
            }
            if (newStatus.isPresent()) {
                next = switch (newStatus.get()) {
                    case DEACTIVATED -> current.status() == UserStatus.DEACTIVATED ? next : next.withStatus(UserStatus.DEACTIVATED);
                    case ACTIVE -> current.status() != UserStatus.DEACTIVATED ? next
                            : next.withStatus(current.invitedAt() != null && current.lastSignInAt() == null ? UserStatus.INVITED : UserStatus.ACTIVE);
                    case INVITED -> throw new IllegalStateException("not a target status");
                };
            }
            List<ValidationException.FieldError> errors = new ArrayList<>();
            if (current.isActiveOwner() && !next.isActiveOwner() && activeOwners <= 1) {
                errors.add(new ValidationException.FieldError(next.role() != Role.Owner ? "/role" : "/status",
                        "this is the tenant's last active Owner; make another user an Owner first"));
            }
            if (next.status() == UserStatus.DEACTIVATED && current.status() != UserStatus.DEACTIVATED
                    && current.id().toString().equals(caller.userId())) {
                errors.add(new ValidationException.FieldError("/status", "you cannot deactivate yourself"));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return next.equals(current) ? current : next.nextVersion(now);
        }, stored -> {
            if (!stored.equals(before.get())) {
                identity.changed(caller.tenant(), before.get(), stored);
            }
        }).orElseThrow(() -> new NotFoundException(KIND, id));
        activeUsers.forget(caller.tenant(), id);
        return saved;
    }

    private static void requireOwner(Caller caller, String why) {
        if (!caller.roles().contains(Role.Owner)) {
            throw new ForbiddenException(Permission.USER_MANAGE, why);
        }
    }
}
