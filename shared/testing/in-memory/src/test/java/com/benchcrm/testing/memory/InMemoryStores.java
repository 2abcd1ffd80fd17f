package com.benchcrm.testing.memory;

import com.benchcrm.audit.AuditRepository;
import com.benchcrm.consultant.ConsultantRepository;
import com.benchcrm.events.ProcessedEventRepository;
import com.benchcrm.idempotency.IdempotencyRepository;
import com.benchcrm.outbox.OutboxRepository;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.requirement.RequirementRepository;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.contract.Stores;
import java.time.Clock;
import java.util.UUID;

/** The in-memory persistence as the contract tests see it: a fresh store per test class instance. */
final class InMemoryStores implements Stores {

    final InMemoryPersistence db = InMemoryPersistence.create(Clock.systemUTC());

    @Override
    public Transactions transactions() {
        return db.transactions();
    }

    @Override
    public TenantId newTenant() {
        return new TenantId(UUID.randomUUID());
    }

    @Override
    public ConsultantRepository consultants() {
        return db.consultants();
    }

    @Override
    public RequirementRepository requirements() {
        return db.requirements();
    }

    @Override
    public AuditRepository audit() {
        return db.audit();
    }

    @Override
    public OutboxRepository outbox() {
        return db.outbox();
    }

    @Override
    public IdempotencyRepository idempotency() {
        return db.idempotency();
    }

    @Override
    public ProcessedEventRepository processedEvents() {
        return db.processedEvents();
    }
}
