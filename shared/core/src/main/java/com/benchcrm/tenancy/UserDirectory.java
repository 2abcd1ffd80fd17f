package com.benchcrm.tenancy;

import com.benchcrm.common.Ids;
import com.benchcrm.security.Role;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlPort;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** The users of a tenant, keyed by e-mail within the tenant; their id is the token subject. */
public final class UserDirectory {

    private final SqlPort sql;
    private final Ids ids;

    public UserDirectory(SqlPort sql, Ids ids) {
        this.sql = sql;
        this.ids = ids;
    }

    /** Creates the user or updates its roles; returns the stable user id. */
    public UUID ensure(TenantId tenant, String email, Set<Role> roles) {
        String rolesCsv = new TreeSet<>(roles.stream().map(Role::name).collect(Collectors.toSet())).stream()
                .collect(Collectors.joining(","));
        return sql.inTenant(tenant, s -> s.queryOne("""
                        insert into app_user (tenant_id, id, email, roles)
                        values (:tenant, :id, :email, string_to_array(:roles, ','))
                        on conflict (tenant_id, email) do update set roles = excluded.roles
                        returning id""",
                        SqlParams.of("tenant", tenant.value())
                                .and("id", ids.next())
                                .and("email", email.trim().toLowerCase(Locale.ROOT))
                                .and("roles", rolesCsv))
                .orElseThrow()
                .uuid("id"));
    }
}
