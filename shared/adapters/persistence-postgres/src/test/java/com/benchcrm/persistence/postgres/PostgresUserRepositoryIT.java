package com.benchcrm.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.ConflictException;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.common.ValidationException;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.local.postgres.TestDatabase;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import com.benchcrm.user.ActiveUsers;
import com.benchcrm.user.IdentityDirectory;
import com.benchcrm.user.User;
import com.benchcrm.user.UserChange;
import com.benchcrm.user.UserInvite;
import com.benchcrm.user.UserStatus;
import com.benchcrm.user.Users;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The users store on a real PostgreSQL as the application role (forced row-level security): the
 * V8 columns, audit rows in the same transaction, the duplicate e-mail, the last-Owner rule under
 * concurrent demotions, pagination, and another tenant seeing nothing.
 */
class PostgresUserRepositoryIT {

    static JdbcSqlPort app;
    static JdbcSqlPort owner;
    static PostgresPersistence db;
    static com.benchcrm.user.UserRepository repository;
    static Users users;
    static final Clock CLOCK = Clock.systemUTC();

    @BeforeAll
    static void start() {
        LocalPostgres pg = TestDatabase.get();
        app = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().appRole(), pg.roles().appPassword(), 4);
        owner = JdbcSqlPort.connect(
                pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 1);
        Ids ids = new Ids(CLOCK);
        db = PostgresPersistence.over(app);
        repository = db.users();
        users = new Users(
                db.transactions(),
                repository,
                new AuditLog(db.transactions(), db.audit(), ids, CLOCK),
                IdentityDirectory.NONE,
                new ActiveUsers(db.transactions(), repository, Duration.ofSeconds(30), CLOCK),
                ids,
                CLOCK);
    }

    static java.util.Optional<User> find(TenantId tenant, UUID id) {
        return db.transactions().inTenant(tenant, tx -> repository.find(tx, id));
    }

    static java.util.Optional<UserStatus> status(TenantId tenant, UUID id) {
        return find(tenant, id).map(User::status);
    }

    static java.util.Optional<UserStatus> signedIn(TenantId tenant, UUID id) {
        return db.transactions().inTenant(tenant, tx -> repository.signedIn(tx, id, CLOCK.instant()));
    }

    static Page<User> list(TenantId tenant, PageRequest page) {
        return Page.fromOverfetch(
                db.transactions().inTenant(tenant, tx -> repository.list(tx, page.after(), page.limit() + 1)),
                page.limit(),
                Users.cursorKind(),
                User::id);
    }

    static TenantId tenant(String prefix) {
        PostgresPersistence asOwner = PostgresPersistence.over(owner);
        return new TenantDirectory(asOwner.transactions(), asOwner.tenants())
                .ensure(new TenantSlug(prefix + "-" + Long.toString(System.nanoTime(), 36)), prefix);
    }

    static Caller firstOwner(TenantId tenant) {
        // What the deployment or `./benchcrm token` makes: an active Owner, not invited.
        UUID id = new com.benchcrm.tenancy.UserDirectory(db.transactions(), db.users(), new Ids(CLOCK))
                .ensure(tenant, "owner@acme.example", Set.of(Role.Owner));
        return new Caller(tenant, id.toString(), Set.of(Role.Owner), "trace-users-it");
    }

    @Test
    void invite_thenRead_listAndStatus_roundTripEveryColumn_andTheAuditRowIsWritten() {
        TenantId tenant = tenant("users");
        Caller ownerCaller = firstOwner(tenant);
        User invited = users.invite(ownerCaller, new UserInvite("Ada@Acme.example", "Ada Lovelace", "Recruiter"));

        User read = find(tenant, invited.id()).orElseThrow();
        assertThat(read.email()).isEqualTo("ada@acme.example");
        assertThat(read.name()).isEqualTo("Ada Lovelace");
        assertThat(read.role()).isEqualTo(Role.Recruiter);
        assertThat(read.status()).isEqualTo(UserStatus.INVITED);
        assertThat(read.invitedBy()).isEqualTo(ownerCaller.userId());
        assertThat(read.invitedAt()).isNotNull();
        assertThat(read.lastSignInAt()).isNull();
        assertThat(status(tenant, invited.id())).contains(UserStatus.INVITED);
        List<com.benchcrm.sql.Row> auditRows = owner.inTenant(
                tenant,
                s -> s.query(
                        "select action, actor_id from audit_log where tenant_id = :t and entity = 'user' and entity_id = :id",
                        SqlParams.of("t", tenant.value()).and("id", invited.id())));
        assertThat(auditRows).singleElement().satisfies(r -> {
            assertThat(r.string("action")).isEqualTo("user.invited");
            assertThat(r.string("actor_id")).isEqualTo(ownerCaller.userId());
        });

        assertThat(signedIn(tenant, invited.id())).contains(UserStatus.ACTIVE);
        assertThat(find(tenant, invited.id()).orElseThrow().lastSignInAt()).isNotNull();
    }

    @Test
    void sameEmailTwice_isADuplicateConflict() {
        TenantId tenant = tenant("users-dup");
        Caller ownerCaller = firstOwner(tenant);
        users.invite(ownerCaller, new UserInvite("bob@acme.example", "Bob", "Sales"));
        assertThatThrownBy(() -> users.invite(ownerCaller, new UserInvite("BOB@acme.example", "Bob", "Sales")))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.reason()).isEqualTo("duplicate"));
    }

    @Test
    void deactivate_setsStatusAndTime_reactivateClearsIt_andADeactivatedUsersSignInChangesNothing() {
        TenantId tenant = tenant("users-deact");
        Caller ownerCaller = firstOwner(tenant);
        User rec = users.invite(ownerCaller, new UserInvite("rec@acme.example", "Rec", "Recruiter"));
        signedIn(tenant, rec.id());

        users.change(ownerCaller, rec.id(), new UserChange(null, "DEACTIVATED"));
        assertThat(status(tenant, rec.id())).contains(UserStatus.DEACTIVATED);
        assertThat(owner.inTenant(
                                tenant,
                                s -> s.queryOne(
                                        "select deactivated_at from app_user where tenant_id = :t and id = :id",
                                        SqlParams.of("t", tenant.value()).and("id", rec.id())))
                        .orElseThrow()
                        .instant("deactivated_at"))
                .isNotNull();
        assertThat(signedIn(tenant, rec.id())).contains(UserStatus.DEACTIVATED);

        User back = users.change(ownerCaller, rec.id(), new UserChange("Analyst", "ACTIVE"));
        assertThat(back.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(back.role()).isEqualTo(Role.Analyst);
        assertThat(back.version()).isEqualTo(rec.version() + 2);
    }

    @Test
    void twoOwnersDemotingEachOtherAtOnce_leaveOneActiveOwner() throws Exception {
        TenantId tenant = tenant("users-race");
        Caller a = firstOwner(tenant);
        User b = users.invite(a, new UserInvite("b@acme.example", "B", "Owner"));
        signedIn(tenant, b.id());
        Caller bCaller = new Caller(tenant, b.id().toString(), Set.of(Role.Owner), "t");

        List<Throwable> refused = new ArrayList<>();
        {
            CompletableFuture<?> one =
                    CompletableFuture.runAsync(() -> users.change(a, b.id(), new UserChange("Admin", null)));
            CompletableFuture<?> two = CompletableFuture.runAsync(
                    () -> users.change(bCaller, UUID.fromString(a.userId()), new UserChange("Admin", null)));
            for (CompletableFuture<?> f : List.of(one, two)) {
                try {
                    f.join();
                } catch (java.util.concurrent.CompletionException e) {
                    refused.add(e.getCause());
                }
            }
        }
        assertThat(refused).singleElement().isInstanceOf(ValidationException.class);
        long owners = owner.inTenant(
                        tenant,
                        s -> s.queryOne(
                                "select count(*) as n from app_user where tenant_id = :t and status = 'ACTIVE' and 'Owner' = any (roles)",
                                SqlParams.of("t", tenant.value())))
                .orElseThrow()
                .longValue("n");
        assertThat(owners).isEqualTo(1);
    }

    @Test
    void list_pagesNewestFirst() {
        TenantId tenant = tenant("users-page");
        Caller ownerCaller = firstOwner(tenant);
        for (int i = 0; i < 5; i++) {
            users.invite(ownerCaller, new UserInvite("u" + i + "@acme.example", "U" + i, "ReadOnly"));
        }
        Page<User> first = list(tenant, PageRequest.first(4));
        assertThat(first.items()).hasSize(4);
        assertThat(first.items().get(0).email()).isEqualTo("u4@acme.example");
        Page<User> second = list(
                tenant,
                PageRequest.parse(Users.cursorKind(), "4", first.nextCursor().orElseThrow()));
        assertThat(second.items()).extracting(User::email).containsExactly("u0@acme.example", "owner@acme.example");
        assertThat(second.nextCursor()).isEmpty();
    }

    @Test
    void anotherTenant_seesNoneOfTheUsers_andCannotChangeThem() {
        TenantId tenant = tenant("users-iso-a");
        Caller ownerA = firstOwner(tenant);
        User rec = users.invite(ownerA, new UserInvite("rec@acme.example", "Rec", "Recruiter"));
        TenantId other = tenant("users-iso-b");
        Caller ownerB = firstOwner(other);

        assertThat(find(other, rec.id())).isEmpty();
        assertThat(status(other, rec.id())).isEmpty();
        assertThat(list(other, PageRequest.first(50)).items())
                .extracting(User::id)
                .doesNotContain(rec.id());
        assertThatThrownBy(() -> users.change(ownerB, rec.id(), new UserChange("Admin", null)))
                .isInstanceOf(com.benchcrm.common.NotFoundException.class);
        assertThat(signedIn(other, rec.id())).isEmpty();
        // and without the tenant predicate, row-level security alone hides them
        List<com.benchcrm.sql.Row> visible =
                app.inTenant(other, s -> s.query("select id from app_user", SqlParams.none()));
        assertThat(visible).extracting(r -> r.uuid("id")).doesNotContain(rec.id());
        assertThat(find(tenant, rec.id())).isPresent();
    }
}
