package com.benchcrm.user;

import com.benchcrm.tenancy.TenantId;

/**
 * Port: the identity provider's side of a user change, so that who can sign in, with which role,
 * follows {@code /v1/users}. In AWS the Cognito adapter creates the user (with its tenant and user
 * id as attributes), moves it between the role groups, disables it and signs it out everywhere; the
 * embedded stack needs nothing ({@link #NONE}): its provider reads the users table at every sign-in
 * and refresh.
 *
 * <p>Calls run inside the user's write transaction and may be repeated: implementations are
 * idempotent (creating a user that exists is not an error).
 */
public interface IdentityDirectory {

    IdentityDirectory NONE = new IdentityDirectory() {
        @Override
        public void invited(TenantId tenant, User user) {}

        @Override
        public void changed(TenantId tenant, User before, User after) {}
    };

    /** A user was invited: make it able to sign in (e.g. send the invitation). */
    void invited(TenantId tenant, User user);

    /** A user's role or status changed. */
    void changed(TenantId tenant, User before, User after);

    /** The provider could not be reached or refused the change; the write is rolled back. */
    final class IdentityProviderException extends com.benchcrm.common.BenchCrmException {
        public IdentityProviderException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
