package com.benchcrm.testing.memory;

import com.benchcrm.audit.AuditRepository;
import com.benchcrm.consultant.ConsultantRepository;
import com.benchcrm.events.ProcessedEventRepository;
import com.benchcrm.extraction.TokenUsageRepository;
import com.benchcrm.idempotency.IdempotencyRepository;
import com.benchcrm.ingest.InboundMessageRepository;
import com.benchcrm.matching.MatchRunRepository;
import com.benchcrm.matching.MatchSettingsRepository;
import com.benchcrm.outbox.OutboxRepository;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.requirement.RequirementRepository;
import com.benchcrm.search.SearchRepository;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantRepository;
import com.benchcrm.tenancy.UserRepository;
import com.benchcrm.testing.contract.Stores;
import com.benchcrm.webhook.WebhookDeliveryRepository;
import com.benchcrm.webhook.WebhookRepository;
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

    @Override
    public com.benchcrm.submission.SubmissionRepository submissions() {
        return db.submissions();
    }

    @Override
    public com.benchcrm.parties.SubmissionReferences submissionReferences() {
        return db.submissionReferences();
    }

    @Override
    public com.benchcrm.rtr.RtrRepository rtrs() {
        return db.rtrs();
    }

    @Override
    public com.benchcrm.workflow.WorkflowSettingsRepository workflowSettings() {
        return db.workflowSettings();
    }

    @Override
    public com.benchcrm.analytics.AnalyticsRepository analytics() {
        return db.analytics();
    }

    @Override
    public UUID newCompany(TenantId tenant, String name) {
        UUID id = com.benchcrm.testing.contract.Samples.id();
        db.submissionReferences().addCompany(tenant, id, name);
        return id;
    }

    @Override
    public UUID newContact(TenantId tenant, UUID companyId, String fullName) {
        UUID id = com.benchcrm.testing.contract.Samples.id();
        db.submissionReferences().addContact(tenant, id, companyId, fullName);
        return id;
    }

    @Override
    public void linkRequirementVendor(TenantId tenant, UUID requirementId, UUID companyId) {
        db.submissionReferences().linkRequirementVendor(tenant, requirementId, companyId);
    }

    @Override
    public UUID newRecommendation(
            TenantId tenant, UUID requirementId, UUID consultantId, double matchScore, double successProbability) {
        UUID id = com.benchcrm.testing.contract.Samples.id();
        db.submissionReferences()
                .addRecommendation(
                        tenant,
                        new com.benchcrm.parties.SubmissionReferences.RecommendationRef(
                                id, requirementId, consultantId, matchScore, successProbability));
        return id;
    }

    public com.benchcrm.company.CompanyRepository companies() {
        return db.companies();
    }

    @Override
    public com.benchcrm.company.ContactRepository contacts() {
        return db.contacts();
    }

    @Override
    public Transactions ownerTransactions() {
        return db.transactions();
    }

    @Override
    public TenantRepository tenants() {
        return db.tenants();
    }

    @Override
    public UserRepository users() {
        return db.users();
    }

    @Override
    public TokenUsageRepository tokenUsage() {
        return db.tokenUsage();
    }

    @Override
    public MatchRunRepository matchRuns() {
        return db.matchRuns();
    }

    @Override
    public MatchSettingsRepository matchSettings() {
        return db.matchSettings();
    }

    @Override
    public SearchRepository search() {
        return db.search();
    }

    @Override
    public InboundMessageRepository inboundMessages() {
        return db.inboundMessages();
    }

    @Override
    public WebhookRepository webhooks() {
        return db.webhooks();
    }

    @Override
    public WebhookDeliveryRepository webhookDeliveries() {
        return db.webhookDeliveries();
    }

    @Override
    public com.benchcrm.notification.NotificationRepository notifications() {
        return db.notifications();
    }

    @Override
    public com.benchcrm.marketing.HotListRepository hotLists() {
        return db.hotLists();
    }

    @Override
    public com.benchcrm.marketing.ConsultantMarketingRepository consultantMarketing() {
        return db.consultantMarketing();
    }

    @Override
    public com.benchcrm.marketing.MarketingSettingsRepository marketingSettings() {
        return db.marketingSettings();
    }

    @Override
    public com.benchcrm.marketing.DistributionListRepository distributionLists() {
        return db.distributionLists();
    }

    @Override
    public com.benchcrm.marketing.ContactConsentRepository consents() {
        return db.consents();
    }

    @Override
    public com.benchcrm.marketing.SuppressionRepository suppressions() {
        return db.suppressions();
    }

    @Override
    public com.benchcrm.marketing.OutreachDraftRepository outreachDrafts() {
        return db.outreachDrafts();
    }

    @Override
    public com.benchcrm.marketing.OutreachMessageRepository outreachMessages() {
        return db.outreachMessages();
    }
}
