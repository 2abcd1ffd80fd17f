package com.benchcrm.persistence.postgres;

import com.benchcrm.analytics.AnalyticsRepository;
import com.benchcrm.audit.AuditRepository;
import com.benchcrm.company.CompanyRepository;
import com.benchcrm.company.ContactRepository;
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
import com.benchcrm.sql.SqlPort;
import com.benchcrm.submission.SubmissionRepository;
import com.benchcrm.tenancy.TenantRepository;
import com.benchcrm.user.UserRepository;
import com.benchcrm.webhook.WebhookDeliveryRepository;
import com.benchcrm.webhook.WebhookRepository;
import com.benchcrm.workflow.WorkflowSettingsRepository;

/**
 * The PostgreSQL persistence of the product over one SQL port (JDBC locally, the RDS Data API in
 * AWS): the {@link Transactions} and every repository port of the core, built once. It holds every
 * SQL statement; the use cases take the ports.
 *
 * <pre>{@code
 * PostgresPersistence db = PostgresPersistence.over(sqlPort);
 * Transactions tx = db.transactions();
 * AuditLog audit = new AuditLog(tx, db.audit(), ids, clock);
 * Consultants consultants = new Consultants(tx, db.consultants(), audit, new Outbox(db.outbox(), ids, clock),
 *         new Idempotency(db.idempotency(), clock), ids, clock);
 * }</pre>
 *
 * <p>The repositories hold no state: one instance over the application role's port serves every
 * request; an instance over the schema owner's port serves what only the owner may do (creating
 * tenants).
 */
public final class PostgresPersistence {

    private final SqlTransactions transactions;
    private final PostgresConsultantRepository consultants = new PostgresConsultantRepository();
    private final PostgresRequirementRepository requirements = new PostgresRequirementRepository();
    private final PostgresAuditRepository audit = new PostgresAuditRepository();
    private final PostgresOutboxRepository outbox = new PostgresOutboxRepository();
    private final PostgresIdempotencyRepository idempotency = new PostgresIdempotencyRepository();
    private final PostgresProcessedEventRepository processedEvents = new PostgresProcessedEventRepository();
    private final PostgresSubmissionRepository submissions = new PostgresSubmissionRepository();
    private final PostgresSubmissionReferences submissionReferences = new PostgresSubmissionReferences();
    private final PostgresRtrRepository rtrs = new PostgresRtrRepository();
    private final PostgresWorkflowSettingsRepository workflowSettings = new PostgresWorkflowSettingsRepository();
    private final PostgresAnalyticsRepository analytics = new PostgresAnalyticsRepository();
    private final PostgresTenantRepository tenants = new PostgresTenantRepository();
    private final PostgresUserRepository users = new PostgresUserRepository();
    private final PostgresTokenUsageRepository tokenUsage = new PostgresTokenUsageRepository();
    private final PostgresMatchRunRepository matchRuns = new PostgresMatchRunRepository();
    private final PostgresMatchSettingsRepository matchSettings = new PostgresMatchSettingsRepository();
    private final PostgresSearchRepository search = new PostgresSearchRepository();
    private final PostgresInboundMessageRepository inboundMessages = new PostgresInboundMessageRepository();
    private final PostgresWebhookRepository webhooks = new PostgresWebhookRepository();
    private final PostgresWebhookDeliveryRepository webhookDeliveries = new PostgresWebhookDeliveryRepository();
    private final PostgresCompanyRepository companies = new PostgresCompanyRepository();
    private final PostgresHotListRepository hotLists = new PostgresHotListRepository();
    private final PostgresConsultantMarketingRepository consultantMarketing =
            new PostgresConsultantMarketingRepository();
    private final PostgresMarketingSettingsRepository marketingSettings = new PostgresMarketingSettingsRepository();
    private final PostgresDistributionListRepository distributionLists = new PostgresDistributionListRepository();
    private final PostgresContactConsentRepository consents = new PostgresContactConsentRepository();
    private final PostgresSuppressionRepository suppressions = new PostgresSuppressionRepository();
    private final PostgresOutreachDraftRepository outreachDrafts = new PostgresOutreachDraftRepository();
    private final PostgresOutreachMessageRepository outreachMessages = new PostgresOutreachMessageRepository();
    private final PostgresContactRepository contacts = new PostgresContactRepository();
    private final PostgresExpiryRepository workAuthorization = new PostgresExpiryRepository();
    private final PostgresNotificationRepository notifications = new PostgresNotificationRepository();
    private final PostgresActivityRepository activities = new PostgresActivityRepository();
    private final PostgresConsultantDocumentRepository documents = new PostgresConsultantDocumentRepository();

    private PostgresPersistence(SqlPort sql) {
        this.transactions = new SqlTransactions(sql);
    }

    public static PostgresPersistence over(SqlPort sql) {
        return new PostgresPersistence(sql);
    }

    public Transactions transactions() {
        return transactions;
    }

    public ConsultantRepository consultants() {
        return consultants;
    }

    public RequirementRepository requirements() {
        return requirements;
    }

    public AuditRepository audit() {
        return audit;
    }

    public OutboxRepository outbox() {
        return outbox;
    }

    public IdempotencyRepository idempotency() {
        return idempotency;
    }

    public ProcessedEventRepository processedEvents() {
        return processedEvents;
    }

    public SubmissionRepository submissions() {
        return submissions;
    }

    public SubmissionReferences submissionReferences() {
        return submissionReferences;
    }

    public RtrRepository rtrs() {
        return rtrs;
    }

    public WorkflowSettingsRepository workflowSettings() {
        return workflowSettings;
    }

    public AnalyticsRepository analytics() {
        return analytics;
    }

    public TenantRepository tenants() {
        return tenants;
    }

    public UserRepository users() {
        return users;
    }

    public TokenUsageRepository tokenUsage() {
        return tokenUsage;
    }

    public MatchRunRepository matchRuns() {
        return matchRuns;
    }

    public MatchSettingsRepository matchSettings() {
        return matchSettings;
    }

    public SearchRepository search() {
        return search;
    }

    public InboundMessageRepository inboundMessages() {
        return inboundMessages;
    }

    public WebhookRepository webhooks() {
        return webhooks;
    }

    public WebhookDeliveryRepository webhookDeliveries() {
        return webhookDeliveries;
    }

    public com.benchcrm.consultant.PendingChangeRepository pendingChanges() {
        return new PostgresPendingChangeRepository();
    }

    /** The scheduled purge's access (the relay role's persistence only; ADR 0058). */
    public com.benchcrm.retention.PurgeRepository purge() {
        return new PostgresPurgeRepository();
    }

    /** Runs {@code select 1} in a transaction without a tenant: whether the database answers (health checks, priming). */
    public void ping() {
        transactions.withoutTenant(tx -> SqlTx.of(tx).session().query("select 1 as ok"));
    }

    public com.benchcrm.marketing.HotListRepository hotLists() {
        return hotLists;
    }

    public com.benchcrm.marketing.ConsultantMarketingRepository consultantMarketing() {
        return consultantMarketing;
    }

    public com.benchcrm.marketing.MarketingSettingsRepository marketingSettings() {
        return marketingSettings;
    }

    public com.benchcrm.marketing.DistributionListRepository distributionLists() {
        return distributionLists;
    }

    public com.benchcrm.marketing.ContactConsentRepository consents() {
        return consents;
    }

    public com.benchcrm.marketing.SuppressionRepository suppressions() {
        return suppressions;
    }

    public com.benchcrm.marketing.OutreachDraftRepository outreachDrafts() {
        return outreachDrafts;
    }

    public com.benchcrm.marketing.OutreachMessageRepository outreachMessages() {
        return outreachMessages;
    }

    public CompanyRepository companies() {
        return companies;
    }

    public ContactRepository contacts() {
        return contacts;
    }

    public com.benchcrm.activity.ActivityRepository activities() {
        return activities;
    }

    public com.benchcrm.consultant.document.ConsultantDocumentRepository documents() {
        return documents;
    }

    /** What the daily {@code WorkAuthorizationExpiring} job reads and records, and the tenant's lead time. */
    public com.benchcrm.workauth.ExpiryRepository workAuthorization() {
        return workAuthorization;
    }

    /** Users' notifications, preferences and digest claims, and who a change concerns (V14). */
    public com.benchcrm.notification.NotificationRepository notifications() {
        return notifications;
    }
}
