package com.benchcrm.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.sql.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every table with a {@code tenant_id} column (those of V9 included) has row-level security enabled
 * and forced, and a policy on {@code app.tenant_id}; the application role owns none of them.
 */
class TenantTablesSecurityIT {

    @Test
    void everyTenantTable_enablesAndForcesRowLevelSecurity_withTheTenantPolicy() {
        PostgresStores stores = PostgresStores.get();
        List<Row> tables = stores.owner.withoutTenant(s -> s.query("""
                select c.relname as name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
                       exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = 'tenant_isolation') as policy
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'benchcrm' and c.relkind = 'r'
                  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
                order by c.relname""", com.benchcrm.sql.SqlParams.none()));

        assertThat(tables)
                .extracting(r -> r.string("name"))
                .contains(
                        "company",
                        "contact",
                        "activity",
                        "consultant_document",
                        "work_authorization_settings",
                        "work_authorization_notice",
                        "notification",
                        "notification_preference",
                        "notification_digest");
        assertThat(tables).allSatisfy(r -> {
            assertThat(r.bool("enabled")).as(r.string("name") + " enables RLS").isTrue();
            assertThat(r.bool("forced")).as(r.string("name") + " forces RLS").isTrue();
            assertThat(r.bool("policy"))
                    .as(r.string("name") + " has tenant_isolation")
                    .isTrue();
        });
    }
}
