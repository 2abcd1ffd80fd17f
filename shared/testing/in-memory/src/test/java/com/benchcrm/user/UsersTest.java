package com.benchcrm.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.ConflictException;
import com.benchcrm.common.Ids;
import com.benchcrm.common.PageRequest;
import com.benchcrm.common.ValidationException;
import com.benchcrm.security.Caller;
import com.benchcrm.security.ForbiddenException;
import com.benchcrm.security.Role;
import com.benchcrm.security.UnauthenticatedException;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.memory.InMemoryAuditRepository;
import com.benchcrm.testing.memory.InMemoryPersistence;
import com.benchcrm.testing.memory.InMemoryUserRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of /v1/users on the in-memory repository: roles, the last Owner, audit, the identity provider. */
class UsersTest {

    final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    final TenantId tenant = new TenantId(UUID.randomUUID());
    final List<String> told = new ArrayList<>();
    final IdentityDirectory identity = new IdentityDirectory() {
        @Override
        public void invited(TenantId t, User user) {
            told.add("invited " + user.email() + " " + user.role());
        }

        @Override
        public void changed(TenantId t, User before, User after) {
            told.add("changed " + after.email() + " " + after.role() + " " + after.status());
        }
    };
    InMemoryPersistence db;
    InMemoryUserRepository repository;
    ActiveUsers active;
    Users users;
    User owner;

    @BeforeEach
    void setUp() {
        db = InMemoryPersistence.create(clock);
        repository = db.users();
        active = new ActiveUsers(db.transactions(), repository, Duration.ofMinutes(5), clock);
        users = new Users(
                db.transactions(),
                repository,
                new AuditLog(db.transactions(), db.audit(), new Ids(clock), clock),
                identity,
                active,
                new Ids(clock),
                clock);
        owner = seed(user("owner@acme.example", Role.Owner, UserStatus.ACTIVE));
    }

    /** What the deployment or the CLI makes: a user in place, not audited. */
    private User seed(User u) {
        db.transactions().inTenant(tenant, tx -> {
            repository.insert(tx, u);
            return null;
        });
        return u;
    }

    private List<String> auditActions() {
        return db.transactions().inTenant(tenant, tx -> db.audit().all(tx)).stream()
                .map(InMemoryAuditRepository.Stored::entry)
                .filter(e -> e.entity().equals("user"))
                .map(e -> e.action())
                .toList();
    }

    private User stored(java.util.UUID id) {
        return db.transactions().inTenant(tenant, tx -> repository.find(tx, id)).orElseThrow();
    }

    @Test
    void invite_storesAnInvitedUser_auditsIt_andTellsTheIdentityProvider() {
        User invited = users.invite(as(owner), new UserInvite("  Ada@Acme.Example ", "Ada Lovelace", "Recruiter"));

        assertThat(invited.email()).isEqualTo("ada@acme.example");
        assertThat(invited.status()).isEqualTo(UserStatus.INVITED);
        assertThat(invited.invitedBy()).isEqualTo(owner.id().toString());
        assertThat(users.list(as(owner), PageRequest.first(10)).items())
                .extracting(User::id)
                .contains(invited.id(), owner.id());
        assertThat(auditActions()).containsExactly("user.invited");
        assertThat(told).containsExactly("invited ada@acme.example Recruiter");
    }

    @Test
    void invite_sameEmailTwice_isAConflict_andBadInputIsAllReportedAtOnce() {
        users.invite(as(owner), new UserInvite("ada@acme.example", "Ada", "Sales"));
        assertThatThrownBy(() -> users.invite(as(owner), new UserInvite("ADA@acme.example", "Ada again", "Sales")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> users.invite(as(owner), new UserInvite("not-an-email", " ", "Superuser")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationException.FieldError::field)
                                .containsExactlyInAnyOrder("/email", "/name", "/role"));
    }

    @Test
    void anAdmin_cannotInviteOrMakeAnOwner_norChangeOne_butAnOwnerCan() {
        User admin = seed(user("admin@acme.example", Role.Admin, UserStatus.ACTIVE));
        User recruiter = seed(user("rec@acme.example", Role.Recruiter, UserStatus.ACTIVE));

        assertThatThrownBy(() -> users.invite(as(admin), new UserInvite("o2@acme.example", "O2", "Owner")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> users.change(as(admin), recruiter.id(), new UserChange("Owner", null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> users.change(as(admin), owner.id(), new UserChange(null, "DEACTIVATED")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(users.change(as(admin), recruiter.id(), new UserChange("Sales", null))
                        .role())
                .isEqualTo(Role.Sales);
        assertThat(users.change(as(owner), recruiter.id(), new UserChange("Owner", null))
                        .role())
                .isEqualTo(Role.Owner);
        assertThat(auditActions()).containsExactly("user.role-changed", "user.role-changed");
    }

    @Test
    void otherRoles_cannotManageUsers() {
        for (Role role : new Role[] {Role.Recruiter, Role.Sales, Role.Analyst, Role.ReadOnly}) {
            Caller caller = new Caller(tenant, UUID.randomUUID().toString(), Set.of(role), "t");
            assertThatThrownBy(() -> users.list(caller, PageRequest.first(10)))
                    .as(role.name())
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> users.invite(caller, new UserInvite("x@acme.example", "X", "ReadOnly")))
                    .as(role.name())
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @Test
    void theLastActiveOwner_cannotBeDemotedOrDeactivated_untilThereIsAnother() {
        User second = seed(user("second@acme.example", Role.Owner, UserStatus.INVITED));

        assertThatThrownBy(() -> users.change(as(second), owner.id(), new UserChange("Admin", null)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationException.FieldError::field)
                                .containsExactly("/role"));
        assertThatThrownBy(() -> users.change(as(second), owner.id(), new UserChange(null, "DEACTIVATED")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationException.FieldError::field)
                                .containsExactly("/status"));
        assertThat(auditActions()).isEmpty();

        db.transactions()
                .inTenant(tenant, tx -> repository.signedIn(tx, second.id(), clock.instant())); // now two active Owners
        assertThat(users.change(as(second), owner.id(), new UserChange("Admin", null))
                        .role())
                .isEqualTo(Role.Admin);
    }

    @Test
    void nobody_canDeactivateThemselves() {
        User admin = seed(user("admin@acme.example", Role.Admin, UserStatus.ACTIVE));
        assertThatThrownBy(() -> users.change(as(admin), admin.id(), new UserChange(null, "DEACTIVATED")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void deactivate_refusesTheUsersTokensAtOnce_reactivateRestoresThem_eachAuditedAndToldToTheProvider() {
        User rec = seed(user("rec@acme.example", Role.Recruiter, UserStatus.ACTIVE));
        Caller recCaller = as(rec);
        active.require(recCaller); // remembered as allowed for 5 minutes

        User off = users.change(as(owner), rec.id(), new UserChange(null, "DEACTIVATED"));
        assertThat(off.status()).isEqualTo(UserStatus.DEACTIVATED);
        assertThatThrownBy(() -> active.require(recCaller)).isInstanceOf(UnauthenticatedException.class);

        User on = users.change(as(owner), rec.id(), new UserChange(null, "ACTIVE"));
        assertThat(on.status()).isEqualTo(UserStatus.ACTIVE);
        active.require(recCaller);
        assertThat(auditActions())
                .containsExactlyInAnyOrder(
                        "user.deactivated", "user.reactivated"); // same instant: ids order them arbitrarily
        assertThat(told)
                .containsExactly(
                        "changed rec@acme.example Recruiter DEACTIVATED", "changed rec@acme.example Recruiter ACTIVE");
    }

    @Test
    void reactivatingAUserWhoNeverSignedIn_makesItInvitedAgain_andANoOpChangeIsNotAudited() {
        User invited = users.invite(as(owner), new UserInvite("new@acme.example", "New", "Sales"));
        users.change(as(owner), invited.id(), new UserChange(null, "DEACTIVATED"));
        assertThat(users.change(as(owner), invited.id(), new UserChange(null, "ACTIVE"))
                        .status())
                .isEqualTo(UserStatus.INVITED);
        int entries = auditActions().size();
        users.change(as(owner), invited.id(), new UserChange("Sales", "ACTIVE"));
        assertThat(auditActions()).hasSize(entries);
    }

    @Test
    void activeUsers_letsUnknownAndNonUuidSubjectsThrough_andMarksAnInvitedUserActiveOnFirstRequest() {
        active.require(new Caller(tenant, "service-token", Set.of(Role.Admin), "t"));
        active.require(new Caller(tenant, UUID.randomUUID().toString(), Set.of(Role.Admin), "t"));
        User invited = users.invite(as(owner), new UserInvite("first@acme.example", "First", "Analyst"));

        active.require(as(invited));

        assertThat(stored(invited.id()).status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(stored(invited.id()).lastSignInAt()).isEqualTo(clock.instant());
    }

    @Test
    void aUserOfAnotherTenant_isNotFound() {
        TenantId other = new TenantId(UUID.randomUUID());
        Caller otherOwner = new Caller(other, UUID.randomUUID().toString(), Set.of(Role.Owner), "t");
        assertThatThrownBy(() -> users.change(otherOwner, owner.id(), new UserChange("Admin", null)))
                .isInstanceOf(com.benchcrm.common.NotFoundException.class);
        assertThat(users.list(otherOwner, PageRequest.first(10)).items()).isEmpty();
    }

    private Caller as(User user) {
        return new Caller(tenant, user.id().toString(), Set.of(user.role()), "trace");
    }

    private User user(String email, Role role, UserStatus status) {
        Instant now = clock.instant();
        return new User(UUID.randomUUID(), email, email, role, status, null, null, now, now, null, 1);
    }
}
