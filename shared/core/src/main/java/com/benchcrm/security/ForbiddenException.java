package com.benchcrm.security;

import com.benchcrm.common.BenchCrmException;

/** The caller is authenticated but none of its roles grants the permission. */
public final class ForbiddenException extends BenchCrmException {

    private final Permission permission;

    public ForbiddenException(Permission permission) {
        super("your role does not grant " + permission.name().toLowerCase().replace('_', ':'));
        this.permission = permission;
    }

    /** The role grants the permission, but a rule of the use case refuses this use of it. */
    public ForbiddenException(Permission permission, String reason) {
        super(reason);
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
