/**
 * Companies and their contacts: the vendors that mail requirements, the implementation partners
 * and prime vendors between them and the end clients, and the people at each.
 *
 * <p>{@link com.benchcrm.company.Companies} and {@link com.benchcrm.company.Contacts} are the use
 * cases (the generic lifecycle: cursor pages, versions, idempotency keys, audit, outbox events
 * {@code CompanyUpserted}/{@code CompanyDeleted}, {@code ContactUpserted}/{@code ContactDeleted});
 * {@link com.benchcrm.company.CompanyNames} says when two names or mail domains are one firm;
 * {@link com.benchcrm.company.CompanyDirectory} finds or files the firms and people a vendor mail
 * names. ADR 0080.
 */
@NullMarked
package com.benchcrm.company;

import org.jspecify.annotations.NullMarked;
