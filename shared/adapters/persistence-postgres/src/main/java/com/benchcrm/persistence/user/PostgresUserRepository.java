package com.benchcrm.persistence.user;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.ConflictException;
import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlException;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.sql.SqlSession;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.user.User;
import com.benchcrm.user.UserRepository;
import com.benchcrm.user.UserStatus;
import com.benchcrm.user.Users;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link UserRepository} on {@code app_user} (V1, V8). Writes take a transaction-scoped advisory lock
 * per tenant's users first, so two requests that each demote one of two Owners cannot both see two
 * active Owners.
 *
 * <pre>{@code
 * UserRepository users = new PostgresUserRepository(sql, new AuditLog(sql, ids, clock));
 * }</pre>
 */
public final class PostgresUserRepository implements UserRepository {

    private static final String COLUMNS = """
            id, email, display_name, roles, status, invited_at, invited_by, created_at, updated_at, last_sign_in_at, version""";

    private final SqlPort sql;
    private final AuditLog audit;

    public PostgresUserRepository(SqlPort sql, AuditLog audit) {
        this.sql = sql;
        this.audit = audit;
    }

    @Override
    public Page<User> list(TenantId tenant, PageRequest page) {
        SqlParams params = SqlParams.of("tenant", tenant.value()).and("limit", page.limit() + 1);
        String after = "";
        if (page.after().isPresent()) {
            after = " and id < :after";
            params = params.and("after", page.after().get());
        }
        String query = "select " + COLUMNS + " from app_user where tenant_id = :tenant" + after + " order by id desc limit :limit";
        SqlParams p = params;
        List<User> rows = sql.inTenant(tenant, s -> s.query(query, p)).stream().map(PostgresUserRepository::user).toList();
        return Page.fromOverfetch(rows, page.limit(), Users.cursorKind(), User::id);
    }

    @Override
    public Optional<User> find(TenantId tenant, UUID id) {
        return sql.inTenant(tenant, s -> find(s, tenant, id));
    }

    @Override
    public User insert(Caller actor, User user, String action, InTransaction inTransaction) {
        try {
            return sql.inTenant(actor.tenant(), s -> {
                lock(s, actor.tenant());
                boolean taken = s.queryOne("select 1 as taken from app_user where tenant_id = :tenant and email = :email",
                        SqlParams.of("tenant", actor.tenant().value()).and("email", user.email())).isPresent();
                if (taken) {
                    throw duplicate();
                }
                s.update("""
                        insert into app_user (tenant_id, id, email, display_name, roles, status, invited_at, invited_by,
                                              created_at, updated_at, last_sign_in_at, version)
                        values (:tenant, :id, :email, :name, array[:role]::text[], :status, :invited_at, :invited_by,
                                :created_at, :updated_at, :last_sign_in_at, :version)""", params(actor.tenant(), user)
                        .and("created_at", user.createdAt()).and("invited_at", user.invitedAt()).and("invited_by", user.invitedBy()));
                audit.record(s, actor, action, "user", user.id(), null, user);
                inTransaction.run(user);
                return user;
            });
        } catch (SqlException e) {
            if ("23505".equals(e.sqlState())) {
                throw duplicate();
            }
            throw e;
        }
    }

    @Override
    public Optional<User> update(Caller actor, UUID id, Change change, InTransaction inTransaction) {
        return sql.inTenant(actor.tenant(), s -> {
            lock(s, actor.tenant());
            Optional<User> found = find(s, actor.tenant(), id);
            if (found.isEmpty()) {
                return Optional.<User>empty();
            }
            User current = found.get();
            long owners = s.queryOne("""
                    select count(*) as n from app_user
                    where tenant_id = :tenant and status = 'ACTIVE' and 'Owner' = any (roles)""",
                    SqlParams.of("tenant", actor.tenant().value())).orElseThrow().longValue("n");
            User next = change.apply(current, owners);
            if (next.equals(current)) {
                return Optional.of(current);
            }
            s.update("""
                    update app_user set roles = array[:role]::text[], status = :status, updated_at = :updated_at,
                           deactivated_at = case when :status = 'DEACTIVATED' then :updated_at else null end,
                           version = :version
                    where tenant_id = :tenant and id = :id""", params(actor.tenant(), next));
            audit.record(s, actor, change.action(current, next), "user", id, current, next);
            inTransaction.run(next);
            return Optional.of(next);
        });
    }

    @Override
    public Optional<UserStatus> status(TenantId tenant, UUID id) {
        return sql.inTenant(tenant, s -> s.queryOne("select status from app_user where tenant_id = :tenant and id = :id",
                SqlParams.of("tenant", tenant.value()).and("id", id))).map(r -> UserStatus.valueOf(r.string("status")));
    }

    @Override
    public Optional<UserStatus> signedIn(TenantId tenant, UUID id, Instant at) {
        return sql.inTenant(tenant, s -> s.queryOne("""
                update app_user set last_sign_in_at = case when status = 'DEACTIVATED' then last_sign_in_at else :at end,
                       status = case when status = 'INVITED' then 'ACTIVE' else status end
                where tenant_id = :tenant and id = :id
                returning status""", SqlParams.of("tenant", tenant.value()).and("id", id).and("at", at)))
                .map(r -> UserStatus.valueOf(r.string("status")));
    }

    private static Optional<User> find(SqlSession s, TenantId tenant, UUID id) {
        return s.queryOne("select " + COLUMNS + " from app_user where tenant_id = :tenant and id = :id",
                SqlParams.of("tenant", tenant.value()).and("id", id)).map(PostgresUserRepository::user);
    }

    private static void lock(SqlSession s, TenantId tenant) {
        s.query("select pg_advisory_xact_lock(hashtext('app_user:' || :tenant)) as locked",
                SqlParams.of("tenant", tenant.value().toString()));
    }

    private static SqlParams params(TenantId tenant, User user) {
        return SqlParams.of("tenant", tenant.value()).and("id", user.id()).and("email", user.email())
                .and("name", user.name()).and("role", user.role().name()).and("status", user.status().name())
                .and("updated_at", user.updatedAt()).and("last_sign_in_at", user.lastSignInAt()).and("version", user.version());
    }

    /** The user's one role: the most privileged of the stored array (rows made before V8 may hold several). */
    private static User user(Row r) {
        Role role = r.stringList("roles").stream().map(Role::parse).flatMap(Optional::stream).sorted().findFirst()
                .orElse(Role.ReadOnly);
        return new User(r.uuid("id"), r.string("email"), r.string("display_name"), role, UserStatus.valueOf(r.string("status")),
                r.instant("invited_at"), r.string("invited_by"), r.instant("created_at"), r.instant("updated_at"),
                r.instant("last_sign_in_at"), r.longValue("version"));
    }

    private static ConflictException duplicate() {
        return new ConflictException("duplicate", "the organization already has a user with this e-mail address");
    }
}
