package com.benchcrm.persistence.postgres;

import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Role;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.tenancy.UserRepository;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@link UserRepository} over the app_user table (unique per tenant and e-mail). */
final class PostgresUserRepository implements UserRepository {

    @Override
    public UUID ensure(Tx tx, UUID newId, String email, Set<Role> roles) {
        String rolesCsv = new TreeSet<>(roles.stream().map(Role::name).collect(Collectors.toSet())).stream()
                .collect(Collectors.joining(","));
        return SqlTx.of(tx).session().queryOne("""
                        insert into app_user (tenant_id, id, email, roles)
                        values (:tenant, :id, :email, string_to_array(:roles, ','))
                        on conflict (tenant_id, email) do update set roles = excluded.roles
                        returning id""",
                        SqlParams.of("tenant", tx.tenant().value()).and("id", newId).and("email", email).and("roles", rolesCsv))
                .orElseThrow()
                .uuid("id");
    }
}
