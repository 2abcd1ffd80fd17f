package com.benchcrm.testing.memory;

import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.submission.SubmissionReferences;
import com.benchcrm.tenancy.TenantId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link SubmissionReferences} in memory: consultants and requirements from the in-memory
 * repositories; companies, contacts, recommendations and requirements' vendors from tables a test
 * fills with {@link #addCompany}, {@link #addContact}, {@link #addRecommendation} and
 * {@link #linkRequirementVendor} (their own repositories live in other features).
 */
public final class InMemorySubmissionReferences implements SubmissionReferences {

    private final Transactions transactions;
    private final InMemoryConsultantRepository consultants;
    private final InMemoryRequirementRepository requirements;
    private final Table<UUID, CompanyRef> companies;
    private final Table<UUID, ContactRef> contacts;
    private final Table<UUID, RecommendationRef> recommendations;
    private final Table<UUID, UUID> requirementVendors;

    InMemorySubmissionReferences(InMemoryTransactions store, InMemoryConsultantRepository consultants,
                                 InMemoryRequirementRepository requirements) {
        this.transactions = store;
        this.consultants = consultants;
        this.requirements = requirements;
        this.companies = store.table(Uuids.ORDER);
        this.contacts = store.table(Uuids.ORDER);
        this.recommendations = store.table(Uuids.ORDER);
        this.requirementVendors = store.table(Uuids.ORDER);
    }

    public void addCompany(TenantId tenant, UUID id, String name) {
        transactions.inTenant(tenant, tx -> companies.rows(tx).put(id, new CompanyRef(id, name)));
    }

    public void addContact(TenantId tenant, UUID id, UUID companyId, String fullName) {
        transactions.inTenant(tenant, tx -> contacts.rows(tx).put(id, new ContactRef(id, companyId, fullName)));
    }

    public void addRecommendation(TenantId tenant, RecommendationRef rec) {
        transactions.inTenant(tenant, tx -> recommendations.rows(tx).put(rec.id(), rec));
    }

    /** What {@code requirement.vendor_company_id} says in PostgreSQL: the vendor company that sent the requirement. */
    public void linkRequirementVendor(TenantId tenant, UUID requirementId, UUID companyId) {
        transactions.inTenant(tenant, tx -> requirementVendors.rows(tx).put(requirementId, companyId));
    }

    Optional<UUID> requirementVendor(Tx tx, UUID requirementId) {
        return Optional.ofNullable(requirementVendors.rows(tx).get(requirementId));
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
        return Optional.ofNullable(companies.rows(tx).get(id));
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
        return Optional.ofNullable(contacts.rows(tx).get(id));
    }

    @Override
    public Optional<RecommendationRef> recommendation(Tx tx, UUID id) {
        return Optional.ofNullable(recommendations.rows(tx).get(id));
    }
}
