package com.benchcrm.tenancy;

/**
 * The tenant is suspended (or unknown): its users' requests are refused (HTTP 403
 * {@code tenant-suspended}), its mail is not ingested and no webhook is sent for it. Its data stays.
 */
public final class TenantSuspendedException extends RuntimeException {

    private final transient TenantId tenant;

    public TenantSuspendedException(TenantId tenant) {
        super("your organization's account is suspended; contact your BenchCRM administrator");
        this.tenant = tenant;
    }

    public TenantId tenant() {
        return tenant;
    }
}
