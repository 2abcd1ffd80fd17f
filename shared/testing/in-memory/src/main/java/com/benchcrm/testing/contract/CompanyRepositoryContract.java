package com.benchcrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.company.Company;
import com.benchcrm.company.CompanyInput;
import com.benchcrm.company.CompanyKind;
import com.benchcrm.company.CompanyRepository;
import com.benchcrm.company.Contact;
import com.benchcrm.company.ContactInput;
import com.benchcrm.company.ContactRepository;
import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.RequirementChain;
import com.benchcrm.requirement.RequirementSource;
import com.benchcrm.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link CompanyRepository} and {@link ContactRepository} does, PostgreSQL or in memory. */
public abstract class CompanyRepositoryContract {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00.123456Z");

    protected abstract Stores stores();

    private <T> T in(TenantId tenant, Function<Tx, T> work) {
        Transactions tx = stores().transactions();
        return tx.inTenant(tenant, work);
    }

    private UUID company(TenantId tenant, CompanyInput in) {
        UUID id = Samples.id();
        in(tenant, (Tx t) -> {
            stores().companies().insert(t, id, in, NOW);
            return null;
        });
        return id;
    }

    private UUID contact(TenantId tenant, ContactInput in) {
        UUID id = Samples.id();
        in(tenant, (Tx t) -> {
            stores().contacts().insert(t, id, in, NOW);
            return null;
        });
        return id;
    }

    static CompanyInput vendor(String name, String domain) {
        return new CompanyInput(name, List.of(CompanyKind.VENDOR), domain, null, null, null);
    }

    @Test
    void insert_thenFind_returnsTheStoredFormWithEveryKind() {
        TenantId tenant = stores().newTenant();
        UUID id = company(
                tenant,
                new CompanyInput(
                        "  Acme Staffing LLC ",
                        List.of(CompanyKind.VENDOR, CompanyKind.PRIME_VENDOR),
                        "ACMESTAFFING.example",
                        "https://acme.example",
                        "+1 555",
                        "net 30"));

        Company c = in(tenant, (Tx t) -> stores().companies().find(t, id)).orElseThrow();

        assertThat(c.name()).isEqualTo("Acme Staffing LLC");
        assertThat(c.kinds()).containsExactly(CompanyKind.VENDOR, CompanyKind.PRIME_VENDOR);
        assertThat(c.domain()).isEqualTo("acmestaffing.example");
        assertThat(c.notes()).isEqualTo("net 30");
        assertThat(c.version()).isEqualTo(1);
        assertThat(c.createdAt()).isEqualTo(NOW);
    }

    @Test
    void names_thatNormalizeAlike_collideOnTheNameKey_andAreFoundByTheNormalizedName() {
        TenantId tenant = stores().newTenant();
        UUID id = company(tenant, vendor("Acme Technologies, Inc.", null));

        assertThatThrownBy(() -> company(tenant, vendor("ACME Corp", null)))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo(CompanyRepository.NAME_KEY));
        assertThat(in(tenant, (Tx t) -> stores().companies().findByNormalizedName(t, "acme")))
                .map(Company::id)
                .contains(id);
    }

    @Test
    void domains_areUniquePerTenant_andFoundInAnyCase() {
        TenantId tenant = stores().newTenant();
        UUID id = company(tenant, vendor("Bright Vendor", "bright.example"));

        assertThatThrownBy(() -> company(tenant, vendor("Other Name", "bright.example")))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo(CompanyRepository.DOMAIN_KEY));
        assertThat(in(tenant, (Tx t) -> stores().companies().findByDomain(t, "Bright.Example")))
                .map(Company::id)
                .contains(id);
    }

    @Test
    void list_filtersByKind_newestFirst_andPagesByKeyset() {
        TenantId tenant = stores().newTenant();
        UUID v1 = company(tenant, vendor("Vendor One", null));
        company(tenant, new CompanyInput("Client One", List.of(CompanyKind.END_CLIENT), null, null, null, null));
        UUID v2 = company(
                tenant,
                new CompanyInput(
                        "Vendor Two", List.of(CompanyKind.END_CLIENT, CompanyKind.VENDOR), null, null, null, null));

        List<Company> vendors = in(
                tenant, (Tx t) -> stores().companies().list(t, Optional.of(CompanyKind.VENDOR), Optional.empty(), 10));
        List<Company> after = in(tenant, (Tx t) -> stores().companies().list(t, Optional.empty(), Optional.of(v2), 10));

        assertThat(vendors).extracting(Company::id).containsExactly(v2, v1);
        assertThat(after).hasSize(2).extracting(Company::id).doesNotContain(v2);
    }

    @Test
    void anotherTenant_seesNone_andMayUseTheSameNameDomainAndEmail() {
        TenantId tenant = stores().newTenant();
        TenantId other = stores().newTenant();
        UUID id = company(tenant, vendor("Shared Name", "shared.example"));
        UUID person = contact(tenant, new ContactInput(id, "Pat Person", "pat@shared.example", null, null, null));

        assertThat(in(other, (Tx t) -> stores().companies().find(t, id))).isEmpty();
        assertThat(in(other, (Tx t) -> stores().contacts().find(t, person))).isEmpty();
        assertThat(in(other, (Tx t) -> stores().companies().findByDomain(t, "shared.example")))
                .isEmpty();
        assertThat(in(other, (Tx t) -> stores().contacts().findByEmail(t, "pat@shared.example")))
                .isEmpty();
        UUID theirs = company(other, vendor("Shared Name", "shared.example"));
        contact(other, new ContactInput(theirs, "Pat Person", "pat@shared.example", null, null, null));
        assertThat(in(other, (Tx t) -> stores().companies().list(t, Optional.empty(), 10)))
                .extracting(Company::id)
                .containsExactly(theirs);
    }

    @Test
    void contacts_emailUniqueCaseInsensitively_listedByCompany() {
        TenantId tenant = stores().newTenant();
        UUID a = company(tenant, vendor("Alpha Vendor", null));
        UUID b = company(tenant, vendor("Beta Vendor", null));
        UUID ann = contact(tenant, new ContactInput(a, " Ann Alpha ", "ann@alpha.example", "+1", "Recruiter", null));
        contact(tenant, new ContactInput(b, "Ben Beta", "ben@beta.example", null, null, null));

        assertThatThrownBy(
                        () -> contact(tenant, new ContactInput(b, "Ann Again", "ANN@alpha.example", null, null, null)))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo(ContactRepository.EMAIL_KEY));
        List<Contact> ofA = in(tenant, (Tx t) -> stores().contacts().list(t, Optional.of(a), Optional.empty(), 10));
        assertThat(ofA).extracting(Contact::id).containsExactly(ann);
        assertThat(ofA.get(0).fullName()).isEqualTo("Ann Alpha");
        assertThat(in(tenant, (Tx t) -> stores().contacts().findByEmail(t, "Ann@Alpha.example")))
                .map(Contact::id)
                .contains(ann);
    }

    @Test
    void update_bumpsTheVersion_andMayKeepItsOwnNameAndDomain() {
        TenantId tenant = stores().newTenant();
        UUID id = company(tenant, vendor("Gamma Inc", "gamma.example"));

        in(tenant, (Tx t) -> {
            Company c = stores().companies().findForUpdate(t, id).orElseThrow();
            stores().companies()
                    .update(
                            t,
                            c,
                            new CompanyInput(
                                    "Gamma, Inc.",
                                    List.of(CompanyKind.VENDOR, CompanyKind.END_CLIENT),
                                    "gamma.example",
                                    null,
                                    null,
                                    null),
                            NOW.plusSeconds(60));
            return null;
        });

        Company c = in(tenant, (Tx t) -> stores().companies().find(t, id)).orElseThrow();
        assertThat(c.version()).isEqualTo(2);
        assertThat(c.kinds()).containsExactly(CompanyKind.VENDOR, CompanyKind.END_CLIENT);
        assertThat(c.updatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void deletingACompany_emptiesTheLinksToIt_contactsRequirementsAndSourcesStay() {
        TenantId tenant = stores().newTenant();
        UUID vendor = company(tenant, vendor("Delta Vendor", null));
        UUID client = company(
                tenant, new CompanyInput("Delta Client", List.of(CompanyKind.END_CLIENT), null, null, null, null));
        UUID person = contact(tenant, new ContactInput(vendor, "Dee Delta", "dee@delta.example", null, null, null));
        UUID requirement = Samples.id();
        in(tenant, (Tx t) -> {
            stores().requirements()
                    .insert(
                            t,
                            requirement,
                            Samples.requirement("Java Developer", "Delta Client")
                                    .withChain(new RequirementChain(vendor, person, null, null, client)),
                            NOW);
            stores().requirements()
                    .addSource(
                            t,
                            Samples.id(),
                            requirement,
                            new RequirementSource(
                                            "dee@delta.example",
                                            "dee@delta.example",
                                            "Dee Delta",
                                            "Delta Vendor",
                                            null,
                                            null,
                                            null,
                                            "Java",
                                            List.of(),
                                            NOW)
                                    .linkedTo(vendor, person));
            stores().companies().delete(t, vendor);
            return null;
        });

        Requirement r = in(tenant, (Tx t) -> stores().requirements().find(t, requirement))
                .orElseThrow();
        assertThat(r.chain()).isEqualTo(new RequirementChain(null, person, null, null, client));
        assertThat(r.vendorCount()).isEqualTo(1);
        assertThat(in(tenant, (Tx t) -> stores().contacts().find(t, person))
                        .orElseThrow()
                        .companyId())
                .isNull();
        RequirementSource source = in(tenant, (Tx t) -> stores().requirements().sources(t, requirement))
                .get(0);
        assertThat(source.vendorCompanyId()).isNull();
        assertThat(source.vendorContactId()).isEqualTo(person);
    }
}
