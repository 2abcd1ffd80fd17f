package com.benchcrm.tenancy;

import com.benchcrm.common.Ids;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.security.Role;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** The users of a tenant, keyed by e-mail within the tenant; their id is the token subject. */
public final class UserDirectory {

    private final Transactions transactions;
    private final UserRepository users;
    private final Ids ids;

    public UserDirectory(Transactions transactions, UserRepository users, Ids ids) {
        this.transactions = transactions;
        this.users = users;
        this.ids = ids;
    }

    /** Creates the user or updates its roles; returns the stable user id. */
    public UUID ensure(TenantId tenant, String email, Set<Role> roles) {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        return transactions.inTenant(tenant, tx -> users.ensure(tx, ids.next(), normalized, Set.copyOf(roles)));
    }
}
