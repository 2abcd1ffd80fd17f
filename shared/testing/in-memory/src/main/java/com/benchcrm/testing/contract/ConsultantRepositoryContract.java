package com.benchcrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.common.Location;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.consultant.ConsultantRepository;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ConsultantRepository} does, PostgreSQL or in memory. */
public abstract class ConsultantRepositoryContract {

    protected abstract Stores stores();

    private Transactions tx() {
        return stores().transactions();
    }

    private ConsultantRepository repo() {
        return stores().consultants();
    }

    private UUID insert(TenantId tenant, ConsultantInput in) {
        UUID id = Samples.id();
        tx().inTenant(tenant, (Tx t) -> {
            repo().insert(t, id, in, Instant.parse("2026-11-22T10:00:00.123456Z"));
            return null;
        });
        return id;
    }

    private Optional<Consultant> find(TenantId tenant, UUID id) {
        return tx().inTenant(tenant, (Tx t) -> repo().find(t, id));
    }

    @Test
    void insert_thenFind_returnsTheStoredFormAtVersionOne() {
        TenantId tenant = stores().newTenant();
        ConsultantInput in = new ConsultantInput(
                null,
                "  Avery Example  ",
                "avery@example.com",
                null,
                "Data Engineer",
                null,
                new Location(null, null, null),
                null,
                null,
                List.of(
                        new ConsultantSkill(" Spark ", new BigDecimal("4"), null),
                        new ConsultantSkill("Scala", null, true)),
                null,
                null);

        Consultant c = find(tenant, insert(tenant, in)).orElseThrow();

        assertThat(c.fullName()).isEqualTo("Avery Example");
        assertThat(c.version()).isEqualTo(1);
        assertThat(c.location()).isNull();
        assertThat(c.rate()).isNull();
        assertThat(c.availability()).isNull();
        assertThat(c.skills()).extracting(ConsultantSkill::name).containsExactly("Spark", "Scala");
        assertThat(c.skills()).extracting(ConsultantSkill::primary).containsExactly(false, true);
        assertThat(c.skills().get(0).years()).isEqualByComparingTo("4");
        assertThat(c.createdAt())
                .isEqualTo(Instant.parse("2026-11-22T10:00:00.123456Z"))
                .isEqualTo(c.updatedAt());
    }

    @Test
    void reviewReasons_areStored_needsReviewFollowsThem_anUpdateWithoutThemClearsThem() {
        TenantId tenant = stores().newTenant();
        ConsultantInput marked = new ConsultantInput(
                null,
                "Unnamed consultant (0a1b2c3d)",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                List.of("the resume states no name", "fields not extracted"));
        UUID id = insert(tenant, marked);

        Consultant c = find(tenant, id).orElseThrow();
        tx().inTenant(tenant, (Tx t) -> {
            repo().update(
                            t,
                            repo().findForUpdate(t, id).orElseThrow(),
                            new ConsultantInput(
                                    null,
                                    "Riley Quinn",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    List.of(),
                                    null,
                                    null),
                            Instant.now());
            return null;
        });
        Consultant reviewed = find(tenant, id).orElseThrow();

        assertThat(c.reviewReasons()).containsExactly("the resume states no name", "fields not extracted");
        assertThat(c.needsReview()).isTrue();
        assertThat(ConsultantInput.of(c).reviewReasons()).isEqualTo(c.reviewReasons());
        assertThat(reviewed.reviewReasons()).isEmpty();
        assertThat(reviewed.needsReview()).isNull();
    }

    @Test
    void insert_fullRecord_roundTripsEveryField() {
        TenantId tenant = stores().newTenant();
        ConsultantInput in = Samples.withExternalId(Samples.consultant("Bea Full", "bea@example.com"), "ext-1");

        Consultant c = find(tenant, insert(tenant, in)).orElseThrow();

        assertThat(ConsultantInput.of(c))
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .ignoringFields("skills")
                .isEqualTo(in);
        assertThat(c.skills()).extracting(ConsultantSkill::name).containsExactly("Java", "Kafka");
    }

    @Test
    void update_replacesFieldsAndSkills_bumpsTheVersion_keepsCreatedAt() {
        TenantId tenant = stores().newTenant();
        UUID id = insert(tenant, Samples.consultant("Cal Before", "cal@example.com"));
        Instant later = Instant.parse("2026-11-23T09:00:00Z");
        ConsultantInput changed = new ConsultantInput(
                null,
                "Cal After",
                "cal@example.com",
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(new ConsultantSkill("Go", null, null)),
                null,
                null);

        tx().inTenant(tenant, (Tx t) -> {
            repo().update(t, repo().findForUpdate(t, id).orElseThrow(), changed, later);
            return null;
        });

        Consultant c = find(tenant, id).orElseThrow();
        assertThat(c.fullName()).isEqualTo("Cal After");
        assertThat(c.version()).isEqualTo(2);
        assertThat(c.skills()).extracting(ConsultantSkill::name).containsExactly("Go");
        assertThat(c.createdAt()).isEqualTo(Instant.parse("2026-11-22T10:00:00.123456Z"));
        assertThat(c.updatedAt()).isEqualTo(later);
    }

    @Test
    void list_isNewestFirst_andPagesByKeyset() {
        TenantId tenant = stores().newTenant();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(insert(tenant, Samples.consultant("Person " + i, null)));
        }

        List<Consultant> first = tx().inTenant(tenant, (Tx t) -> repo().list(t, Optional.empty(), 3));
        List<Consultant> second = tx().inTenant(
                        tenant,
                        (Tx t) -> repo().list(t, Optional.of(first.get(2).id()), 3));

        assertThat(first).extracting(Consultant::id).containsExactly(ids.get(4), ids.get(3), ids.get(2));
        assertThat(second).extracting(Consultant::id).containsExactly(ids.get(1), ids.get(0));
    }

    @Test
    void findMany_returnsTheExistingOnes_ofTheTenantOnly() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        UUID a = insert(tenant, Samples.consultant("Dee A", null));
        UUID b = insert(tenant, Samples.consultant("Eli B", null));
        UUID foreign = insert(other, Samples.consultant("Fay Foreign", null));

        List<Consultant> found =
                tx().inTenant(tenant, (Tx t) -> repo().findMany(t, List.of(a, b, foreign, Samples.id())));

        assertThat(found).extracting(Consultant::id).containsExactlyInAnyOrder(a, b);
        assertThat(found).allSatisfy(c -> assertThat(c.skills()).hasSize(2));
        assertThat(tx().inTenant(tenant, (Tx t) -> repo().findMany(t, List.of())))
                .isEmpty();
    }

    @Test
    void anotherTenant_seesNothing_andMayUseTheSameEmail() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        UUID id = insert(tenant, Samples.consultant("Gus Mine", "gus@example.com"));

        assertThat(find(other, id)).isEmpty();
        assertThat(tx().inTenant(other, (Tx t) -> repo().list(t, Optional.empty(), 10)))
                .isEmpty();
        assertThat(tx().inTenant(other, (Tx t) -> repo().findIdByEmail(t, "gus@example.com")))
                .isEmpty();
        UUID theirs = insert(other, Samples.consultant("Gus Theirs", "gus@example.com"));
        assertThat(tx().inTenant(other, (Tx t) -> repo().findIdByEmail(t, "GUS@example.com")))
                .contains(theirs);
    }

    @Test
    void email_isUniqueCaseInsensitively() {
        TenantId tenant = stores().newTenant();
        insert(tenant, Samples.consultant("Hal One", "hal@example.com"));

        assertThatThrownBy(() -> insert(tenant, Samples.consultant("Hal Two", "HAL@Example.com")))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class,
                        e -> assertThat(e.key()).isEqualTo(ConsultantRepository.EMAIL_KEY));
    }

    @Test
    void externalId_isUnique_butUpdatingTheOwnerKeepsIt() {
        TenantId tenant = stores().newTenant();
        UUID id = insert(tenant, Samples.withExternalId(Samples.consultant("Ida One", null), "ats-7"));

        assertThatThrownBy(() -> insert(tenant, Samples.withExternalId(Samples.consultant("Ida Two", null), "ats-7")))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class,
                        e -> assertThat(e.key()).isEqualTo(ConsultantRepository.EXTERNAL_ID_KEY));
        tx().inTenant(tenant, (Tx t) -> {
            Consultant c = repo().findForUpdate(t, id).orElseThrow();
            repo().update(
                            t,
                            c,
                            Samples.withExternalId(Samples.consultant("Ida Renamed", null), "ats-7"),
                            Instant.now());
            return null;
        });
        assertThat(find(tenant, id).orElseThrow().fullName()).isEqualTo("Ida Renamed");
    }

    @Test
    void delete_removesTheConsultant() {
        TenantId tenant = stores().newTenant();
        UUID id = insert(tenant, Samples.consultant("Jo Gone", "jo@example.com"));

        tx().inTenant(tenant, (Tx t) -> {
            repo().delete(t, id);
            return null;
        });

        assertThat(find(tenant, id)).isEmpty();
        assertThat(tx().inTenant(tenant, (Tx t) -> repo().findIdByEmail(t, "jo@example.com")))
                .isEmpty();
    }
}
