/**
 * The persistence ports of the core: {@link com.benchcrm.persistence.Transactions} runs a unit of
 * work in one transaction and hands it an opaque {@link com.benchcrm.persistence.Tx}; each feature
 * package declares the repository port of its model (records in, records out, every method taking
 * the {@code Tx}); the core's persistence exceptions say what went wrong without SQL.
 *
 * <p>The pattern, for a new feature:
 * <pre>{@code
 * // in the feature package, beside the model
 * public interface CompanyRepository {
 *     void insert(Tx tx, Company company);
 *     Optional<Company> find(Tx tx, UUID id);
 * }
 *
 * // the use case: one transaction per public method, no SQL
 * public Company create(Caller caller, CompanyInput input) {
 *     caller.require(Permission.COMPANY_WRITE);
 *     Company company = Company.from(ids.next(), input, clock.instant());
 *     return transactions.inTenant(caller.tenant(), tx -> {
 *         companies.insert(tx, company);
 *         audit.record(tx, caller, "company.created", "company", company.id(), null, company);
 *         outbox.append(tx, caller, "CompanyCreated", 1, "company", company.id(), Map.of("id", company.id().toString()));
 *         return company;
 *     });
 * }
 * }</pre>
 * The PostgreSQL implementation goes to {@code benchcrm-persistence-postgres}
 * ({@code PostgresCompanyRepository}, exposed by {@code PostgresPersistence}); the in-memory twin to
 * {@code benchcrm-test-fixtures} ({@code InMemoryCompanyRepository}); both extend one contract test.
 * ADR 0040.
 */
@NullMarked
package com.benchcrm.persistence;

import org.jspecify.annotations.NullMarked;
