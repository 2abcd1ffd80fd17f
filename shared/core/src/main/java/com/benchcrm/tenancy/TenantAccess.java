package com.benchcrm.tenancy;

/**
 * Whether a tenant may use the product now: asked after authentication on every request and by the
 * workers that act for a tenant (webhooks). {@link TenantPolicies} is the implementation;
 * {@link #OPEN} admits everyone (tests of other concerns).
 */
public interface TenantAccess {

    TenantAccess OPEN = new TenantAccess() {
        @Override
        public void requireActive(TenantId tenant) {
        }

        @Override
        public boolean isActive(TenantId tenant) {
            return true;
        }
    };

    /** @throws TenantSuspendedException when the tenant is suspended or unknown */
    void requireActive(TenantId tenant);

    boolean isActive(TenantId tenant);
}
