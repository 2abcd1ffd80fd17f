package com.benchcrm.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.ConflictException;
import com.benchcrm.common.Ids;
import com.benchcrm.common.PageRequest;
import com.benchcrm.common.ValidationException;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.idempotency.IdempotencyKey;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.Tx;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.RequirementChain;
import com.benchcrm.requirement.Requirements;
import com.benchcrm.security.Caller;
import com.benchcrm.security.ForbiddenException;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.contract.Samples;
import com.benchcrm.testing.memory.InMemoryAuditRepository;
import com.benchcrm.testing.memory.InMemoryOutboxRepository;
import com.benchcrm.testing.memory.InMemoryPersistence;
import com.benchcrm.testing.memory.TickingClock;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Companies, contacts and the requirement chain against the in-memory repositories: dedupe by
 * normalized name and mail domain with a 409 naming the existing company, the checks of a contact's
 * company and of a chain's links (nothing written when one fails), audit and events, and the
 * directory that files what a vendor mail names.
 */
class CompaniesTest {

    final Clock clock = new TickingClock(Instant.parse("2026-11-22T10:00:00Z"));
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final Ids ids = new Ids(clock);
    final AuditLog audit = new AuditLog(db.transactions(), db.audit(), ids, clock);
    final Outbox outbox = new Outbox(db.outbox(), ids, clock);
    final Idempotency idempotency = new Idempotency(db.idempotency(), clock);
    final Companies companies =
            new Companies(db.transactions(), db.companies(), audit, outbox, idempotency, ids, clock);
    final Contacts contacts =
            new Contacts(db.transactions(), db.contacts(), db.companies(), audit, outbox, idempotency, ids, clock);
    final Requirements requirements = new Requirements(
            db.transactions(),
            db.requirements(),
            audit,
            outbox,
            idempotency,
            ids,
            clock,
            new ChainLinks(db.companies(), db.contacts()));
    final CompanyDirectory directory = new CompanyDirectory(db.companies(), db.contacts(), audit, outbox, ids, clock);
    final TenantId tenant = new TenantId(UUID.randomUUID());
    final Caller recruiter = new Caller(tenant, "u-recruiter", Set.of(Role.Recruiter), "trace-1");

    List<InMemoryOutboxRepository.Row> outbox() {
        return db.transactions().inTenant(tenant, (Tx tx) -> db.outbox().all(tx));
    }

    List<InMemoryAuditRepository.Stored> audit() {
        return db.transactions().inTenant(tenant, (Tx tx) -> db.audit().all(tx));
    }

    Company create(String name, String domain, CompanyKind... kinds) {
        return companies
                .create(recruiter, new CompanyInput(name, List.of(kinds), domain, null, null, null), Optional.empty())
                .value();
    }

    @Test
    void create_isAuditedAndAnnounced_withTheDomainInLowerCase() {
        Company c = create("Acme Staffing LLC", "AcmeStaffing.example", CompanyKind.VENDOR);

        assertThat(c.domain()).isEqualTo("acmestaffing.example");
        assertThat(outbox()).extracting(r -> r.event().eventType()).containsExactly("CompanyUpserted");
        assertThat(audit()).extracting(s -> s.entry().action()).containsExactly("company.created");
    }

    @Test
    void create_sameFirmUnderAnotherSpelling_is409NamingTheExistingCompany_andWritesNothing() {
        Company first = create("Acme Technologies, Inc.", null, CompanyKind.VENDOR);

        assertThatThrownBy(() -> create("ACME corp", null, CompanyKind.END_CLIENT))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Companies.DUPLICATE);
                    assertThat(e.getMessage()).contains(first.id().toString()).contains("Acme Technologies, Inc.");
                });
        assertThat(companies
                        .list(recruiter, PageRequest.first(10), Optional.empty())
                        .items())
                .hasSize(1);
        assertThat(outbox()).hasSize(1);
    }

    @Test
    void create_anotherCompanysDomain_is409_freeMailDomain_is422() {
        Company first = create("Bright Vendor", "bright.example", CompanyKind.VENDOR);

        assertThatThrownBy(() -> create("Different Firm", "bright.example"))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.getMessage()).contains(first.id().toString()));
        assertThatThrownBy(() -> create("Solo Recruiter", "gmail.com"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationException.FieldError::field)
                                .containsExactly("/domain"));
    }

    @Test
    void update_keepingItsOwnNameAndDomain_isNoDuplicate() {
        Company c = create("Gamma Inc", "gamma.example", CompanyKind.VENDOR);

        Company renamed = companies.update(
                recruiter,
                c.id(),
                new CompanyInput(
                        "Gamma, Inc.",
                        List.of(CompanyKind.VENDOR, CompanyKind.PRIME_VENDOR),
                        "gamma.example",
                        null,
                        null,
                        null),
                OptionalLong.of(1));

        assertThat(renamed.version()).isEqualTo(2);
        assertThat(renamed.kinds()).containsExactly(CompanyKind.VENDOR, CompanyKind.PRIME_VENDOR);
    }

    @Test
    void contact_ofACompanyThatDoesNotExist_is422AtCompanyId_duplicateEmail_is409() {
        Company c = create("Delta Vendor", null, CompanyKind.VENDOR);
        Contact dee = contacts.create(
                        recruiter,
                        new ContactInput(c.id(), "Dee Delta", "dee@delta.example", null, "Recruiter", null),
                        Optional.of(new IdempotencyKey("k-dee")))
                .value();

        assertThatThrownBy(() -> contacts.create(
                        recruiter,
                        new ContactInput(UUID.randomUUID(), "Nobody", null, null, null, null),
                        Optional.empty()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationException.FieldError::field)
                                .containsExactly("/companyId"));
        assertThatThrownBy(() -> contacts.create(
                        recruiter,
                        new ContactInput(c.id(), "Dee Again", "DEE@delta.example", null, null, null),
                        Optional.empty()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Contacts.DUPLICATE);
                    assertThat(e.getMessage()).contains(dee.id().toString());
                });
    }

    @Test
    void readOnly_mayReadButNotWrite() {
        Caller readOnly = new Caller(tenant, "u-ro", Set.of(Role.ReadOnly), "trace-2");
        create("Epsilon", null, CompanyKind.VENDOR);

        assertThat(companies
                        .list(readOnly, PageRequest.first(10), Optional.empty())
                        .items())
                .hasSize(1);
        assertThatThrownBy(() -> companies.create(
                        readOnly, new CompanyInput("Zeta", List.of(), null, null, null, null), Optional.empty()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void requirementChain_contactOfAnotherCompanyOrUnknownCompany_is422ListingEachLink_andNothingIsWritten() {
        Company vendor = create("Vendor Co", null, CompanyKind.VENDOR);
        Company other = create("Other Vendor", null, CompanyKind.VENDOR);
        Contact otherPerson = contacts.create(
                        recruiter,
                        new ContactInput(other.id(), "Olly Other", "olly@other.example", null, null, null),
                        Optional.empty())
                .value();
        int eventsBefore = outbox().size();

        assertThatThrownBy(() -> requirements.create(
                        recruiter,
                        Samples.requirement("Java Developer", null)
                                .withChain(new RequirementChain(
                                        vendor.id(), otherPerson.id(), null, null, UUID.randomUUID())),
                        Optional.empty()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationException.FieldError::field)
                                .containsExactlyInAnyOrder("/chain/endClientId", "/chain/vendorContactId"));
        assertThat(requirements.list(recruiter, PageRequest.first(10)).items()).isEmpty();
        assertThat(outbox()).hasSize(eventsBefore);
    }

    @Test
    void requirementChain_validLinks_areStoredAndReadBack() {
        Company vendor = create("Vendor Co", null, CompanyKind.VENDOR);
        Company client = create("Client Bank", null, CompanyKind.END_CLIENT);
        Contact person = contacts.create(
                        recruiter,
                        new ContactInput(vendor.id(), "Vic Vendor", "vic@vendor.example", null, null, null),
                        Optional.empty())
                .value();

        Requirement r = requirements
                .create(
                        recruiter,
                        Samples.requirement("Data Engineer", null)
                                .withChain(new RequirementChain(vendor.id(), person.id(), null, null, client.id())),
                        Optional.empty())
                .value();

        assertThat(requirements.get(recruiter, r.id()).chain())
                .isEqualTo(new RequirementChain(vendor.id(), person.id(), null, null, client.id()));
    }

    @Test
    void directory_filesVendorByDomainContactPartnerAndClient_once_andAddsAKindToAKnownFirm() {
        Company known = create("Globex", null, CompanyKind.END_CLIENT);
        CompanyDirectory.Parties parties = new CompanyDirectory.Parties(
                "Acme Staffing Inc",
                "Jane Recruiter",
                "jane@acmestaffing.example",
                "+1 555 0100",
                "Initech Solutions",
                null,
                "Globex Corporation");

        RequirementChain first = db.transactions().inTenant(tenant, tx -> directory.file(tx, recruiter, parties));
        RequirementChain again = db.transactions()
                .inTenant(
                        tenant,
                        tx -> directory.file(
                                tx,
                                recruiter,
                                new CompanyDirectory.Parties(
                                        null, null, "jane@acmestaffing.example", null, null, null, "GLOBEX")));
        RequirementChain viaVendorKind = db.transactions()
                .inTenant(
                        tenant,
                        tx -> directory.file(
                                tx,
                                recruiter,
                                new CompanyDirectory.Parties(
                                        "Globex", null, "someone@gmail.com", null, null, null, null)));

        assertThat(first.endClientId()).isEqualTo(known.id());
        assertThat(again.vendorCompanyId()).isEqualTo(first.vendorCompanyId());
        assertThat(again.vendorContactId()).isEqualTo(first.vendorContactId());
        assertThat(companies.get(recruiter, first.vendorCompanyId()).domain()).isEqualTo("acmestaffing.example");
        assertThat(companies.get(recruiter, first.implementationPartnerId()).kinds())
                .containsExactly(CompanyKind.IMPLEMENTATION_PARTNER);
        assertThat(contacts.get(recruiter, first.vendorContactId()).companyId()).isEqualTo(first.vendorCompanyId());
        assertThat(viaVendorKind.vendorCompanyId()).isEqualTo(known.id());
        assertThat(companies.get(recruiter, known.id()).kinds())
                .containsExactly(CompanyKind.END_CLIENT, CompanyKind.VENDOR);
        assertThat(companies
                        .list(recruiter, PageRequest.first(50), Optional.empty())
                        .items())
                .hasSize(3);
        assertThat(viaVendorKind.vendorContactId())
                .as("a free-mail sender is still a contact, with the firm the mail named")
                .isNotNull();
    }

    @Test
    void directory_aSenderFromAnotherDomainSigningWithAKnownFirmsName_isFiledAsItsOwnFirm() {
        RequirementChain one = db.transactions()
                .inTenant(
                        tenant,
                        tx -> directory.file(
                                tx,
                                recruiter,
                                new CompanyDirectory.Parties(
                                        "Vendor One Staffing",
                                        "Jordan",
                                        "jordan@vendor-one.example",
                                        null,
                                        null,
                                        null,
                                        null)));
        RequirementChain two = db.transactions()
                .inTenant(
                        tenant,
                        tx -> directory.file(
                                tx,
                                recruiter,
                                new CompanyDirectory.Parties(
                                        "Vendor One Staffing",
                                        "Sam",
                                        "sam@vendor-two.example",
                                        null,
                                        null,
                                        null,
                                        null)));

        assertThat(two.vendorCompanyId()).isNotEqualTo(one.vendorCompanyId());
        assertThat(companies.get(recruiter, two.vendorCompanyId()).domain()).isEqualTo("vendor-two.example");
        assertThat(companies.get(recruiter, two.vendorCompanyId()).name()).isEqualTo("vendor-two.example");
    }
}
