package com.benchcrm.persistence.postgres;

import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Role;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlSession;
import com.benchcrm.user.User;
import com.benchcrm.user.UserRepository;
import com.benchcrm.user.UserStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@link UserRepository} over {@code app_user} (V1, V8), unique per tenant and e-mail; also the
 * tenancy port's {@code ensure}. {@link #lock} is a transaction-scoped
 * advisory lock per tenant's users: two requests that each demote one of two Owners cannot both see
 * two active Owners.
 */
final class PostgresUserRepository implements UserRepository {

    private static final String COLUMNS = """
            id, email, display_name, roles, status, invited_at, invited_by, created_at, updated_at, last_sign_in_at, version""";

    @Override
    public UUID ensure(Tx tx, UUID newId, String email, Set<Role> roles) {
        String rolesCsv = new TreeSet<>(roles.stream().map(Role::name).collect(Collectors.toSet()))
                .stream().collect(Collectors.joining(","));
        return session(tx)
                .queryOne(
                        """
                        insert into app_user (tenant_id, id, email, roles)
                        values (:tenant, :id, :email, string_to_array(:roles, ','))
                        on conflict (tenant_id, email) do update set roles = excluded.roles
                        returning id""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("id", newId)
                                .and("email", email)
                                .and("roles", rolesCsv))
                .orElseThrow()
                .uuid("id");
    }

    @Override
    public boolean nameIfUnnamed(Tx tx, UUID id, String name) {
        return session(tx)
                        .update(
                                """
                        update app_user set display_name = :name
                        where tenant_id = :tenant and id = :id and display_name is null""",
                                SqlParams.of("tenant", tx.tenant().value())
                                        .and("id", id)
                                        .and("name", name))
                > 0;
    }

    @Override
    public List<User> list(Tx tx, Optional<UUID> before, int limit) {
        SqlParams params = SqlParams.of("tenant", tx.tenant().value()).and("limit", limit);
        String after = "";
        if (before.isPresent()) {
            after = " and id < :after";
            params = params.and("after", before.get());
        }
        return session(tx)
                .query(
                        "select " + COLUMNS + " from app_user where tenant_id = :tenant" + after
                                + " order by id desc limit :limit",
                        params)
                .stream()
                .map(PostgresUserRepository::user)
                .toList();
    }

    @Override
    public Optional<User> find(Tx tx, UUID id) {
        return session(tx)
                .queryOne(
                        "select " + COLUMNS + " from app_user where tenant_id = :tenant and id = :id",
                        SqlParams.of("tenant", tx.tenant().value()).and("id", id))
                .map(PostgresUserRepository::user);
    }

    @Override
    public Optional<User> findByEmail(Tx tx, String email) {
        return session(tx)
                .queryOne(
                        "select " + COLUMNS + " from app_user where tenant_id = :tenant and email = :email",
                        SqlParams.of("tenant", tx.tenant().value()).and("email", email))
                .map(PostgresUserRepository::user);
    }

    @Override
    public void insert(Tx tx, User user) {
        session(tx)
                .update(
                        """
                insert into app_user (tenant_id, id, email, display_name, roles, status, invited_at, invited_by,
                                      created_at, updated_at, last_sign_in_at, version)
                values (:tenant, :id, :email, :name, array[:role]::text[], :status, :invited_at, :invited_by,
                        :created_at, :updated_at, :last_sign_in_at, :version)""",
                        params(tx, user)
                                .and("created_at", user.createdAt())
                                .and("invited_at", user.invitedAt())
                                .and("invited_by", user.invitedBy()));
    }

    @Override
    public void update(Tx tx, User user) {
        session(tx).update("""
                update app_user set roles = array[:role]::text[], status = :status, updated_at = :updated_at,
                       deactivated_at = case when :status = 'DEACTIVATED' then :updated_at else null end,
                       version = :version
                where tenant_id = :tenant and id = :id""", params(tx, user));
    }

    @Override
    public long activeOwners(Tx tx) {
        return session(tx)
                .queryOne("""
                select count(*) as n from app_user
                where tenant_id = :tenant and status = 'ACTIVE' and 'Owner' = any (roles)""", SqlParams.of("tenant", tx.tenant().value()))
                .orElseThrow()
                .longValue("n");
    }

    @Override
    public void lock(Tx tx) {
        session(tx)
                .query(
                        "select pg_advisory_xact_lock(hashtext('app_user:' || :tenant)) as locked",
                        SqlParams.of("tenant", tx.tenant().value().toString()));
    }

    @Override
    public Optional<UserStatus> signedIn(Tx tx, UUID id, Instant at) {
        return session(tx)
                .queryOne(
                        """
                update app_user set last_sign_in_at = case when status = 'DEACTIVATED' then last_sign_in_at else :at end,
                       status = case when status = 'INVITED' then 'ACTIVE' else status end
                where tenant_id = :tenant and id = :id
                returning status""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("id", id)
                                .and("at", at))
                .map(r -> UserStatus.valueOf(r.string("status")));
    }

    private static SqlSession session(Tx tx) {
        return SqlTx.of(tx).session();
    }

    private static SqlParams params(Tx tx, User user) {
        return SqlParams.of("tenant", tx.tenant().value())
                .and("id", user.id())
                .and("email", user.email())
                .and("name", user.name())
                .and("role", user.role().name())
                .and("status", user.status().name())
                .and("updated_at", user.updatedAt())
                .and("last_sign_in_at", user.lastSignInAt())
                .and("version", user.version());
    }

    /** The user's one role: the most privileged of the stored array (rows made before V8 may hold several). */
    private static User user(Row r) {
        Role role = r.stringList("roles").stream()
                .map(Role::parse)
                .flatMap(Optional::stream)
                .sorted()
                .findFirst()
                .orElse(Role.ReadOnly);
        return new User(
                r.uuid("id"),
                r.string("email"),
                r.string("display_name"),
                role,
                UserStatus.valueOf(r.string("status")),
                r.instant("invited_at"),
                r.string("invited_by"),
                r.instant("created_at"),
                r.instant("updated_at"),
                r.instant("last_sign_in_at"),
                r.longValue("version"));
    }
}
