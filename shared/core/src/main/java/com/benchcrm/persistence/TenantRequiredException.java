package com.benchcrm.persistence;

/** Tenant data was asked for without a tenant: persistence fails closed rather than guess one. */
public final class TenantRequiredException extends PersistenceException {

    public TenantRequiredException() {
        super("no tenant is set for this transaction; refusing to touch tenant data", "42501", null);
    }
}
