package com.benchcrm.testing.memory;

import com.benchcrm.persistence.Transactions;
import java.time.Clock;

/**
 * The in-memory twin of {@code PostgresPersistence}: the same ports, in memory, for fast use-case
 * tests without PostgreSQL. Each repository passes the same contract test as its PostgreSQL twin
 * ({@code com.benchcrm.testing.contract}).
 *
 * <pre>{@code
 * InMemoryPersistence db = InMemoryPersistence.create(clock);
 * AuditLog audit = new AuditLog(db.transactions(), db.audit(), ids, clock);
 * Consultants consultants = new Consultants(db.transactions(), db.consultants(), audit,
 *         new Outbox(db.outbox(), ids, clock), new Idempotency(db.idempotency(), clock), ids, clock);
 * }</pre>
 */
public final class InMemoryPersistence {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryConsultantRepository consultants;
    private final InMemoryRequirementRepository requirements;
    private final InMemoryAuditRepository audit;
    private final InMemoryOutboxRepository outbox;
    private final InMemoryIdempotencyRepository idempotency;
    private final InMemoryProcessedEventRepository processedEvents;
    private final InMemoryUserRepository users;

    private InMemoryPersistence(Clock clock) {
        consultants = new InMemoryConsultantRepository(transactions);
        requirements = new InMemoryRequirementRepository(transactions);
        audit = new InMemoryAuditRepository(transactions);
        outbox = new InMemoryOutboxRepository(transactions, clock);
        idempotency = new InMemoryIdempotencyRepository(transactions);
        processedEvents = new InMemoryProcessedEventRepository(transactions);
        users = new InMemoryUserRepository(transactions);
    }

    /** @param clock the store's time (claim leases); the use cases take their own */
    public static InMemoryPersistence create(Clock clock) {
        return new InMemoryPersistence(clock);
    }

    public Transactions transactions() {
        return transactions;
    }

    public InMemoryConsultantRepository consultants() {
        return consultants;
    }

    public InMemoryRequirementRepository requirements() {
        return requirements;
    }

    public InMemoryAuditRepository audit() {
        return audit;
    }

    public InMemoryOutboxRepository outbox() {
        return outbox;
    }

    public InMemoryIdempotencyRepository idempotency() {
        return idempotency;
    }

    public InMemoryProcessedEventRepository processedEvents() {
        return processedEvents;
    }

    public InMemoryUserRepository users() {
        return users;
    }
}
