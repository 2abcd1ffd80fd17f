package com.benchcrm.company;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.ConflictException;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.lifecycle.EntityService;
import com.benchcrm.lifecycle.EntitySpec;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Company use cases: create, get, list (optionally of one kind), update, patch, delete, each audited
 * and announced ({@code CompanyUpserted}, {@code CompanyDeleted}). A company whose name normalizes
 * like another's ({@link CompanyNames#normalize}) or that has another's mail domain is a 409
 * {@code duplicate-company} naming the one that exists; nothing is written.
 *
 * <pre>{@code
 * Companies companies = new Companies(transactions, persistence.companies(), audit, outbox, idempotency, ids, clock);
 * companies.create(caller, new CompanyInput("Acme Staffing LLC", List.of(CompanyKind.VENDOR), "acmestaffing.com", null, null, null), key);
 * }</pre>
 */
public final class Companies extends EntityService<Company, CompanyInput> {

    public static final EntitySpec<Company, CompanyInput> SPEC = new EntitySpec<>(
            "company",
            Company.class,
            Permission.COMPANY_READ,
            Permission.COMPANY_WRITE,
            "CompanyUpserted",
            "CompanyUpserted",
            "CompanyDeleted",
            CompanyInput::of,
            Map.of(
                    CompanyRepository.NAME_KEY,
                    "another company already has this name",
                    CompanyRepository.DOMAIN_KEY,
                    "another company already has this mail domain"));

    /** The problem type of a duplicate company. */
    public static final String DUPLICATE = "duplicate-company";

    private final CompanyRepository repository;

    public Companies(
            Transactions transactions,
            CompanyRepository repository,
            AuditLog audit,
            Outbox outbox,
            Idempotency idempotency,
            Ids ids,
            Clock clock) {
        super(SPEC, transactions, repository, audit, outbox, idempotency, ids, clock);
        this.repository = repository;
    }

    /** A page of the tenant's companies, newest first, of one kind when given. */
    public Page<Company> list(Caller caller, PageRequest page, Optional<CompanyKind> kind) {
        return list(caller, page, (tx, before, limit) -> repository.list(tx, kind, before, limit));
    }

    @Override
    protected void checkReferences(Tx tx, Caller caller, UUID id, CompanyInput input) {
        String key = CompanyNames.normalize(input.name());
        repository.findByNormalizedName(tx, key).filter(c -> !c.id().equals(id)).ifPresent(c -> {
            throw new ConflictException(
                    DUPLICATE,
                    "company " + c.id() + " ('" + c.name() + "') already has this name" + " (both read as '" + key
                            + "' once legal suffixes, case and punctuation are set aside)");
        });
        if (input.domain() != null) {
            repository
                    .findByDomain(tx, input.domain())
                    .filter(c -> !c.id().equals(id))
                    .ifPresent(c -> {
                        throw new ConflictException(
                                DUPLICATE,
                                "company " + c.id() + " ('" + c.name() + "') already has the mail domain "
                                        + input.domain());
                    });
        }
    }
}
