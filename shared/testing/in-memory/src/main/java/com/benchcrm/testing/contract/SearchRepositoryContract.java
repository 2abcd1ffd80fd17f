package com.benchcrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Location;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.consultant.Availability;
import com.benchcrm.consultant.AvailabilityStatus;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.persistence.Tx;
import com.benchcrm.requirement.RequirementStatus;
import com.benchcrm.requirement.WorkMode;
import com.benchcrm.search.SearchQuery;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.vector.EntityKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link com.benchcrm.search.SearchRepository} does, PostgreSQL or in memory: which
 * records the text and skill keys find and which the filters let through. The order within the
 * text matches is PostgreSQL's cover density there and a plain count in memory, so it is not part
 * of the contract.
 */
public abstract class SearchRepositoryContract {

    protected abstract Stores stores();

    private UUID consultant(
            TenantId tenant,
            String title,
            String state,
            WorkAuthorization auth,
            Availability availability,
            String... skills) {
        UUID id = Samples.id();
        ConsultantInput in = new ConsultantInput(
                null,
                "Person " + id.toString().substring(30),
                null,
                null,
                title,
                "Ships software.",
                new Location("Somewhere", state, "US"),
                auth,
                null,
                java.util.Arrays.stream(skills)
                        .map(s -> new ConsultantSkill(s, null, null))
                        .toList(),
                availability,
                null);
        stores().transactions().inTenant(tenant, (Tx tx) -> {
            stores().consultants().insert(tx, id, in, Instant.now());
            return null;
        });
        return id;
    }

    private static SearchQuery consultants(String text) {
        return new SearchQuery(text, EntityKind.CONSULTANT, null, null, null, null, null, 20);
    }

    private List<UUID> fullText(TenantId tenant, SearchQuery q, List<String> skillKeys) {
        return stores().transactions()
                .inTenant(tenant, (Tx tx) -> stores().search().fullText(tx, q, skillKeys, 100));
    }

    @Test
    void fullText_findsTitleWords_andSkillKeys_ofTheTenantOnly() {
        TenantId tenant = stores().newTenant();
        UUID engineer = consultant(tenant, "Kafka Streaming Engineer", "TX", WorkAuthorization.H1B, null, "Java");
        UUID k8s = consultant(tenant, "Platform Engineer", "CA", WorkAuthorization.H1B, null, "Kubernetes");
        UUID other = consultant(tenant, "Accountant", "NY", WorkAuthorization.GREEN_CARD, null, "Excel");
        UUID foreign = consultant(
                stores().newTenant(), "Kafka Streaming Engineer", "TX", WorkAuthorization.H1B, null, "Kubernetes");

        List<UUID> byText = fullText(tenant, consultants("kafka streaming"), List.of());
        List<UUID> bySkill = fullText(tenant, consultants("k8s"), List.of("kubernetes"));

        assertThat(byText).contains(engineer).doesNotContain(k8s, other, foreign);
        assertThat(bySkill).containsExactly(k8s);
    }

    @Test
    void fullText_andPassingFilters_applyTheConsultantFilters() {
        TenantId tenant = stores().newTenant();
        UUID texasNow = consultant(
                tenant,
                "Java Developer",
                "TX",
                WorkAuthorization.H1B,
                new Availability(AvailabilityStatus.AVAILABLE, LocalDate.of(2026, 12, 1)));
        UUID texasLater = consultant(
                tenant,
                "Java Developer",
                "tx",
                WorkAuthorization.H1B,
                new Availability(AvailabilityStatus.AVAILABLE, LocalDate.of(2027, 3, 1)));
        UUID california = consultant(
                tenant,
                "Java Developer",
                "CA",
                WorkAuthorization.GREEN_CARD,
                new Availability(AvailabilityStatus.ON_PROJECT, null));
        SearchQuery texasH1bAvailable = new SearchQuery(
                "java developer",
                EntityKind.CONSULTANT,
                "TX",
                WorkAuthorization.H1B,
                LocalDate.of(2027, 1, 1),
                null,
                null,
                20);

        assertThat(fullText(tenant, texasH1bAvailable, List.of())).containsExactly(texasNow);
        assertThat(stores().transactions()
                        .inTenant(
                                tenant,
                                (Tx tx) -> stores().search()
                                        .passingFilters(
                                                tx,
                                                new SearchQuery(
                                                        "x", EntityKind.CONSULTANT, "TX", null, null, null, null, 20),
                                                List.of(texasNow, texasLater, california))))
                .containsExactlyInAnyOrder(texasNow, texasLater);
    }

    @Test
    void requirements_areFilteredByStatusAndWorkMode() {
        TenantId tenant = stores().newTenant();
        UUID open = Samples.id();
        UUID closed = Samples.id();
        stores().transactions().inTenant(tenant, (Tx tx) -> {
            stores().requirements().insert(tx, open, Samples.requirement("Data Engineer", "Acme"), Instant.now());
            stores().requirements()
                    .insert(
                            tx,
                            closed,
                            Samples.withStatus(Samples.requirement("Data Engineer", "Acme"), RequirementStatus.CLOSED),
                            Instant.now());
            return null;
        });
        SearchQuery openHybrid = new SearchQuery(
                "data engineer", EntityKind.REQUIREMENT, null, null, null, RequirementStatus.OPEN, WorkMode.HYBRID, 20);
        SearchQuery remote =
                new SearchQuery("data engineer", EntityKind.REQUIREMENT, null, null, null, null, WorkMode.REMOTE, 20);

        assertThat(fullText(tenant, openHybrid, List.of())).containsExactly(open);
        assertThat(fullText(tenant, remote, List.of())).isEmpty();
        assertThat(stores().transactions()
                        .inTenant(tenant, (Tx tx) -> stores().search().passingFilters(tx, openHybrid, List.of())))
                .isEmpty();
    }
}
