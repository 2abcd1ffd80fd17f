package com.benchcrm.testing.memory;

import com.benchcrm.parties.SubmissionReferences;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link SubmissionReferences} in memory: consultants, requirements, companies and contacts from
 * their in-memory repositories (a test adds companies and contacts with {@link #addCompany} and
 * {@link #addContact}, links a requirement's vendor with {@link #linkRequirementVendor}), and
 * recommendations from a table a test fills with {@link #addRecommendation} (match runs are
 * another feature's store).
 */
public final class InMemorySubmissionReferences implements SubmissionReferences {

    private final Transactions transactions;
    private final InMemoryConsultantRepository consultants;
    private final InMemoryRequirementRepository requirements;
    private final InMemoryCompanyRepository companies;
    private final InMemoryContactRepository contacts;
    private final Table<UUID, RecommendationRef> recommendations;

    InMemorySubmissionReferences(
            InMemoryTransactions store,
            InMemoryConsultantRepository consultants,
            InMemoryRequirementRepository requirements,
            InMemoryCompanyRepository companies,
            InMemoryContactRepository contacts) {
        this.transactions = store;
        this.consultants = consultants;
        this.requirements = requirements;
        this.companies = companies;
        this.contacts = contacts;
        this.recommendations = store.table(Uuids.ORDER);
    }

    /** A vendor company, stored through the company repository. */
    public void addCompany(TenantId tenant, UUID id, String name) {
        transactions.inTenant(tenant, tx -> {
            companies.insert(
                    tx,
                    id,
                    new com.benchcrm.company.CompanyInput(
                            name, java.util.List.of(com.benchcrm.company.CompanyKind.VENDOR), null, null, null, null),
                    java.time.Instant.now());
            return null;
        });
    }

    /** A contact of {@code companyId}, stored through the contact repository. */
    public void addContact(TenantId tenant, UUID id, UUID companyId, String fullName) {
        transactions.inTenant(tenant, tx -> {
            contacts.insert(
                    tx,
                    id,
                    new com.benchcrm.company.ContactInput(companyId, fullName, null, null, null, null),
                    java.time.Instant.now());
            return null;
        });
    }

    public void addRecommendation(TenantId tenant, RecommendationRef rec) {
        transactions.inTenant(tenant, tx -> recommendations.rows(tx).put(rec.id(), rec));
    }

    /** Sets the requirement's vendor company (its chain's first link). */
    public void linkRequirementVendor(TenantId tenant, UUID requirementId, UUID companyId) {
        transactions.inTenant(tenant, tx -> {
            requirements.replace(tx, requirementId, r -> {
                var c = r.chainOrEmpty();
                return r.withChain(new com.benchcrm.requirement.RequirementChain(
                                companyId,
                                c.vendorContactId(),
                                c.implementationPartnerId(),
                                c.primeVendorId(),
                                c.endClientId()))
                        .withVendorCount(null);
            });
            return null;
        });
    }

    @Override
    public boolean consultantExists(Tx tx, UUID id) {
        return consultants.find(tx, id).isPresent();
    }

    @Override
    public Optional<String> consultantName(Tx tx, UUID id) {
        return consultants.find(tx, id).map(c -> c.fullName());
    }

    @Override
    public boolean requirementExists(Tx tx, UUID id) {
        return requirements.find(tx, id).isPresent();
    }

    @Override
    public Optional<CompanyRef> company(Tx tx, UUID id) {
        return companies.find(tx, id).map(c -> new CompanyRef(c.id(), c.name()));
    }

    @Override
    public Map<UUID, CompanyRef> companies(Tx tx, Collection<UUID> ids) {
        Map<UUID, CompanyRef> out = new HashMap<>();
        for (UUID id : ids) {
            company(tx, id).ifPresent(c -> out.put(id, c));
        }
        return out;
    }

    @Override
    public Optional<ContactRef> contact(Tx tx, UUID id) {
        return contacts.find(tx, id).map(c -> new ContactRef(c.id(), c.companyId(), c.fullName()));
    }

    @Override
    public Optional<RecommendationRef> recommendation(Tx tx, UUID id) {
        return Optional.ofNullable(recommendations.rows(tx).get(id));
    }

    @Override
    public Optional<UUID> consultantByExternalId(Tx tx, String externalId) {
        return consultants.list(tx, Optional.empty(), Integer.MAX_VALUE).stream()
                .filter(c -> externalId.equals(c.externalId()))
                .map(c -> c.id())
                .findFirst();
    }

    @Override
    public Optional<UUID> requirementByExternalRef(Tx tx, String externalRef) {
        return requirements.list(tx, Optional.empty(), Integer.MAX_VALUE).stream()
                .filter(r -> externalRef.equals(r.externalRef()))
                .map(r -> r.id())
                .findFirst();
    }
}
