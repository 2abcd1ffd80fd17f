package com.benchcrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.extraction.TokenUsage;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every tenant registry, user directory and token-usage store does, PostgreSQL or in memory. */
public abstract class TenancyRepositoryContract {

    protected abstract Stores stores();

    private static TenantSlug slug() {
        return new TenantSlug("ct-" + Long.toString(System.nanoTime(), 36));
    }

    @Test
    void ensure_isIdempotent_resolveFindsIt_andAllListsIt() {
        TenantSlug slug = slug();
        TenantId first = stores().ownerTransactions()
                .withoutTenant((Tx tx) -> stores().tenants().ensure(tx, slug, "Contract Co"));
        TenantId again = stores().ownerTransactions()
                .withoutTenant((Tx tx) -> stores().tenants().ensure(tx, slug, "Contract Co"));

        assertThat(again).isEqualTo(first);
        assertThat(stores().transactions()
                        .withoutTenant((Tx tx) -> stores().tenants().resolve(tx, slug)))
                .contains(first);
        assertThat(stores().ownerTransactions()
                        .withoutTenant((Tx tx) -> stores().tenants().all(tx)))
                .containsEntry(first, slug);
    }

    @Test
    void resolve_unknownSlug_isEmpty() {
        assertThat(stores().transactions()
                        .withoutTenant((Tx tx) -> stores().tenants().resolve(tx, slug())))
                .isEmpty();
    }

    @Test
    void users_oneIdPerEmail_rolesReplaced_andTenantScoped() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        UUID first = stores().transactions()
                .inTenant(
                        tenant,
                        (Tx tx) ->
                                stores().users().ensure(tx, Samples.id(), "pat@example.com", Set.of(Role.Recruiter)));
        UUID again = stores().transactions()
                .inTenant(
                        tenant,
                        (Tx tx) -> stores().users().ensure(tx, Samples.id(), "pat@example.com", Set.of(Role.Admin)));
        UUID elsewhere = stores().transactions()
                .inTenant(
                        other,
                        (Tx tx) -> stores().users().ensure(tx, Samples.id(), "pat@example.com", Set.of(Role.Admin)));

        assertThat(again).isEqualTo(first);
        assertThat(elsewhere).isNotEqualTo(first);
    }

    @Test
    void users_namedOnlyWhenUnnamed_andTenantScoped() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        UUID id = stores().transactions()
                .inTenant(
                        tenant,
                        (Tx tx) ->
                                stores().users().ensure(tx, Samples.id(), "riley@example.com", Set.of(Role.Recruiter)));
        assertThat(stores().transactions()
                        .inTenant(
                                other,
                                (Tx tx) -> ((com.benchcrm.user.UserRepository) stores().users())
                                        .nameIfUnnamed(tx, id, "Somebody Else")))
                .as("another tenant's user is not there to name")
                .isFalse();
        assertThat(stores().transactions()
                        .inTenant(
                                tenant,
                                (Tx tx) -> ((com.benchcrm.user.UserRepository) stores().users())
                                        .nameIfUnnamed(tx, id, "Riley Chen")))
                .isTrue();
        assertThat(stores().transactions()
                        .inTenant(
                                tenant,
                                (Tx tx) -> ((com.benchcrm.user.UserRepository) stores().users())
                                        .nameIfUnnamed(tx, id, "Another Name")))
                .as("a name already there is kept")
                .isFalse();
        assertThat(stores().transactions()
                        .inTenant(
                                tenant,
                                (Tx tx) -> ((com.benchcrm.user.UserRepository) stores().users())
                                        .find(tx, id)
                                        .orElseThrow()
                                        .name()))
                .isEqualTo("Riley Chen");
    }

    @Test
    void tokenUsage_addsUpPerTenantAndDay() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        LocalDate day = LocalDate.of(2026, 11, 22);
        stores().transactions().inTenant(tenant, (Tx tx) -> {
            stores().tokenUsage().add(tx, day, new TokenUsage(100, 20), false);
            stores().tokenUsage().add(tx, day, new TokenUsage(50, 5), true);
            stores().tokenUsage().add(tx, day.plusDays(1), new TokenUsage(7, 0), false);
            return null;
        });

        assertThat(stores().transactions()
                        .inTenant(tenant, (Tx tx) -> stores().tokenUsage().used(tx, day)))
                .isEqualTo(175);
        assertThat(stores().transactions()
                        .inTenant(tenant, (Tx tx) -> stores().tokenUsage().used(tx, day.plusDays(1))))
                .isEqualTo(7);
        assertThat(stores().transactions()
                        .inTenant(other, (Tx tx) -> stores().tokenUsage().used(tx, day)))
                .isZero();
    }
}
