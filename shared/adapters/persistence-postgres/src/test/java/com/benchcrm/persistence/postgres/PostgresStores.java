package com.benchcrm.persistence.postgres;

import com.benchcrm.audit.AuditRepository;
import com.benchcrm.consultant.ConsultantRepository;
import com.benchcrm.events.ProcessedEventRepository;
import com.benchcrm.extraction.TokenUsageRepository;
import com.benchcrm.idempotency.IdempotencyRepository;
import com.benchcrm.ingest.InboundMessageRepository;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.local.postgres.TestDatabase;
import com.benchcrm.matching.MatchRunRepository;
import com.benchcrm.matching.MatchSettingsRepository;
import com.benchcrm.outbox.OutboxRepository;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.requirement.RequirementRepository;
import com.benchcrm.search.SearchRepository;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantRepository;
import com.benchcrm.tenancy.TenantSlug;
import com.benchcrm.tenancy.UserRepository;
import com.benchcrm.testing.contract.Stores;
import com.benchcrm.webhook.WebhookDeliveryRepository;
import com.benchcrm.webhook.WebhookRepository;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The PostgreSQL persistence as the contract tests see it: the real PostgreSQL of this test JVM
 * ({@link TestDatabase}), the application role (row-level security forced, owns nothing), and
 * tenants created as the schema owner.
 */
final class PostgresStores implements Stores {

    private static PostgresStores instance;
    private static final AtomicLong SEQ = new AtomicLong();

    final LocalPostgres pg;
    final JdbcSqlPort app;
    final JdbcSqlPort owner;
    final JdbcSqlPort relay;
    final PostgresPersistence db;
    final PostgresPersistence asRelay;
    final PostgresPersistence asOwner;

    private PostgresStores() {
        pg = TestDatabase.get();
        app = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().appRole(), pg.roles().appPassword(), 4);
        owner = JdbcSqlPort.connect(
                pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 1);
        relay = JdbcSqlPort.connect(
                pg.jdbcUrl(), pg.roles().relayRole(), pg.roles().relayPassword(), 2);
        db = PostgresPersistence.over(app);
        asRelay = PostgresPersistence.over(relay);
        asOwner = PostgresPersistence.over(owner);
    }

    static synchronized PostgresStores get() {
        if (instance == null) {
            instance = new PostgresStores();
        }
        return instance;
    }

    @Override
    public Transactions transactions() {
        return db.transactions();
    }

    @Override
    public Transactions relayTransactions() {
        return asRelay.transactions();
    }

    @Override
    public TenantId newTenant() {
        String slug = "pc-" + Long.toString(System.nanoTime(), 36) + "-" + SEQ.incrementAndGet();
        return new TenantDirectory(asOwner.transactions(), asOwner.tenants()).ensure(new TenantSlug(slug), slug);
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
    public java.util.UUID newCompany(TenantId tenant, String name) {
        java.util.UUID id = com.benchcrm.testing.contract.Samples.id();
        db.transactions().inTenant(tenant, tx -> {
            db.companies()
                    .insert(
                            tx,
                            id,
                            new com.benchcrm.company.CompanyInput(
                                    name,
                                    java.util.List.of(com.benchcrm.company.CompanyKind.VENDOR),
                                    null,
                                    null,
                                    null,
                                    null),
                            java.time.Instant.now());
            return null;
        });
        return id;
    }

    @Override
    public java.util.UUID newContact(TenantId tenant, java.util.UUID companyId, String fullName) {
        java.util.UUID id = com.benchcrm.testing.contract.Samples.id();
        db.transactions().inTenant(tenant, tx -> {
            db.contacts()
                    .insert(
                            tx,
                            id,
                            new com.benchcrm.company.ContactInput(companyId, fullName, null, null, null, null),
                            java.time.Instant.now());
            return null;
        });
        return id;
    }

    @Override
    public void linkRequirementVendor(TenantId tenant, java.util.UUID requirementId, java.util.UUID companyId) {
        app.inTenant(
                tenant,
                s -> s.update(
                        "update requirement set vendor_company_id = :company where tenant_id = :t and id = :id",
                        com.benchcrm.sql.SqlParams.of("t", tenant.value())
                                .and("id", requirementId)
                                .and("company", companyId)));
    }

    @Override
    public java.util.UUID newRecommendation(
            TenantId tenant,
            java.util.UUID requirementId,
            java.util.UUID consultantId,
            double matchScore,
            double successProbability) {
        java.util.UUID run = com.benchcrm.testing.contract.Samples.id();
        java.util.UUID id = com.benchcrm.testing.contract.Samples.id();
        app.inTenant(tenant, s -> {
            s.update(
                    """
                    insert into match_run (tenant_id, id, requirement_id, requirement_version, trigger, top_k, candidates, scored,
                        engine_version, settings_version, embedding_model, timings_micros, created_at)
                    values (:t, :run, :requirement, 1, 'API', 10, 1, 1, 'test', 'default', 'none', '{}', now())""",
                    com.benchcrm.sql.SqlParams.of("t", tenant.value())
                            .and("run", run)
                            .and("requirement", requirementId));
            return s.update(
                    """
                    insert into recommendation (tenant_id, id, match_run_id, requirement_id, consultant_id, rank, match_score,
                        success_probability, calibrated, reasons, factors, model_version)
                    values (:t, :id, :run, :requirement, :consultant, 1, :score, :p, false, '[]', '[]', 'test')""",
                    com.benchcrm.sql.SqlParams.of("t", tenant.value())
                            .and("id", id)
                            .and("run", run)
                            .and("requirement", requirementId)
                            .and("consultant", consultantId)
                            .and("score", matchScore)
                            .and("p", successProbability));
        });
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
        return asOwner.transactions();
    }

    @Override
    public TenantRepository tenants() {
        return asOwner.tenants();
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
