package com.benchcrm.testing.contract;

import com.benchcrm.analytics.AnalyticsRepository;
import com.benchcrm.audit.AuditRepository;
import com.benchcrm.consultant.ConsultantRepository;
import com.benchcrm.events.ProcessedEventRepository;
import com.benchcrm.extraction.TokenUsageRepository;
import com.benchcrm.idempotency.IdempotencyRepository;
import com.benchcrm.ingest.InboundMessageRepository;
import com.benchcrm.matching.MatchRunRepository;
import com.benchcrm.matching.MatchSettingsRepository;
import com.benchcrm.outbox.OutboxRepository;
import com.benchcrm.parties.SubmissionReferences;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.requirement.RequirementRepository;
import com.benchcrm.rtr.RtrRepository;
import com.benchcrm.search.SearchRepository;
import com.benchcrm.submission.SubmissionRepository;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantRepository;
import com.benchcrm.tenancy.UserRepository;
import com.benchcrm.webhook.WebhookDeliveryRepository;
import com.benchcrm.webhook.WebhookRepository;
import com.benchcrm.workflow.WorkflowSettingsRepository;
import java.util.UUID;

/**
 * What a contract test needs from one persistence implementation: its transactions, its
 * repositories, and a fresh tenant that exists (PostgreSQL: a real tenant row, created through the
 * tenant directory as the schema owner; in memory: a new id).
 */
public interface Stores {

    Transactions transactions();

    /**
     * Transactions as the relay (PostgreSQL: the relay role, the only one that may call the
     * cross-tenant outbox and webhook functions; in memory: the same transactions).
     */
    default Transactions relayTransactions() {
        return transactions();
    }

    /** A tenant no other test uses. */
    TenantId newTenant();

    ConsultantRepository consultants();

    RequirementRepository requirements();

    AuditRepository audit();

    OutboxRepository outbox();

    IdempotencyRepository idempotency();

    ProcessedEventRepository processedEvents();

    SubmissionRepository submissions();

    SubmissionReferences submissionReferences();

    RtrRepository rtrs();

    WorkflowSettingsRepository workflowSettings();

    AnalyticsRepository analytics();

    // Rows of other features that submissions refer to (companies and contacts are another feature's
    // records; a recommendation needs a match run): created the way each store can.

    /** A vendor company of the tenant. */
    UUID newCompany(TenantId tenant, String name);

    /** A contact of the tenant working for {@code companyId} (null: for no company). */
    UUID newContact(TenantId tenant, UUID companyId, String fullName);

    /** Records that {@code companyId} is the vendor that sent the requirement ({@code requirement.vendor_company_id}). */
    void linkRequirementVendor(TenantId tenant, UUID requirementId, UUID companyId);

    /** A stored recommendation of the consultant for the requirement. */
    UUID newRecommendation(
            TenantId tenant, UUID requirementId, UUID consultantId, double matchScore, double successProbability);

    com.benchcrm.company.CompanyRepository companies();

    com.benchcrm.company.ContactRepository contacts();
    /** Transactions as the schema owner (PostgreSQL: the only role that may create and list tenants). */
    Transactions ownerTransactions();

    /** The tenant registry, used in {@link #ownerTransactions()}. */
    TenantRepository tenants();

    UserRepository users();

    TokenUsageRepository tokenUsage();

    MatchRunRepository matchRuns();

    MatchSettingsRepository matchSettings();

    SearchRepository search();

    InboundMessageRepository inboundMessages();

    WebhookRepository webhooks();

    WebhookDeliveryRepository webhookDeliveries();

    com.benchcrm.notification.NotificationRepository notifications();

    com.benchcrm.marketing.HotListRepository hotLists();

    com.benchcrm.marketing.ConsultantMarketingRepository consultantMarketing();

    com.benchcrm.marketing.MarketingSettingsRepository marketingSettings();

    com.benchcrm.marketing.DistributionListRepository distributionLists();

    com.benchcrm.marketing.ContactConsentRepository consents();

    com.benchcrm.marketing.SuppressionRepository suppressions();

    com.benchcrm.marketing.OutreachDraftRepository outreachDrafts();

    com.benchcrm.marketing.OutreachMessageRepository outreachMessages();
}
