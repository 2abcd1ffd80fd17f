package com.benchcrm.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.tenancy.TenantId;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The ceiling of a tenant's daily send cap read from its tenant row (ADR 0100) as the application role under
 * forced row-level security: the tenants file's {@code marketing.dailySendCap} as the provisioning function writes
 * it, each tenant its own, none when the settings carry none.
 */
class PostgresMarketingCeilingIT {

    static final PostgresStores S = PostgresStores.get();

    @Test
    void dailySendCapCeiling_eachTenantReadsItsOwnRowsValue_orNone() {
        TenantId capped = S.newTenant();
        TenantId other = S.newTenant();
        TenantId none = S.newTenant();
        setSettings(capped, "{\"retention\": {\"webhookDays\": 30}, \"marketing\": {\"dailySendCap\": 1200}}");
        setSettings(other, "{\"marketing\": {\"dailySendCap\": 40}}");
        setSettings(none, "{\"mail\": {\"rejectSpam\": true}}");

        assertThat(ceiling(capped)).isEqualTo(OptionalInt.of(1200));
        assertThat(ceiling(other)).isEqualTo(OptionalInt.of(40));
        assertThat(ceiling(none)).isEmpty();
    }

    @Test
    void dailySendCapCeiling_notANumber_isNone() {
        TenantId odd = S.newTenant();
        setSettings(odd, "{\"marketing\": {\"dailySendCap\": \"lots\"}}");

        assertThat(ceiling(odd)).isEmpty();
    }

    private static OptionalInt ceiling(TenantId tenant) {
        return S.transactions()
                .inTenant(tenant, (Tx tx) -> S.marketingSettings().dailySendCapCeiling(tx));
    }

    private static void setSettings(TenantId tenant, String json) {
        S.owner.withoutTenant(s -> s.update(
                "update benchcrm.tenant set settings = cast(:s as jsonb) where id = :id",
                SqlParams.of("s", json).and("id", tenant.value())));
    }
}
