package com.benchcrm.testing.contract;

import com.benchcrm.audit.AuditRepository;
import com.benchcrm.consultant.ConsultantRepository;
import com.benchcrm.events.ProcessedEventRepository;
import com.benchcrm.idempotency.IdempotencyRepository;
import com.benchcrm.outbox.OutboxRepository;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.requirement.RequirementRepository;
import com.benchcrm.tenancy.TenantId;

/**
 * What a contract test needs from one persistence implementation: its transactions, its
 * repositories, and a fresh tenant that exists (PostgreSQL: a real tenant row, created through the
 * tenant directory as the schema owner; in memory: a new id).
 */
public interface Stores {

    Transactions transactions();

    /** A tenant no other test uses. */
    TenantId newTenant();

    ConsultantRepository consultants();

    RequirementRepository requirements();

    AuditRepository audit();

    OutboxRepository outbox();

    IdempotencyRepository idempotency();

    ProcessedEventRepository processedEvents();
}
