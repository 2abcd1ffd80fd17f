package com.benchcrm.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.persistence.PersistenceException;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import org.junit.jupiter.api.Test;

/**
 * What only PostgreSQL enforces, so no shared contract can: the application role resolves a slug
 * but may neither create nor list tenants (only the schema owner may), and the refusal reaches the
 * core as a {@link PersistenceException} with the SQLSTATE, not as an SQL port exception.
 */
class PostgresTenantRolesIT {

    final PostgresStores stores = PostgresStores.get();
    final TenantDirectory asApp = new TenantDirectory(stores.db.transactions(), stores.db.tenants());
    final TenantDirectory asOwner = new TenantDirectory(stores.asOwner.transactions(), stores.asOwner.tenants());

    @Test
    void applicationRole_resolvesAKnownSlug_butCannotCreateOrListTenants() {
        String slug = "roles-" + Long.toString(System.nanoTime(), 36);
        TenantId created = asOwner.ensure(new TenantSlug(slug), "Roles Co");

        assertThat(asApp.resolve(new TenantSlug(slug))).contains(created);
        assertThatThrownBy(() -> asApp.ensure(new TenantSlug(slug + "-x"), "Sneaky"))
                .isInstanceOfSatisfying(
                        PersistenceException.class, e -> assertThat(e.code()).isEqualTo("42501"));
        assertThatThrownBy(asApp::all)
                .isInstanceOfSatisfying(
                        PersistenceException.class, e -> assertThat(e.code()).isEqualTo("42501"));
        assertThat(asOwner.all()).containsEntry(created, new TenantSlug(slug));
    }
}
