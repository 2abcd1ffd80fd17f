package com.benchcrm.company;

import com.benchcrm.lifecycle.EntityRepository;
import com.benchcrm.persistence.Tx;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the tenant's companies. The store keys each company by {@link CompanyNames#normalize} of its
 * name (unique key {@value #NAME_KEY}) and by its mail domain when it has one ({@value #DOMAIN_KEY}),
 * so two spellings of one firm, or two firms with one domain, cannot both be stored. Deleting a
 * company keeps its contacts and the requirements that named it (their references become empty).
 */
public interface CompanyRepository extends EntityRepository<Company, CompanyInput> {

    String NAME_KEY = "company_name_key";
    String DOMAIN_KEY = "company_domain_key";

    /** The company whose name normalizes to {@code normalizedName} ({@link CompanyNames#normalize}). */
    Optional<Company> findByNormalizedName(Tx tx, String normalizedName);

    /** The company with this mail domain (lower case). */
    Optional<Company> findByDomain(Tx tx, String domain);

    /**
     * Serializes, until the transaction ends, everyone filing the same firm or person under
     * {@code key} in the tenant (PostgreSQL: a transaction-scoped advisory lock), so two mails from
     * one new vendor arriving at once file one company, not a unique-key failure.
     */
    void lockKey(Tx tx, String key);

    /** Up to {@code limit} companies with ids below {@code before}, newest first, having {@code kind} when given. */
    List<Company> list(Tx tx, Optional<CompanyKind> kind, Optional<UUID> before, int limit);
}
