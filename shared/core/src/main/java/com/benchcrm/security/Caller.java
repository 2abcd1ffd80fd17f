package com.benchcrm.security;

import com.benchcrm.tenancy.TenantId;
import java.util.Objects;
import java.util.Set;

/**
 * The verified identity behind one request: tenant, user (the token subject), roles and the trace
 * id that ties logs, audit rows and events of the request together.
 */
public record Caller(TenantId tenant, String userId, Set<Role> roles, String traceId) {

    public Caller {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(userId, "userId");
        roles = Set.copyOf(roles);
        traceId = traceId == null ? "" : traceId;
    }

    /** Throws {@link ForbiddenException} unless one of the caller's roles grants the permission. */
    public void require(Permission permission) {
        if (!PermissionMatrix.allows(roles, permission)) {
            throw new ForbiddenException(permission);
        }
    }
}
