package com.benchcrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.consultant.AvailabilityStatus;
import com.benchcrm.marketing.ConsultantMarketing;
import com.benchcrm.marketing.HotList;
import com.benchcrm.marketing.HotListFilter;
import com.benchcrm.marketing.HotListInput;
import com.benchcrm.marketing.HotListOrdering;
import com.benchcrm.marketing.MarketingSettings;
import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What every hot list, consultant marketing and marketing settings repository does, PostgreSQL or
 * in memory, including that no tenant sees or changes another's rows.
 */
public abstract class MarketingRepositoryContract {

    static final Instant NOW = Instant.parse("2026-12-06T10:00:00.123456Z");

    protected abstract Stores stores();

    private <T> T in(TenantId tenant, Function<Tx, T> work) {
        return stores().transactions().inTenant(tenant, work);
    }

    private UUID consultant(TenantId tenant, String name) {
        UUID id = Samples.id();
        in(tenant, (Tx t) -> {
            stores().consultants()
                    .insert(
                            t,
                            id,
                            Samples.consultant(name, name.toLowerCase().replace(' ', '.') + "@example.com"),
                            NOW);
            return null;
        });
        return id;
    }

    private UUID hotList(TenantId tenant, HotListInput in) {
        UUID id = Samples.id();
        in(tenant, (Tx t) -> {
            stores().hotLists().insert(t, id, in, NOW);
            return null;
        });
        return id;
    }

    @Test
    void hotList_insertFindUpdate_keepsPicksInOrderAndTheFilterAsWritten() {
        TenantId tenant = stores().newTenant();
        UUID a = consultant(tenant, "Ada One");
        UUID b = consultant(tenant, "Bo Two");
        HotListFilter filter = new HotListFilter(
                List.of("Java", "AWS"),
                List.of("hot"),
                List.of(WorkAuthorization.H1B, WorkAuthorization.US_CITIZEN),
                List.of(AvailabilityStatus.AVAILABLE),
                false);
        UUID id = hotList(tenant, new HotListInput("  Java bench ", List.of(b, a), filter, HotListOrdering.TITLE));

        HotList stored = in(tenant, (Tx t) -> stores().hotLists().find(t, id)).orElseThrow();
        assertThat(stored.name()).isEqualTo("Java bench");
        assertThat(stored.consultantIds()).containsExactly(b, a);
        assertThat(stored.filter()).isEqualTo(filter);
        assertThat(stored.ordering()).isEqualTo(HotListOrdering.TITLE);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.createdAt()).isEqualTo(NOW);

        in(tenant, (Tx t) -> {
            stores().hotLists()
                    .update(t, stored, new HotListInput("Renamed", List.of(a), null, null), NOW.plusSeconds(60));
            return null;
        });
        HotList updated = in(tenant, (Tx t) -> stores().hotLists().find(t, id)).orElseThrow();
        assertThat(updated.name()).isEqualTo("Renamed");
        assertThat(updated.consultantIds()).containsExactly(a);
        assertThat(updated.filter()).isNull();
        assertThat(updated.ordering()).isEqualTo(HotListOrdering.DAYS_ON_BENCH);
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.updatedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(updated.createdAt()).isEqualTo(NOW);
    }

    @Test
    void hotList_listAndDelete_newestFirstWithCursor() {
        TenantId tenant = stores().newTenant();
        UUID c = consultant(tenant, "Cy Three");
        UUID first = hotList(tenant, new HotListInput("first", List.of(c), null, null));
        UUID second = hotList(tenant, new HotListInput("second", List.of(c), null, null));

        assertThat(in(tenant, (Tx t) -> stores().hotLists().list(t, Optional.empty(), 10)))
                .extracting(HotList::id)
                .containsExactly(second, first);
        assertThat(in(tenant, (Tx t) -> stores().hotLists().list(t, Optional.of(second), 10)))
                .extracting(HotList::id)
                .containsExactly(first);
        in(tenant, (Tx t) -> {
            stores().hotLists().delete(t, first);
            return null;
        });
        assertThat(in(tenant, (Tx t) -> stores().hotLists().findMany(t, List.of(first, second))))
                .extracting(HotList::id)
                .containsExactly(second);
    }

    @Test
    void hotList_ofAnotherTenant_isInvisibleAndUntouchable() {
        TenantId owner = stores().newTenant();
        TenantId other = stores().newTenant();
        UUID c = consultant(owner, "Di Four");
        UUID id = hotList(owner, new HotListInput("mine", List.of(c), null, null));

        assertThat(in(other, (Tx t) -> stores().hotLists().find(t, id))).isEmpty();
        assertThat(in(other, (Tx t) -> stores().hotLists().list(t, Optional.empty(), 10)))
                .isEmpty();
        assertThat(in(other, (Tx t) -> stores().hotLists().findMany(t, List.of(id))))
                .isEmpty();
        in(other, (Tx t) -> {
            stores().hotLists().delete(t, id);
            return null;
        });
        assertThat(in(owner, (Tx t) -> stores().hotLists().find(t, id))).isPresent();
    }

    @Test
    void consultantMarketing_upsertReplacesAndFindManyReturnsOnlyStored() {
        TenantId tenant = stores().newTenant();
        UUID a = consultant(tenant, "Ed Five");
        UUID b = consultant(tenant, "Flo Six");
        in(tenant, (Tx t) -> {
            stores().consultantMarketing().upsert(t, new ConsultantMarketing(a, true, null, "u1", NOW));
            stores().consultantMarketing().upsert(t, new ConsultantMarketing(a, false, true, "u2", NOW.plusSeconds(5)));
            return null;
        });

        var found = in(tenant, (Tx t) -> stores().consultantMarketing().findMany(t, Set.of(a, b)));
        assertThat(found).containsOnlyKeys(a);
        assertThat(found.get(a)).isEqualTo(new ConsultantMarketing(a, false, true, "u2", NOW.plusSeconds(5)));
        assertThat(in(tenant, (Tx t) -> stores().consultantMarketing().find(t, b)))
                .isEmpty();
    }

    @Test
    void consultantMarketing_goesWithTheConsultantAndStaysInItsTenant() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        UUID a = consultant(tenant, "Gus Seven");
        in(tenant, (Tx t) -> {
            stores().consultantMarketing().upsert(t, new ConsultantMarketing(a, true, false, "u1", NOW));
            return null;
        });
        assertThat(in(other, (Tx t) -> stores().consultantMarketing().find(t, a)))
                .isEmpty();
        assertThat(in(other, (Tx t) -> stores().consultantMarketing().findMany(t, List.of(a))))
                .isEmpty();

        in(tenant, (Tx t) -> {
            stores().consultants().delete(t, a);
            return null;
        });
        assertThat(in(tenant, (Tx t) -> stores().consultantMarketing().find(t, a)))
                .isEmpty();
    }

    @Test
    void marketingSettings_upsertReplacesPerTenant() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        assertThat(in(tenant, (Tx t) -> stores().marketingSettings().find(t))).isEmpty();
        MarketingSettings one = new MarketingSettings(
                true, "1 Main St, Springfield, IL 62701", "Acme", "bench@acme.example", 200, 1, "u1", NOW);
        MarketingSettings two = new MarketingSettings(false, null, null, null, 0, 2, "u2", NOW.plusSeconds(1));
        in(tenant, (Tx t) -> {
            stores().marketingSettings().upsert(t, one);
            return null;
        });
        assertThat(in(tenant, (Tx t) -> stores().marketingSettings().find(t))).contains(one);
        in(tenant, (Tx t) -> {
            stores().marketingSettings().upsert(t, two);
            return null;
        });
        assertThat(in(tenant, (Tx t) -> stores().marketingSettings().find(t))).contains(two);
        assertThat(in(other, (Tx t) -> stores().marketingSettings().find(t))).isEmpty();
    }
}
