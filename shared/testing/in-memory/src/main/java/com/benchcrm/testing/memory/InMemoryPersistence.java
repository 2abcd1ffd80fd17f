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
    private final InMemorySubmissionRepository submissions;
    private final InMemorySubmissionReferences submissionReferences;
    private final InMemoryRtrRepository rtrs;
    private final InMemoryWorkflowSettingsRepository workflowSettings;
    private final InMemoryAnalyticsRepository analytics;
    private final InMemoryTenantRepository tenants;
    private final InMemoryUserRepository users;
    private final InMemoryTokenUsageRepository tokenUsage;
    private final InMemoryMatchRunRepository matchRuns;
    private final InMemoryMatchSettingsRepository matchSettings;
    private final InMemorySearchRepository search;
    private final InMemoryInboundMessageRepository inboundMessages;
    private final InMemoryWebhookRepository webhooks;
    private final InMemoryCompanyRepository companies;
    private final InMemoryHotListRepository hotLists;
    private final InMemoryConsultantMarketingRepository consultantMarketing;
    private final InMemoryMarketingSettingsRepository marketingSettings;
    private final InMemoryDistributionListRepository distributionLists;
    private final InMemoryContactConsentRepository consents;
    private final InMemorySuppressionRepository suppressions;
    private final InMemoryOutreachDraftRepository outreachDrafts;
    private final InMemoryOutreachMessageRepository outreachMessages;
    private final InMemoryPendingChangeRepository pendingChanges;
    private final InMemoryContactRepository contacts;
    private final InMemoryExpiryRepository workAuthorization;
    private final InMemoryActivityRepository activities;
    private final InMemoryConsultantDocumentRepository documents;
    private final InMemoryNotificationRepository notifications;

    private InMemoryPersistence(Clock clock) {
        consultants = new InMemoryConsultantRepository(transactions, clock);
        requirements = new InMemoryRequirementRepository(transactions);
        audit = new InMemoryAuditRepository(transactions);
        outbox = new InMemoryOutboxRepository(transactions, clock);
        idempotency = new InMemoryIdempotencyRepository(transactions);
        processedEvents = new InMemoryProcessedEventRepository(transactions);
        submissions = new InMemorySubmissionRepository(transactions, requirements);
        tenants = new InMemoryTenantRepository(transactions);
        users = new InMemoryUserRepository(transactions);
        tokenUsage = new InMemoryTokenUsageRepository(transactions);
        matchRuns = new InMemoryMatchRunRepository(transactions, consultants, requirements);
        matchSettings = new InMemoryMatchSettingsRepository(transactions);
        search = new InMemorySearchRepository(consultants, requirements);
        inboundMessages = new InMemoryInboundMessageRepository(transactions, consultants);
        webhooks = new InMemoryWebhookRepository(transactions, clock);
        companies = new InMemoryCompanyRepository(transactions);
        hotLists = new InMemoryHotListRepository(transactions);
        consultantMarketing = new InMemoryConsultantMarketingRepository(transactions);
        consultants.onDelete(consultantMarketing::consultantDeleted);
        marketingSettings = new InMemoryMarketingSettingsRepository(transactions);
        distributionLists = new InMemoryDistributionListRepository(transactions);
        consents = new InMemoryContactConsentRepository(transactions);
        suppressions = new InMemorySuppressionRepository(transactions);
        outreachDrafts = new InMemoryOutreachDraftRepository(transactions);
        outreachMessages = new InMemoryOutreachMessageRepository(transactions);
        pendingChanges = new InMemoryPendingChangeRepository(transactions);
        consultants.onDelete(pendingChanges::consultantDeleted);
        contacts = new InMemoryContactRepository(transactions);
        submissionReferences =
                new InMemorySubmissionReferences(transactions, consultants, requirements, companies, contacts);
        rtrs = new InMemoryRtrRepository(transactions);
        workflowSettings = new InMemoryWorkflowSettingsRepository(transactions);
        analytics = new InMemoryAnalyticsRepository(submissions, requirements, consultants, submissionReferences);
        workAuthorization = new InMemoryExpiryRepository(transactions, consultants);
        activities = new InMemoryActivityRepository(transactions);
        documents = new InMemoryConsultantDocumentRepository(transactions);
        notifications = new InMemoryNotificationRepository(
                transactions, consultants, requirements, matchRuns, submissions, users, outreachDrafts);
        consultants.onDelete(documents::consultantDeleted);
        contacts.onDelete(activities::contactDeleted);
        contacts.onDelete(consents::contactDeleted);
        // the schema's "on delete set null" links, as PostgreSQL applies them
        companies.onDelete(contacts::companyDeleted);
        companies.onDelete((tx, id) -> requirements.all(tx).forEach(r -> {
            var c = r.chainOrEmpty();
            var cleared = new com.benchcrm.requirement.RequirementChain(
                    same(c.vendorCompanyId(), id),
                    c.vendorContactId(),
                    same(c.implementationPartnerId(), id),
                    same(c.primeVendorId(), id),
                    same(c.endClientId(), id));
            if (!cleared.equals(c)) {
                requirements.replace(tx, r.id(), x -> withChain(x, cleared));
            }
        }));
        companies.onDelete((tx, id) -> requirements.unlinkSources(
                tx, s -> id.equals(s.vendorCompanyId()) ? s.linkedTo(null, s.vendorContactId()) : s));
        contacts.onDelete((tx, id) -> requirements.all(tx).forEach(r -> {
            var c = r.chainOrEmpty();
            if (id.equals(c.vendorContactId())) {
                requirements.replace(
                        tx,
                        r.id(),
                        x -> withChain(
                                x,
                                new com.benchcrm.requirement.RequirementChain(
                                        c.vendorCompanyId(),
                                        null,
                                        c.implementationPartnerId(),
                                        c.primeVendorId(),
                                        c.endClientId())));
            }
        }));
        contacts.onDelete((tx, id) -> requirements.unlinkSources(
                tx, s -> id.equals(s.vendorContactId()) ? s.linkedTo(s.vendorCompanyId(), null) : s));
    }

    private static java.util.UUID same(java.util.UUID link, java.util.UUID deleted) {
        return deleted.equals(link) ? null : link;
    }

    private static com.benchcrm.requirement.Requirement withChain(
            com.benchcrm.requirement.Requirement r, com.benchcrm.requirement.RequirementChain chain) {
        return r.withChain(chain).withVendorCount(null);
    }

    /** @param clock the store's time (claim leases); the use cases take their own */
    public static InMemoryPersistence create(Clock clock) {
        return new InMemoryPersistence(clock);
    }

    public Transactions transactions() {
        return transactions;
    }

    public InMemoryHotListRepository hotLists() {
        return hotLists;
    }

    public InMemoryConsultantMarketingRepository consultantMarketing() {
        return consultantMarketing;
    }

    public InMemoryMarketingSettingsRepository marketingSettings() {
        return marketingSettings;
    }

    public InMemoryDistributionListRepository distributionLists() {
        return distributionLists;
    }

    public InMemoryContactConsentRepository consents() {
        return consents;
    }

    public InMemorySuppressionRepository suppressions() {
        return suppressions;
    }

    public InMemoryOutreachDraftRepository outreachDrafts() {
        return outreachDrafts;
    }

    public InMemoryOutreachMessageRepository outreachMessages() {
        return outreachMessages;
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

    public InMemorySubmissionRepository submissions() {
        return submissions;
    }

    public InMemorySubmissionReferences submissionReferences() {
        return submissionReferences;
    }

    public InMemoryRtrRepository rtrs() {
        return rtrs;
    }

    public InMemoryWorkflowSettingsRepository workflowSettings() {
        return workflowSettings;
    }

    public InMemoryAnalyticsRepository analytics() {
        return analytics;
    }

    public InMemoryTenantRepository tenants() {
        return tenants;
    }

    public InMemoryUserRepository users() {
        return users;
    }

    public InMemoryTokenUsageRepository tokenUsage() {
        return tokenUsage;
    }

    public InMemoryMatchRunRepository matchRuns() {
        return matchRuns;
    }

    public InMemoryMatchSettingsRepository matchSettings() {
        return matchSettings;
    }

    public InMemorySearchRepository search() {
        return search;
    }

    public InMemoryInboundMessageRepository inboundMessages() {
        return inboundMessages;
    }

    /** The subscriptions ({@code WebhookRepository}). */
    public InMemoryWebhookRepository webhooks() {
        return webhooks;
    }

    /** The deliveries ({@code WebhookDeliveryRepository}): the same tables as {@link #webhooks()}. */
    public InMemoryWebhookRepository webhookDeliveries() {
        return webhooks;
    }

    public InMemoryPendingChangeRepository pendingChanges() {
        return pendingChanges;
    }

    public InMemoryCompanyRepository companies() {
        return companies;
    }

    public InMemoryContactRepository contacts() {
        return contacts;
    }

    public InMemoryExpiryRepository workAuthorization() {
        return workAuthorization;
    }

    public InMemoryNotificationRepository notifications() {
        return notifications;
    }

    public InMemoryActivityRepository activities() {
        return activities;
    }

    public InMemoryConsultantDocumentRepository documents() {
        return documents;
    }
}
